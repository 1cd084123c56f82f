#pragma once
// The kernel wired to the reference: a block's units evaluated by bind + kernel,
// and each unit the kernel declined by the reference evaluator (evaluate_unit),
// in the units' order, so the messages are the reference's, in its order. The one
// place that turns kernel columns into UnitResults: when results are held by column
// (issue 13, part "cols") only this file changes.
#include <optional>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/eval/code_lookup.hpp"
#include "engine/eval/results.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/kernel/kernel.hpp"

namespace chiso {

struct BlockUnits {
    std::vector<std::optional<UnitResult>> results;  // parallel to the units asked for
    std::size_t accepted = 0;                         // of them, done by the kernel
};

BlockUnits evaluate_block_units(const Definition& def, const BlockDef& block, const TreePlan& plan,
                                const CompiledTree& compiled, const ScoreSheet& sheet,
                                const std::vector<std::uint32_t>& units, Diagnostics& diags, const CodeLookup& codes);

// The result of a unit the kernel accepted (row `row` of `kernel`), as the reference
// builds it without explanations: root points, maximum, exact and published index.
UnitResult kernel_unit_result(const Definition& def, const BlockDef& block, const TreeDef& tree,
                              const UnitInput& unit, const NodeColumns& columns, std::size_t row);

// A node of a reference result as the columns hold it (what the differential test compares).
NodeValue node_value(const NodeOutcome& outcome);

}  // namespace chiso
