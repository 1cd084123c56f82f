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
        CondContext ctx{def, tree, unit, block.nodes};
        for (const auto& ladder : def.ladders) {
            const LadderSectionDef* section = ladder.section_for(block.block->id);
            if (!section) continue;
            if (const RungDef* rung = matching_rung(*section, ctx)) unit.classes[ladder.id] = rung->label;
        }
    }
}

void compute_stats(const Definition& def, BlockResult& block) {
    BlockStats& s = block.stats;
    s.count = block.units.size();
    const TreeDef& tree = def.tree_of(*block.block);
    Rational sum;
    for (std::size_t i = 0; i < block.units.size(); ++i) {
        Rational v = compared_index(def, block.units[i]);
        sum += v;
        if (i == 0 || v < s.min) s.min = v;
        if (i == 0 || v > s.max) s.max = v;
    }
    // All three published by the same rule: the mean of the compared indices (exact
    // under `ranking … exact`) rounded once; the lowest and highest likewise, so
    // they never show more decimals than the mean beside them, nor a digit the
    // table's index column does not show.
    if (s.count > 0) {
        s.mean = def.published(sum / Rational(static_cast<std::int64_t>(s.count)));
        s.min = def.published(s.min);
        s.max = def.published(s.max);
    }
    for (const auto& ladder : def.ladders) {
        const LadderSectionDef* section = ladder.section_for(block.block->id);
        if (!section) continue;
        std::vector<ClassCount> counts;
        std::vector<std::string> labels;
        for (const auto& rung : section->rungs)
            if (std::find(labels.begin(), labels.end(), rung.label) == labels.end()) labels.push_back(rung.label);
        for (const auto& label : labels) {
            std::size_t n = 0;
            for (const auto& u : block.units) {
                auto it = u.classes.find(ladder.id);
                if (it != u.classes.end() && it->second == label) ++n;
            }
            counts.push_back({label, n});
        }
        s.per_class[ladder.id] = std::move(counts);
    }
    for (const auto& stat : def.stats) {
        std::size_t n = 0;
        for (const auto& u : block.units)
            if (!stat.when || holds(*stat.when, CondContext{def, tree, u, block.nodes})) ++n;
        s.counted.emplace_back(stat.id, n);
    }
}

}  // namespace chiso
