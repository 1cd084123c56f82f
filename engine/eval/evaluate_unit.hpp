#pragma once
// Evaluates one unit's entered values along its tree's plan: points and applicable
// maximum of every node, and why each node has them.
#include <optional>

#include "engine/core/diagnostics.hpp"
#include "engine/eval/code_lookup.hpp"
#include "engine/eval/results.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/plan/plan.hpp"

namespace chiso {

std::optional<UnitResult> evaluate_unit(const Definition& def, const BlockDef& block, const TreePlan& plan,
                                        const UnitInput& unit, Diagnostics& diags, bool explain = true,
                                        const CodeLookup* codes = nullptr);  // shared by a run's units

}  // namespace chiso
