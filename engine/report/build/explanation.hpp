#pragma once
// The pieces of a unit's explanation that every layout shares: the text of
// `chiso explain` and the collapsible tree of the HTML report say the same
// thing in the same words, so a reader can move from one to the other.
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/core/text.hpp"
#include "engine/eval/results.hpp"
#include "engine/eval/trace.hpp"
#include "engine/report/build/block_facts.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report {

// "1091/QĐ-UBND ngày 06/05/2020 — Phê duyệt …": a legal basis as people cite it.
std::string basis_line(const BasisDef& basis, Lang lang);

// A node's title; the root usually has none of its own, so the tree's title names it.
const std::string& node_title(const TreeDef& tree, std::size_t node);

// Why a node has its points, one note each: what was entered and the rule that
// fired, not applicable (and what that did to the maximum), a default, the
// self-assessed and appraised values, a cap. `trace.value` is the node's value.
std::vector<std::string> node_notes(const NodeDef& def, const NodeTrace& trace, const Publication& pub, Lang lang);

// The unit's nodes with why each has its points: the trace `tracer` (Results::tracer)
// makes by re-running the reference evaluator, else (no tracer: results built by a
// test or read back) the values alone. The values are always the block's columns.
UnitTrace unit_trace(const UnitTracer* tracer, const BlockResult& block, const UnitResult& unit);

// "Chỉ số = 61,4 ÷ 80 × 100% = 76,75 → 76,75": from the total to the published index.
std::string index_formula(const Definition& def, const TreeDef& tree, const UnitResult& unit, Lang lang);

// "Hạng 3/8", then one "ladder: class" line per ladder of the block.
// `position`: the unit's place in `facts.block->units`.
std::vector<std::string> standing_lines(const Definition& def, const BlockFacts& facts, std::size_t position, Lang lang);

}  // namespace chiso::report
