#include "engine/eval/rank.hpp"

#include <algorithm>

#include "engine/core/vietnamese_order.hpp"
#include "engine/eval/conditions.hpp"
#include "engine/eval/eval_messages.hpp"

namespace chiso {
namespace {

Rational rank_key(const Definition& def, const UnitResult& u) {
    if (def.ranking.by == RankBy::Index) return compared_index(def, u);
    return def.ranking.on_rounded ? def.published(u.points) : u.points;
}

// Declared tie-breakers, in order: -1 when a ranks before b, 1 after, 0 still tied.
int tie_break(const Definition& def, const TreeDef& tree, const NodeColumns& nodes, const UnitResult& a,
              const UnitResult& b) {
    for (const auto& t : def.ranking.tie_breaks) {
        using K = ast::TieBreak::Kind;
        Rational x, y;
        switch (t.kind) {
            case K::Points: x = a.points; y = b.points; break;
            case K::Index: x = a.index; y = b.index; break;
            case K::NodePoints: {
                NodeId id = tree.find(t.code.text);
                if (id == kNoNode) continue;
                x = nodes.points(a.row, id);
                y = nodes.points(b.row, id);
                break;
            }
            case K::Name:  // as a printed list of units: Vietnamese order, not bytes
                if (int order = compare_vietnamese(a.name, b.name)) return order < 0 ? -1 : 1;
                continue;
            case K::Id:  // ids are unique: the last resort, written in the criteria
                if (a.id != b.id) return a.id < b.id ? -1 : 1;
                continue;
        }
        if (x != y) return x > y ? -1 : 1;
    }
    return 0;
}

void assign_ranks(const Definition& def, std::vector<UnitResult*>& units) {
    int dense = 0;
    for (std::size_t i = 0; i < units.size(); ++i) {
        units[i]->ranked_among = static_cast<int>(units.size());
        bool tied = i > 0 && rank_key(def, *units[i]) == rank_key(def, *units[i - 1]);
        if (!tied) ++dense;
        switch (def.ranking.ties) {
            case TiePolicy::Shared: units[i]->rank = tied ? units[i - 1]->rank : static_cast<int>(i + 1); break;
            case TiePolicy::Dense: units[i]->rank = dense; break;
            case TiePolicy::Distinct: units[i]->rank = static_cast<int>(i + 1); break;
        }
    }
}

// `ties distinct` needs every tie decided by a declared tie-breaker: each run of
// units still equal is reported once, with their common key.
void report_undecided(const Definition& def, const TreeDef& tree, const NodeColumns& nodes,
                      const std::vector<UnitResult*>& units, const std::string& block, Diagnostics& diags) {
    const auto undecided = [&](std::size_t i) {
        return rank_key(def, *units[i]) == rank_key(def, *units[i - 1]) &&
               tie_break(def, tree, nodes, *units[i - 1], *units[i]) == 0;
    };
    for (std::size_t i = 1; i < units.size(); ++i) {
        if (!undecided(i)) continue;
        std::string ids = "`" + units[i - 1]->id + "`";
        const Rational key = rank_key(def, *units[i]);
        for (; i < units.size() && undecided(i); ++i) ids += ", `" + units[i]->id + "`";
        diags.error(def.ranking.loc, msg::kUndecidedTie, block, ids, key.to_string(4));
    }
}

}  // namespace

void rank_block(const Definition& def, BlockResult& block, Diagnostics& diags) {
    const TreeDef& tree = def.tree_of(*block.block);
    // Units with equal keys stay in a reproducible order: tie-breakers, then id,
    // so shuffling the score file never changes the output.
    std::sort(block.units.begin(), block.units.end(), [&](const UnitResult& a, const UnitResult& b) {
        Rational ka = rank_key(def, a), kb = rank_key(def, b);
        if (ka != kb) return ka > kb;
        if (int t = tie_break(def, tree, block.nodes, a, b)) return t < 0;
        return a.id < b.id;
    });
    std::vector<std::string> groups;
    for (const auto& u : block.units)
        if (std::find(groups.begin(), groups.end(), u.group) == groups.end()) groups.push_back(u.group);
    if (!def.ranking.within_group) groups = {""};
    for (const auto& g : groups) {
        std::vector<UnitResult*> members;
        for (auto& u : block.units)
            if (!def.ranking.within_group || u.group == g) members.push_back(&u);
        assign_ranks(def, members);
        if (def.ranking.ties == TiePolicy::Distinct) report_undecided(def, tree, block.nodes, members, block.block->id, diags);
    }
}

}  // namespace chiso
