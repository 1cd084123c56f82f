#include "engine/eval/mean_refinement.hpp"

namespace chiso {
namespace {

bool same_stats(const BlockStats& a, const BlockStats& b) {
    if (a.count != b.count || a.mean != b.mean || a.min != b.min || a.max != b.max || a.counted != b.counted)
        return false;
    if (a.per_class.size() != b.per_class.size()) return false;
    for (const auto& [ladder, counts] : a.per_class) {
        auto it = b.per_class.find(ladder);
        if (it == b.per_class.end() || it->second.size() != counts.size()) return false;
        for (std::size_t i = 0; i < counts.size(); ++i)
            if (counts[i].label != it->second[i].label || counts[i].count != it->second[i].count) return false;
    }
    return true;
}

bool same_unit(const Definition& def, const BlockResult& lb, const UnitResult& l, const BlockResult& ub,
               const UnitResult& u) {
    if (l.id != u.id || l.published != u.published || l.rank != u.rank || l.ranked_among != u.ranked_among ||
        l.classes != u.classes)
        return false;
    const std::size_t nodes = def.tree_of(*lb.block).nodes.size();
    for (NodeId id = 0; id < nodes; ++id)
        if (def.published(lb.points(l, id)) != def.published(ub.points(u, id))) return false;
    return true;
}

// Under `ranking … exact` the order itself compares exact values: each unit's
// interval [lower, upper] must lie strictly below the one ranked above it, or both
// be points (exact) — equal exact values then tie exactly.
bool apart(const UnitResult& above_l, const UnitResult& above_u, const UnitResult& below_l,
           const UnitResult& below_u) {
    const bool exact = above_l.index == above_u.index && below_l.index == below_u.index;
    return exact || below_u.index < above_l.index;
}

}  // namespace

bool has_bounded_values(const Definition& def) {
    for (const TreeDef& tree : def.trees)
        for (const NodeDef& node : tree.nodes) {
            if (node.weighted && node.mean == Mean::Geometric) return true;
            if (node.normalise && node.normalise->method == NormMethod::ZScore) return true;
        }
    return false;
}

std::string undecided_unit(const Definition& def, const Results& lower, const Results& upper) {
    for (std::size_t b = 0; b < lower.blocks.size(); ++b) {
        const BlockResult& lb = lower.blocks[b];
        const BlockResult& ub = upper.blocks[b];
        if (lb.units.size() != ub.units.size()) return lb.units.empty() ? ub.units.front().id : lb.units.front().id;
        for (std::size_t i = 0; i < lb.units.size(); ++i) {
            if (!same_unit(def, lb, lb.units[i], ub, ub.units[i])) return lb.units[i].id;
            if (!def.ranking.on_rounded && i > 0 &&
                !apart(lb.units[i - 1], ub.units[i - 1], lb.units[i], ub.units[i]))
                return lb.units[i].id;
        }
        if (!same_stats(lb.stats, ub.stats)) return lb.units.empty() ? std::string("total") : lb.units.front().id;
    }
    return "";
}

}  // namespace chiso
