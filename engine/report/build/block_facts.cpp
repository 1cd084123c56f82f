#include "engine/report/build/block_facts.hpp"

#include <cassert>

namespace chiso::report {

const LadderFacts* BlockFacts::find(const LadderDef& ladder) const {
    for (const LadderFacts& l : ladders)
        if (l.ladder == &ladder) return &l;
    return nullptr;
}

const std::string* BlockFacts::class_of(std::size_t unit, const LadderDef& ladder) const {
    const LadderFacts* l = find(ladder);
    return l != nullptr && unit < l->class_of.size() ? l->class_of[unit] : nullptr;
}

BlockFacts block_facts(const Definition& def, const BlockResult& block) {
    BlockFacts facts;
    facts.block = &block;
    for (const LadderDef& ladder : def.ladders) {
        if (ladder.section_for(block.block->id) == nullptr) continue;
        LadderFacts l{&ladder, {}, nullptr};
        l.class_of.reserve(block.units.size());
        for (const UnitResult& unit : block.units) {
            const auto it = unit.classes.find(ladder.id);
            l.class_of.push_back(it == unit.classes.end() ? nullptr : &it->second);
        }
        const auto counts = block.stats.per_class.find(ladder.id);
        if (counts != block.stats.per_class.end()) l.counts = &counts->second;
        facts.ladders.push_back(std::move(l));
    }
    // BlockStats::counted is parallel to the criteria's statistics (engine/eval/block_stats.hpp).
    for (std::size_t i = 0; i < def.stats.size() && i < block.stats.counted.size(); ++i)
        facts.counted.push_back({&def.stats[i], block.stats.counted[i]});
    return facts;
}

std::size_t unit_position(const BlockResult& block, const UnitResult& unit) {
    assert(&unit >= block.units.data() && &unit < block.units.data() + block.units.size());
    return static_cast<std::size_t>(&unit - block.units.data());
}

}  // namespace chiso::report
