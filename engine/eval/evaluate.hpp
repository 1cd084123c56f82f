#pragma once
// Evaluate a score sheet against a checked definition: every unit's points and
// index, then ranks, classes and statistics per block.
#include <optional>

#include "engine/core/diagnostics.hpp"
#include "engine/eval/results.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/plan/plan.hpp"

namespace chiso {

std::optional<Results> evaluate(const Plan& plan, const ScoreSheet& sheet, Diagnostics& diags);

}  // namespace chiso
