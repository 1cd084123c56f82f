#include "engine/eval/classify.hpp"

#include <algorithm>
#include <cstdint>

#include "engine/eval/conditions.hpp"
#include "engine/eval/distribution.hpp"
#include "engine/model/condition_bounds.hpp"
#include "engine/plan/fraction.hpp"

namespace chiso {
namespace {

// A rung whose condition only compares the unit's compared index with numbers —
// `index >= 90`, `80 <= index < 90`, `index >= 50 and index < 70`, nearly every
// ladder — read once per block as bounds `index cmp num / den` (scaled for the
// block's tree), and decided by two 64 x 64-bit products per bound instead of
// Rationals made and compared through holds(). Exact: both sides are fractions of
// int64s with positive denominators. Any other condition (a node, the points, the
// rank, a flag, `or`, `not`, a big number) is left to holds().
struct IndexBound {
    Cmp cmp = Cmp::Ge;
    std::int64_t num = 0, den = 1;
};
struct RungTest {
    bool by_bounds = false;
    std::vector<IndexBound> bounds;  // every one must hold
};

// The bounds are the checker's and the charts' (engine/model/condition_bounds.hpp):
// one reading of a condition as thresholds. Taken only when they are the whole
// condition (no `or`, `not`, flag, node or rank) and all on the index.
bool index_bounds(const CondDef& c, std::size_t tree, std::vector<IndexBound>& out) {
    const ConditionBounds found = condition_bounds(c, tree);
    if (found.other) return false;
    for (const MeasureBound& b : found.bounds) {
        if (b.on != Measure::Index || b.rank_share || b.value.is_big()) return false;
        out.push_back({b.cmp, b.value.num(), b.value.den()});
    }
    return true;
}

bool within(const Rational& index, const IndexBound& b) {
    using fixed::i128;
    const i128 l = static_cast<i128>(index.num()) * b.den, r = static_cast<i128>(b.num) * index.den();
    return compares(l, b.cmp, r);
}

// One ladder's section for the block, its rungs' tests read once.
struct SectionTests {
    const LadderDef* ladder = nullptr;
    const LadderSectionDef* section = nullptr;
    std::vector<RungTest> rungs;  // parallel to section->rungs
};

std::vector<SectionTests> section_tests(const Definition& def, const BlockDef& block) {
    std::vector<SectionTests> out;
    for (const auto& ladder : def.ladders) {
        const LadderSectionDef* section = ladder.section_for(block.id);
        if (!section) continue;
        SectionTests s{&ladder, section, {}};
        for (const auto& rung : section->rungs) {
            RungTest t;
            t.by_bounds = rung.when && index_bounds(*rung.when, block.tree, t.bounds);
            s.rungs.push_back(std::move(t));
        }
        out.push_back(std::move(s));
    }
    return out;
}

bool rung_holds(const RungDef& rung, const RungTest& test, const Rational* index, const CondContext& ctx) {
    if (!rung.when) return true;
    if (!test.by_bounds || !index) return holds(*rung.when, ctx);
    return std::all_of(test.bounds.begin(), test.bounds.end(), [&](const IndexBound& b) { return within(*index, b); });
}

// Overrides first, then the rungs in order; the first that holds gives the class.
// `index`: the unit's compared index when it is not big (the bounds need int64s).
const RungDef* matching_rung(const SectionTests& s, const Rational* index, const CondContext& ctx) {
    for (int pass = 0; pass < 2; ++pass) {
        const bool overrides = pass == 0;
        for (std::size_t i = 0; i < s.section->rungs.size(); ++i) {
            const RungDef& rung = s.section->rungs[i];
            if (rung.override_rung != overrides) continue;
            if (rung_holds(rung, s.rungs[i], index, ctx)) return &rung;
        }
    }
    return nullptr;
}

}  // namespace

void classify_block(const Definition& def, BlockResult& block, const BlockDistribution* dist) {
    const TreeDef& tree = def.tree_of(*block.block);
    const std::vector<SectionTests> sections = section_tests(def, *block.block);
    for (auto& unit : block.units) {
        CondContext ctx{def, tree, unit, block.block->tree, block.nodes, dist};
        const Rational index = compared_index(def, unit);
        const Rational* small = index.is_big() ? nullptr : &index;
        for (const SectionTests& s : sections)
            if (const RungDef* rung = matching_rung(s, small, ctx)) unit.classes[s.ladder->id] = rung->label;
    }
}

void compute_stats(const Definition& def, BlockResult& block, const BlockDistribution* dist) {
    const TreeDef& tree = def.tree_of(*block.block);
    // The statistics describe the ranked units only: a unit declared `ranked: false` is
    // shown and classified but counted nowhere (docs/language.md, "Partial publications").
    std::vector<Rational> indices;
    indices.reserve(block.units.size());
    for (const UnitResult& unit : block.units)
        if (unit.ranked) indices.push_back(compared_index(def, unit));
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
            if (!u.ranked) continue;
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
            if (u.ranked &&
                (!stat.when || holds(*stat.when, CondContext{def, tree, u, block.block->tree, block.nodes, dist})))
                ++n;
        s.counted.push_back(n);
    }
    if (dist) s.distribution = dist->facts();
}

}  // namespace chiso
