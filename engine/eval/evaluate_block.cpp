#include "engine/eval/evaluate_block.hpp"

#include "engine/bind/bound_block.hpp"

namespace chiso {
namespace {

bool assessed(const UnitInput& unit) { return unit.has_sides(); }

}  // namespace

std::vector<std::vector<std::uint32_t>> units_by_block(const Definition& def, const ScoreSheet& sheet) {
    std::vector<std::vector<std::uint32_t>> out(def.blocks.size());
    for (std::uint32_t i = 0; i < sheet.units.size(); ++i)
        if (const BlockDef* b = find_unit_block(def, sheet.units[i].block))
            out[static_cast<std::size_t>(b - def.blocks.data())].push_back(i);
    return out;
}

KernelBlock kernel_block(const CompiledTree& compiled, const BlockDef& block, const ScoreSheet& sheet,
                         const std::vector<std::uint32_t>& units, const CodeLookup& codes) {
    KernelBlock kernel = run_kernel(compiled, bind_block(compiled, block, sheet, units, codes));
    for (std::size_t row = 0; row < units.size(); ++row)
        if (kernel.accepted[row] && assessed(sheet.units[units[row]])) kernel.accepted[row] = 0;
    return kernel;
}

UnitResult kernel_unit_result(const Definition& def, const BlockDef& block, const TreeDef& tree,
                              const UnitInput& unit, const NodeColumns& columns, std::size_t row) {
    UnitResult r;
    r.id = unit.id;
    r.name = unit.name;
    r.block = block.id;
    const NodeValue root = columns.at(row, 0);
    r.points = root.points;
    r.max = root.max;
    const Rational scale = def.publish == Publish::Percent ? Rational(100) : tree.root().max;
    r.index = r.points / r.max * scale;
    r.published = def.published(r.index);
    r.row = row;
    return r;
}

}  // namespace chiso
