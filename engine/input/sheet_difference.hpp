#pragma once
// Where two score sheets differ, positions included: the fast reader is held to
// the full reader's result by the unit tests and by the fuzzer fuzz_fast_scores.
#include <string>

#include "engine/input/score_sheet.hpp"

namespace chiso::input {

// The first difference between `a` and `b`, described ("unit x000004 code 1.2:
// value loc 12:9 vs 12:10"); empty when they are the same.
std::string first_difference(const ScoreSheet& a, const ScoreSheet& b);

}  // namespace chiso::input
