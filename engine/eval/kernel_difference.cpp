#include "engine/eval/kernel_difference.hpp"

#include <deque>

#include "engine/eval/eval_messages.hpp"
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

bool same(const Diagnostic& a, const Diagnostic& b) {
    return a.severity == b.severity && a.message == b.message && a.args == b.args && a.loc.file == b.loc.file &&
           a.loc.line == b.loc.line && a.loc.byte_col == b.loc.byte_col && a.suggestion == b.suggestion;
}

// The reference's messages for the unit against evaluate()'s for a row the kernel
// accepted: none, or (a `warned` row) the eval.capped warnings it gives.
std::string message_difference(const TreePlan& plan, const UnitInput& unit, const CodeLookup& codes, bool warned,
                               const Diagnostics& reference) {
    Diagnostics kernel;
    if (warned) warn_capped_adjustments(plan, unit, codes, kernel);
    if (reference.items().size() != kernel.items().size())
        return "the reference has " + std::to_string(reference.items().size()) + " messages" +
               (reference.items().empty() ? "" : " (" + std::string(reference.items()[0].message->id) + ")") +
               ", evaluate() " + std::to_string(kernel.items().size());
    for (std::size_t i = 0; i < kernel.items().size(); ++i)
        if (!same(kernel.items()[i], reference.items()[i]))
            return "message " + std::to_string(i) + " differs (" + std::string(reference.items()[i].message->id) + ")";
    if (warned && kernel.items().empty()) return "marked warned without a warning";
    return "";
}

// The first difference between the kernel's row and the reference for one unit.
std::string unit_difference(const Definition& def, const BlockDef& block, const TreePlan& plan,
                            const UnitInput& unit, const KernelBlock& kernel, std::size_t row,
                            const CodeLookup& codes) {
    const NodeColumns& columns = kernel.columns;
    Diagnostics diags;
    const auto reference = evaluate_unit(def, block, plan, unit, diags, &codes);
    const std::string where = "unit " + unit.id + ": ";
    if (!reference) return where + "accepted by the kernel, refused by the reference";
    // A unit with self-assessed or appraised values, which evaluate() leaves to the
    // reference, is still compared node by node; its messages may be warnings about
    // the self-assessment (over a cap), which the kernel does not score.
    const bool assessed = has_assessed_values(unit);
    if (assessed) {
        for (const Diagnostic& d : diags.items())
            if (d.message != &msg::kCapped) return where + "accepted by the kernel, the reference has messages";
    } else if (const std::string d = message_difference(plan, unit, codes, kernel.warned[row] != 0, diags);
               !d.empty()) {
        return where + "accepted by the kernel: " + d;
    }
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
                                             kernel, row, codes[block.tree]);
        }
    }
    return out;
}

}  // namespace chiso
