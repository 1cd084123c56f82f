#pragma once
// A small hand-built evaluation for the renderer tests: two blocks sharing one
// tree, Vietnamese names (one typed with combining marks), a tie for first place,
// a not-applicable node, a ladder and a counted statistic.
#include <memory>
#include <string>

#include "engine/eval/results.hpp"

namespace chiso::testing {

// "ở" typed decomposed: o + combining horn + combining hook above (5 bytes, 1 column).
inline const std::string kDecomposedO = "o\xCC\x9B\xCC\x89";

struct ReportFixture {
    Definition definition;
    Results results;
};

// Owned by a unique_ptr because Results points into the Definition.
std::unique_ptr<ReportFixture> make_report_fixture();

}  // namespace chiso::testing
