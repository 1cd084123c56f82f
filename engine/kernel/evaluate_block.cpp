#include "engine/kernel/evaluate_block.hpp"

#include "engine/eval/evaluate_unit.hpp"

namespace chiso {
namespace {

NodeOutcome outcome_of(const NodeValue& v, const NodeDef& node) {
    NodeOutcome o;
    o.source = static_cast<NodeOutcome::Source>(v.source);
    o.points = v.points;
    o.max = v.max;
    o.declared_max = node.max;
    o.not_applicable = v.not_applicable;
    o.capped = v.capped;
    o.evaluated = v.evaluated;
    return o;
}

}  // namespace

NodeValue node_value(const NodeOutcome& o) {
    NodeValue v;
    v.source = static_cast<NodeSource>(o.source);
    v.points = o.points;
    v.max = o.max;
    v.evaluated = o.evaluated;
    v.not_applicable = o.not_applicable;
    v.capped = o.capped;
    return v;
}

UnitResult kernel_unit_result(const Definition& def, const BlockDef& block, const TreeDef& tree,
                              const UnitInput& unit, const NodeColumns& columns, std::size_t row) {
    UnitResult r;
    r.id = unit.id;
    r.name = unit.name;
    r.block = block.id;
    r.group = unit.group;
    r.flags = unit.flags;
    r.nodes.reserve(tree.nodes.size());
    for (NodeId n = 0; n < tree.nodes.size(); ++n) r.nodes.push_back(outcome_of(columns.at(row, n), tree.nodes[n]));
    r.points = r.nodes[0].points;
    r.max = r.nodes[0].max;
    const Rational scale = def.publish == Publish::Percent ? Rational(100) : tree.root().max;
    r.index = r.points / r.max * scale;
    r.published = def.published(r.index);
    return r;
}

BlockUnits evaluate_block_units(const Definition& def, const BlockDef& block, const TreePlan& plan,
                                const CompiledTree& compiled, const ScoreSheet& sheet,
                                const std::vector<std::uint32_t>& units, Diagnostics& diags, const CodeLookup& codes) {
    const BoundBlock bound = bind_block(compiled, block, sheet, units, codes);
    const KernelBlock kernel = run_kernel(compiled, bound);
    BlockUnits out;
    out.results.reserve(units.size());
    for (std::size_t row = 0; row < units.size(); ++row) {
        const UnitInput& unit = sheet.units[units[row]];
        if (kernel.accepted[row]) {
            out.results.emplace_back(kernel_unit_result(def, block, *plan.tree, unit, kernel.columns, row));
            ++out.accepted;
        } else {
            out.results.push_back(evaluate_unit(def, block, plan, unit, diags, false, &codes));
        }
    }
    return out;
}

}  // namespace chiso
