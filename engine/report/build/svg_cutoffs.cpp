#include "engine/report/build/svg_cutoffs.hpp"

#include <algorithm>

#include "engine/model/condition_bounds.hpp"
#include "engine/report/labels/labels.hpp"

namespace chiso::report {
namespace {

std::int64_t floor_of(const Rational& v) {
    std::int64_t q = v.num() / v.den();
    if (v.num() % v.den() != 0 && v.is_negative()) --q;
    return q;
}
std::int64_t ceil_of(const Rational& v) { return -floor_of(-v); }

// The line between ranks: `rank <= 5` and `rank < 6` after the 5th; `rank >= 10` after the 9th.
RankCut rank_cut(Cmp cmp, const Rational& value, const std::string& label, bool partial) {
    switch (cmp) {
        case Cmp::Le: return {static_cast<int>(floor_of(value)), true, label, partial};
        case Cmp::Lt: return {static_cast<int>(ceil_of(value) - 1), true, label, partial};
        case Cmp::Ge: return {static_cast<int>(ceil_of(value) - 1), false, label, partial};
        default: return {static_cast<int>(floor_of(value)), false, label, partial};
    }
}

// The bounds are the checker's (engine/model/condition_bounds.hpp); `=` and a share
// of the rank (which depends on the number of units ranked) are not drawn.
void add_cuts(const std::optional<CondDef>& cond, const std::string& label, std::size_t tree, CutLane& lane) {
    if (!cond) return;  // `otherwise`
    ConditionBounds bounds = condition_bounds(*cond, tree);
    std::erase_if(bounds.bounds, [&](const MeasureBound& b) {
        const bool undrawable = b.cmp == Cmp::Eq || b.rank_share;
        bounds.other = bounds.other || undrawable;
        return undrawable;
    });
    // A rung on the index and the rank at once needs both: neither line alone decides.
    bool index_like = false, rank = false;
    for (const auto& b : bounds.bounds) (b.on == Measure::Rank ? rank : index_like) = true;
    const bool partial = bounds.other || (index_like && rank);
    for (const auto& b : bounds.bounds) {
        if (b.on == Measure::Rank) {
            lane.ranks.push_back(rank_cut(b.cmp, b.value, label, partial));
            continue;
        }
        auto& cuts = b.on == Measure::Index ? lane.index : lane.points;
        cuts.push_back({b.value, b.cmp, label, partial});
    }
}

bool is_lower(Cmp cmp) { return cmp == Cmp::Ge || cmp == Cmp::Gt; }

// `Tốt` when 80 <= index < 90 ends where `Xuất sắc` starts: one line at 90,
// named after the rung that starts there. The same cut written twice is drawn once.
void drop_redundant(std::vector<ValueCut>& cuts) {
    std::vector<ValueCut> kept;
    for (const auto& cut : cuts) {
        const bool starts_here = std::any_of(cuts.begin(), cuts.end(), [&](const ValueCut& other) {
            return is_lower(other.cmp) && other.value == cut.value;
        });
        if (!is_lower(cut.cmp) && starts_here) continue;
        const bool seen = std::any_of(kept.begin(), kept.end(), [&](const ValueCut& k) {
            return k.value == cut.value && k.cmp == cut.cmp && k.label == cut.label;
        });
        if (!seen) kept.push_back(cut);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const ValueCut& a, const ValueCut& b) { return a.value < b.value; });
    cuts = std::move(kept);
}

void tidy(CutLane& lane) {
    drop_redundant(lane.index);
    drop_redundant(lane.points);
    std::stable_sort(lane.ranks.begin(), lane.ranks.end(),
                     [](const RankCut& a, const RankCut& b) { return a.after_rank < b.after_rank; });
}

}  // namespace

const char* cmp_symbol(Cmp cmp) {
    switch (cmp) {
        case Cmp::Lt: return "<";
        case Cmp::Le: return "≤";
        case Cmp::Gt: return ">";
        case Cmp::Ge: return "≥";
        case Cmp::Eq: return "=";
    }
    return "";
}

std::vector<CutLane> cut_lanes(const Definition& def, const BlockDef& block, Lang lang) {
    std::vector<CutLane> lanes;
    const std::size_t tree = block.tree;
    for (const auto& ladder : def.ladders) {
        const LadderSectionDef* section = ladder.section_for(block.id);
        if (section == nullptr) continue;
        CutLane lane{ladder.name, {}, {}, {}};
        for (const auto& rung : section->rungs)
            if (!rung.override_rung) add_cuts(rung.when, rung.label, tree, lane);
        tidy(lane);
        if (!lane.empty()) lanes.push_back(std::move(lane));
    }
    CutLane stats{labels::text(labels::html_stats_lane, lang), {}, {}, {}};
    for (const auto& stat : def.stats) add_cuts(stat.when, stat.label, tree, stats);
    tidy(stats);
    if (!stats.empty()) lanes.push_back(std::move(stats));
    return lanes;
}

}  // namespace chiso::report
