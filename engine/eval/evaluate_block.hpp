#pragma once
// The kernel's pass over one block (bind, then the columnar kernel), and the
// result of a unit it accepted. evaluate.cpp sends every unit it declined to the
// reference evaluator, in file order, so the messages are the reference's.
#include <cstdint>
#include <vector>

#include "engine/eval/results.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/kernel/kernel.hpp"
#include "engine/plan/code_lookup.hpp"
#include "engine/plan/compiled_plan.hpp"
#include "engine/plan/plan.hpp"
#include "engine/core/diagnostics.hpp"

namespace chiso {

// The indices in `sheet` of each block's units (by BlockDef, file order); a unit of
// no known block is in none (the reference reports it).
std::vector<std::vector<std::uint32_t>> units_by_block(const Definition& def, const ScoreSheet& sheet);

// A self-assessed or appraised value entered anywhere in the unit.
bool has_assessed_values(const UnitInput& unit);

// `units`: the indices in `sheet` of the block's units, in file order; row r of the
// result is units[r]. A unit that entered a self-assessed or appraised value is
// declined too: only the reference records those points (NodeColumns::assessed).
KernelBlock kernel_block(const CompiledTree& compiled, const BlockDef& block, const ScoreSheet& sheet,
                         const std::vector<std::uint32_t>& units, const CodeLookup& codes);

// The messages of a unit the kernel accepted with KernelBlock::warned: the
// reference's eval.capped warning of each bonus or deduction over its cap, given by
// the reference's own leaf rule (score_leaf), in the plan's order — the order and
// text the reference evaluator would give them, as its only messages for the unit.
void warn_capped_adjustments(const TreePlan& plan, const UnitInput& unit, const CodeLookup& codes,
                             Diagnostics& diags);

// The result of a unit the kernel accepted (row `row` of `columns`), as the
// reference builds it: root points, maximum, exact and published index.
UnitResult kernel_unit_result(const Definition& def, const BlockDef& block, const TreeDef& tree,
                              const UnitInput& unit, const NodeColumns& columns, std::size_t row);

}  // namespace chiso
