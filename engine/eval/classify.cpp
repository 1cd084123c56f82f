#include "engine/eval/classify.hpp"

#include <algorithm>

#include "engine/eval/conditions.hpp"

namespace chiso {
namespace {

// Overrides first, then the rungs in order; the first that holds gives the class.
const RungDef* matching_rung(const LadderSectionDef& section, const CondContext& ctx) {
    for (int pass = 0; pass < 2; ++pass) {
        const bool overrides = pass == 0;
        for (const auto& rung : section.rungs) {
            if (rung.override_rung != overrides) continue;
            if (!rung.when || holds(*rung.when, ctx)) return &rung;
        }
    }
    return nullptr;
}

}  // namespace

void classify_block(const Definition& def, BlockResult& block) {
    const TreeDef& tree = def.tree_of(*block.block);
    for (auto& unit : block.units) {
        CondContext ctx{def, tree, unit, block.block->tree, block.nodes};
        for (const auto& ladder : def.ladders) {
            const LadderSectionDef* section = ladder.section_for(block.block->id);
            if (!section) continue;
            if (const RungDef* rung = matching_rung(*section, ctx)) unit.classes[ladder.id] = rung->label;
        }
    }
}

void compute_stats(const Definition& def, BlockResult& block) {
    const TreeDef& tree = def.tree_of(*block.block);
    std::vector<Rational> indices;
    indices.reserve(block.units.size());
    for (const UnitResult& unit : block.units) indices.push_back(compared_index(def, unit));
    // The mean of the compared indices (exact under `ranking … exact`) rounded once:
    // the published rule (engine/eval/block_stats.hpp).
    block.stats = summarise_indices(indices, &def);
    BlockStats& s = block.stats;
    for (const auto& ladder : def.ladders) {
        const LadderSectionDef* section = ladder.section_for(block.block->id);
        if (!section) continue;
        std::vector<ClassCount> counts;  // in the order of first appearance among the rungs
        for (const auto& rung : section->rungs) {
            const auto same = [&](const ClassCount& c) { return c.label == rung.label; };
            if (std::none_of(counts.begin(), counts.end(), same)) counts.push_back({rung.label, 0});
        }
        // One pass over the units: a unit's class found once per ladder, not once per label.
        for (const auto& u : block.units) {
            auto it = u.classes.find(ladder.id);
            if (it == u.classes.end()) continue;
            for (ClassCount& c : counts)
                if (c.label == it->second) {
                    ++c.count;
                    break;
                }
        }
        s.per_class[ladder.id] = std::move(counts);
    }
    for (const auto& stat : def.stats) {
        std::size_t n = 0;
        for (const auto& u : block.units)
            if (!stat.when || holds(*stat.when, CondContext{def, tree, u, block.block->tree, block.nodes})) ++n;
        s.counted.push_back(n);
    }
}

}  // namespace chiso
