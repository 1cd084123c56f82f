#include "engine/eval/evaluate_block.hpp"

#include "engine/bind/bound_block.hpp"
#include "engine/eval/leaf_rules.hpp"

namespace chiso {
bool has_assessed_values(const UnitInput& unit) { return unit.has_sides(); }

std::vector<std::vector<std::uint32_t>> units_by_block(const Definition& def, const ScoreSheet& sheet) {
    std::vector<std::vector<std::uint32_t>> out(def.blocks.size());
    for (std::uint32_t i = 0; i < sheet.units.size(); ++i)
        if (const BlockDef* b = find_unit_block(def, sheet.units[i].block))
            out[static_cast<std::size_t>(b - def.blocks.data())].push_back(i);
    return out;
}

KernelBlock kernel_block(const CompiledTree& compiled, const BlockDef& block, const ScoreSheet& sheet,
                         const std::vector<std::uint32_t>& units, const CodeLookup& codes) {
    const BoundBlock bound = bind_block(compiled, block, sheet, units, codes);
    KernelBlock kernel = run_kernel(compiled, bound);
    // Bind found whether a unit has sides (has_assessed_values) while reading its entries.
    for (std::size_t row = 0; row < units.size(); ++row)
        if (kernel.accepted[row] && bound.assessed[row]) kernel.accepted[row] = 0;
    return kernel;
}

void warn_capped_adjustments(const TreePlan& plan, const UnitInput& unit, const CodeLookup& codes,
                             Diagnostics& diags) {
    const TreeDef& tree = *plan.tree;
    std::vector<const NodeEntry*> entries(tree.nodes.size(), nullptr);
    for (const NodeEntry& e : unit.entries)
        if (const NodeId id = codes.find(unit.code(e)); id != kNoNode) entries[id] = &e;
    for (const Step& step : plan.steps) {
        const NodeDef& node = tree.nodes[step.node];
        const NodeEntry* e = entries[step.node];
        if (step.kind != Step::Kind::Leaf || !node.is_adjustment() || !e) continue;
        // Accepted by the kernel: no self-assessed or appraised value, so the plain
        // value is the one scored (set_entered in evaluate_unit.cpp).
        const std::optional<InputValue> value = unit.value(*e);
        if (!value || unit.is_not_applicable(*e)) continue;  // nothing entered / not scored
        score_leaf(node, *value, UnitScope{unit.id, value->loc, diags});
    }
}

UnitResult kernel_unit_result(const Definition& def, const BlockDef& block, const TreeDef& tree,
                              const UnitInput& unit, const NodeColumns& columns, std::size_t row) {
    UnitResult r;
    r.id = unit.id;
    r.name = unit.name;
    r.block = block.id;
    const Rational scale = def.publish == Publish::Percent ? Rational(100) : tree.root().max;
    // A fixed row: points p and maximum m over the row's denominator, so the index
    // is p x scale / m — one fraction made instead of three products and quotients
    // (the same value, and a Rational's form is unique).
    std::int64_t scaled = 0;
    if (!columns.is_exact(row) && !scale.is_big() && scale.den() == 1 &&
        !__builtin_mul_overflow(columns.points_column(0)[row], scale.num(), &scaled)) {
        const std::int64_t d = columns.row_denominator(row);
        r.points = Rational(columns.points_column(0)[row], d);
        r.max = Rational(columns.max_column(0)[row], d);
        r.index = Rational(scaled, columns.max_column(0)[row]);
    } else {
        const NodeValue root = columns.at(row, 0);
        r.points = root.points;
        r.max = root.max;
        r.index = r.points / r.max * scale;
    }
    r.published = def.published(r.index);
    r.row = row;
    return r;
}

}  // namespace chiso
