#include "engine/report/view/svg_cutoffs.hpp"

#include <algorithm>

#include "engine/report/labels/labels.hpp"

namespace chiso::report {
namespace {

using Operand = ast::Operand;

// What a condition says about the index, the points and the rank; `other` when
// it also depends on something a bar cannot show.
struct Bounds {
    struct One {
        Operand::Kind on;
        Cmp cmp;
        Rational value;
    };
    std::vector<One> found;
    bool other = false;
};

// `80 <= index` is `index >= 80`.
Cmp flipped(Cmp cmp) {
    switch (cmp) {
        case Cmp::Lt: return Cmp::Gt;
        case Cmp::Le: return Cmp::Ge;
        case Cmp::Gt: return Cmp::Lt;
        case Cmp::Ge: return Cmp::Le;
        case Cmp::Eq: return Cmp::Eq;
    }
    return cmp;
}

// What `%` in a threshold is a share of: the block's tree and the publication scale.
struct Scale {
    const Definition& def;
    const TreeDef& tree;
};

bool drawable(Operand::Kind kind) {
    return kind == Operand::Kind::Index || kind == Operand::Kind::Points || kind == Operand::Kind::Rank;
}

// `%` is read as evaluation reads it (condition_number); a rank share depends on the
// number of units ranked, which a rung does not know, so it is not drawn.
void collect_pair(const Operand& a, Cmp cmp, const Operand& b, const Scale& scale, Bounds& out) {
    const bool number_right = b.kind == Operand::Kind::Number && drawable(a.kind);
    const bool number_left = a.kind == Operand::Kind::Number && drawable(b.kind);
    const Operand& measure = number_right ? a : b;
    const Operand& number = number_right ? b : a;
    const bool rank_share = measure.kind == Operand::Kind::Rank && number.number.percent;
    if (cmp == Cmp::Eq || (!number_right && !number_left) || rank_share) {
        out.other = true;
        return;
    }
    const Rational value = condition_number(number.number, percent_scale(scale.def, scale.tree, measure, 0));
    out.found.push_back({measure.kind, number_right ? cmp : flipped(cmp), value});
}

// Only `and` keeps every part necessary; `or`, `not` and flags cannot be drawn.
void collect(const ast::Cond& cond, const Scale& scale, Bounds& out) {
    using K = ast::Cond::Kind;
    switch (cond.kind) {
        case K::Compare:
            for (std::size_t i = 0; i < cond.cmps.size() && i + 1 < cond.operands.size(); ++i)
                collect_pair(cond.operands[i], cond.cmps[i], cond.operands[i + 1], scale, out);
            return;
        case K::And:
            for (const auto& part : cond.parts) collect(*part, scale, out);
            return;
        case K::Or:
        case K::Not:
        case K::Flag: out.other = true; return;
    }
}

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

void add_cuts(const ast::Cond* cond, const std::string& label, const Scale& scale, CutLane& lane) {
    if (cond == nullptr) return;  // `otherwise`
    Bounds bounds;
    collect(*cond, scale, bounds);
    // A rung on the index and the rank at once needs both: neither line alone decides.
    bool index_like = false, rank = false;
    for (const auto& b : bounds.found) (b.on == Operand::Kind::Rank ? rank : index_like) = true;
    const bool partial = bounds.other || (index_like && rank);
    for (const auto& b : bounds.found) {
        if (b.on == Operand::Kind::Rank) {
            lane.ranks.push_back(rank_cut(b.cmp, b.value, label, partial));
            continue;
        }
        auto& cuts = b.on == Operand::Kind::Index ? lane.index : lane.points;
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
    const Scale scale{def, def.tree_of(block)};
    for (const auto& ladder : def.ladders) {
        const LadderSectionDef* section = ladder.section_for(block.id);
        if (section == nullptr) continue;
        CutLane lane{ladder.name, {}, {}, {}};
        for (const auto& rung : section->rungs)
            if (!rung.override_rung) add_cuts(rung.when, rung.label, scale, lane);
        tidy(lane);
        if (!lane.empty()) lanes.push_back(std::move(lane));
    }
    CutLane stats{labels::text(labels::html_stats_lane, lang), {}, {}, {}};
    for (const auto& stat : def.stats) add_cuts(stat.when, stat.label, scale, stats);
    tidy(stats);
    if (!stats.empty()) lanes.push_back(std::move(stats));
    return lanes;
}

}  // namespace chiso::report
