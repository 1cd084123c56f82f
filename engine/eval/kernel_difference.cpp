#include "engine/eval/kernel_difference.hpp"

#include <deque>

#include "engine/eval/evaluate_unit.hpp"
#include "engine/eval/evaluate_block.hpp"

namespace chiso {
namespace {

std::string value_text(const NodeValue& v) {
    return "source " + std::to_string(static_cast<int>(v.source)) + " points " + v.points.to_string(12) + " max " +
           v.max.to_string(12) + (v.evaluated ? " evaluated" : "") + (v.not_applicable ? " n/a" : "") +
           (v.capped ? " capped" : "");
}

bool same(const NodeValue& a, const NodeValue& b) {
    return a.source == b.source && a.points == b.points && a.max == b.max && a.evaluated == b.evaluated &&
           a.not_applicable == b.not_applicable && a.capped == b.capped;
}

// The first difference between the kernel's row and the reference for one unit.
std::string unit_difference(const Definition& def, const BlockDef& block, const TreePlan& plan,
                            const UnitInput& unit, const NodeColumns& columns, std::size_t row,
                            const CodeLookup& codes) {
    Diagnostics diags;
    const auto reference = evaluate_unit(def, block, plan, unit, diags, &codes);
    const std::string where = "unit " + unit.id + ": ";
    if (!reference) return where + "accepted by the kernel, refused by the reference";
    if (!diags.items().empty()) return where + "accepted by the kernel, the reference has messages";
    const TreeDef& tree = *plan.tree;
    for (NodeId n = 0; n < tree.nodes.size(); ++n) {
        const NodeValue k = columns.at(row, n);
        const NodeValue& r = reference->nodes[n];
        if (!same(k, r))
            return where + "node " + tree.nodes[n].code + ": kernel " + value_text(k) + ", reference " + value_text(r);
    }
    const UnitResult fast = kernel_unit_result(def, block, tree, unit, columns, row);
    if (fast.index != reference->result.index || fast.published != reference->result.published)
        return where + "index " + fast.index.to_string(12) + " vs " + reference->result.index.to_string(12);
    return "";
}

}  // namespace

KernelComparison compare_kernel(const Plan& plan, const CompiledPlan& compiled, const ScoreSheet& sheet) {
    const Definition& def = *plan.definition;
    KernelComparison out;
    const std::vector<std::vector<std::uint32_t>> by_block = units_by_block(def, sheet);
    std::deque<CodeLookup> codes;
    for (const TreePlan& tree : plan.trees) codes.emplace_back(*tree.tree, &tree);
    for (std::size_t b = 0; b < def.blocks.size(); ++b) {
        const BlockDef& block = def.blocks[b];
        const CompiledTree& tree = compiled.trees[block.tree];
        const BoundBlock bound = bind_block(tree, block, sheet, by_block[b], codes[block.tree]);
        const KernelBlock kernel = run_kernel(tree, bound);  // as evaluate() runs it, before its own declines
        out.units += bound.rows;
        for (std::size_t row = 0; row < bound.rows; ++row) {
            if (!kernel.accepted[row]) continue;
            ++out.accepted;
            if (!out.difference.empty()) continue;
            out.difference = unit_difference(def, block, plan.trees[block.tree], sheet.units[by_block[b][row]],
                                             kernel.columns, row, codes[block.tree]);
        }
    }
    return out;
}

}  // namespace chiso
