#include "engine/eval/rank.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>

#include "engine/core/vietnamese_order.hpp"
#include "engine/eval/conditions.hpp"
#include "engine/eval/eval_messages.hpp"

namespace chiso {
namespace {

Rational rank_key(const Definition& def, const UnitResult& u) {
    if (def.ranking.by == RankBy::Index) return compared_index(def, u);
    return def.ranking.on_rounded ? def.published(u.points) : u.points;
}

// A unit's ranking key and the values of its numeric tie-breakers, computed once per
// unit (not once per comparison: a sort compares each unit log n times).
struct RankKeys {
    Rational key;
    std::vector<Rational> ties;  // by TieBreakDef, in order; a breaker absent from the tree holds nothing
};

RankKeys keys_of(const Definition& def, std::size_t tree, const NodeColumns& nodes, const UnitResult& u) {
    RankKeys k{rank_key(def, u), {}};
    k.ties.reserve(def.ranking.tie_breaks.size());
    for (const auto& t : def.ranking.tie_breaks) {
        switch (t.key) {
            case TieKey::Points: k.ties.push_back(u.points); break;
            case TieKey::Index: k.ties.push_back(u.index); break;
            case TieKey::NodePoints: {
                const NodeId id = tree < t.node.size() ? t.node[tree] : kNoNode;
                k.ties.push_back(id == kNoNode ? Rational(0) : nodes.points(u.row, id));
                break;
            }
            case TieKey::Name:
            case TieKey::Id: k.ties.emplace_back(); break;
        }
    }
    return k;
}

// Declared tie-breakers, in order: -1 when a ranks before b, 1 after, 0 still tied.
int tie_break(const Definition& def, std::size_t tree, const UnitResult& a, const RankKeys& ka, const UnitResult& b,
              const RankKeys& kb) {
    for (std::size_t i = 0; i < def.ranking.tie_breaks.size(); ++i) {
        const TieBreakDef& t = def.ranking.tie_breaks[i];
        switch (t.key) {
            case TieKey::Name:  // as a printed list of units: Vietnamese order, not bytes
                if (int order = compare_vietnamese(a.name, b.name)) return order < 0 ? -1 : 1;
                continue;
            case TieKey::Id:  // ids are unique: the last resort, written in the criteria
                if (a.id != b.id) return a.id < b.id ? -1 : 1;
                continue;
            case TieKey::NodePoints:
                if (tree >= t.node.size() || t.node[tree] == kNoNode) continue;
                break;
            case TieKey::Points:
            case TieKey::Index: break;
        }
        if (ka.ties[i] != kb.ties[i]) return ka.ties[i] > kb.ties[i] ? -1 : 1;
    }
    return 0;
}

// The ranking keys as integers over their common denominator, when every key and
// that denominator fit (the usual case: indices rounded to the published decimals,
// points over the tree's denominators): the sort then compares int64s, in the same
// order as the Rationals, equal exactly when they are equal (a Rational's reduced
// form is unique). Empty: the Rationals are compared.
std::vector<std::int64_t> keys_over_common(const std::vector<RankKeys>& keys) {
    constexpr std::int64_t kLimit = std::int64_t{1} << 62;
    std::int64_t common = 1;
    for (const RankKeys& k : keys) {
        if (k.key.is_big()) return {};
        const std::int64_t den = k.key.den();
        if (common % den == 0) continue;
        const std::int64_t g = std::gcd(common, den);
        if (__builtin_mul_overflow(common / g, den, &common) || common > kLimit) return {};
    }
    std::vector<std::int64_t> out;
    out.reserve(keys.size());
    for (const RankKeys& k : keys) {
        std::int64_t v = 0;
        if (__builtin_mul_overflow(k.key.num(), common / k.key.den(), &v)) return {};
        out.push_back(v);
    }
    return out;
}

// A group's members, in rank order, with their keys.
struct Member {
    UnitResult* unit;
    const RankKeys* keys;
};

void assign_ranks(const Definition& def, std::vector<Member>& members) {
    int dense = 0;
    for (std::size_t i = 0; i < members.size(); ++i) {
        UnitResult* const u = members[i].unit;
        u->ranked_among = static_cast<int>(members.size());
        const bool tied = i > 0 && members[i].keys->key == members[i - 1].keys->key;
        if (!tied) ++dense;
        switch (def.ranking.ties) {
            case TiePolicy::Shared: u->rank = tied ? members[i - 1].unit->rank : static_cast<int>(i + 1); break;
            case TiePolicy::Dense: u->rank = dense; break;
            case TiePolicy::Distinct: u->rank = static_cast<int>(i + 1); break;
        }
    }
}

// `ties distinct` needs every tie decided by a declared tie-breaker: each run of
// units still equal is reported once, with their common key.
void report_undecided(const Definition& def, std::size_t tree, const std::vector<Member>& units,
                      const std::string& block, Diagnostics& diags) {
    const auto undecided = [&](std::size_t i) {
        return units[i].keys->key == units[i - 1].keys->key &&
               tie_break(def, tree, *units[i - 1].unit, *units[i - 1].keys, *units[i].unit, *units[i].keys) == 0;
    };
    for (std::size_t i = 1; i < units.size(); ++i) {
        if (!undecided(i)) continue;
        std::string ids = "`" + units[i - 1].unit->id + "`";
        const Rational key = units[i].keys->key;
        for (; i < units.size() && undecided(i); ++i) ids += ", `" + units[i].unit->id + "`";
        diags.error(def.ranking.loc, msg::kUndecidedTie, block, ids, key.to_string(4));
    }
}

}  // namespace

void rank_block(const Definition& def, BlockResult& block, Diagnostics& diags) {
    const std::size_t tree = block.block->tree;
    std::vector<RankKeys> keys;
    keys.reserve(block.units.size());
    for (const auto& u : block.units) keys.push_back(keys_of(def, tree, block.nodes, u));
    // Units with equal keys stay in a reproducible order: tie-breakers, then id,
    // so shuffling the score file never changes the output.
    std::vector<std::size_t> order(block.units.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const std::vector<std::int64_t> fixed_keys = keys_over_common(keys);
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const UnitResult& a = block.units[x];
        const UnitResult& b = block.units[y];
        // Units not ranked (`ranked: false`) come after the ranked ones, in the same order.
        if (a.ranked != b.ranked) return a.ranked;
        if (!fixed_keys.empty()) {
            if (fixed_keys[x] != fixed_keys[y]) return fixed_keys[x] > fixed_keys[y];
        } else if (keys[x].key != keys[y].key) {
            return keys[x].key > keys[y].key;
        }
        if (int t = tie_break(def, tree, a, keys[x], b, keys[y])) return t < 0;
        return a.id < b.id;
    });
    std::vector<UnitResult> sorted;
    std::vector<RankKeys> sorted_keys;
    sorted.reserve(order.size());
    sorted_keys.reserve(order.size());
    for (std::size_t i : order) {
        sorted.push_back(std::move(block.units[i]));
        sorted_keys.push_back(std::move(keys[i]));
    }
    block.units = std::move(sorted);
    std::vector<std::string> groups;
    for (const auto& u : block.units)
        if (std::find(groups.begin(), groups.end(), u.group) == groups.end()) groups.push_back(u.group);
    if (!def.ranking.within_group) groups = {""};
    for (const auto& g : groups) {
        std::vector<Member> members;
        for (std::size_t i = 0; i < block.units.size(); ++i)
            if (block.units[i].ranked && (!def.ranking.within_group || block.units[i].group == g))
                members.push_back({&block.units[i], &sorted_keys[i]});
        assign_ranks(def, members);
        if (def.ranking.ties == TiePolicy::Distinct) report_undecided(def, tree, members, block.block->id, diags);
    }
}

}  // namespace chiso
