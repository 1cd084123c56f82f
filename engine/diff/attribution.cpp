#include "engine/diff/attribution.hpp"

#include <algorithm>
#include <map>

#include "engine/diff/contributions.hpp"

namespace chiso::diff {
namespace {

// Changes of a node that move its points, most specific first: when a node has
// several, its rule explains more than its maximum, its maximum more than its place.
constexpr ChangeKind kNodeCauses[] = {ChangeKind::NodeRuleChanged, ChangeKind::NodeMaxChanged,
                                      ChangeKind::NodeWeightChanged, ChangeKind::NodeAggregationChanged,
                                      ChangeKind::NodeNaChanged, ChangeKind::NodeDefaultChanged,
                                      ChangeKind::NodeMoved};

class Attributor {
public:
    Attributor(const RuleDiff& diff, const UnitPair& u)
        : diff_(diff), u_(u), ot_(diff.old_def->trees[u.old_tree]), nt_(diff.new_def->trees[u.new_tree]),
          match_(match_for(diff, u)), old_(contributions(*diff.old_def, ot_, *u.old_block, *u.old_unit)),
          new_(contributions(*diff.new_def, nt_, *u.new_block, *u.new_unit)) {}

    std::vector<AttributionLine> run() {
        std::vector<bool> paired(nt_.nodes.size(), false);
        for (NodeId o = 0; o < ot_.nodes.size(); ++o) {
            if (!old_.source[o]) continue;
            const NodeId n = match_ ? match_->old_to_new[o] : kNoNode;
            if (n != kNoNode && new_.source[n]) {
                paired[n] = true;
                charge_pair(n, o, new_.share[n] - old_.share[o]);
            } else {
                charge_unpaired(n == kNoNode ? removal_of(o) : std::nullopt, n, -old_.share[o], o);
            }
        }
        for (NodeId n = 0; n < nt_.nodes.size(); ++n)
            if (new_.source[n] && !paired[n]) {
                const NodeId o = match_ ? match_->new_to_old[n] : kNoNode;
                charge_unpaired(o == kNoNode ? addition_of(n) : std::nullopt, n, new_.share[n], o);
            }
        add_other(new_.rest - old_.rest);
        return lines();
    }

private:
    static const TreeMatch* match_for(const RuleDiff& diff, const UnitPair& u) {
        const TreeMatch* m = diff.match_for_new_tree(u.new_tree);
        return m && m->old_tree == u.old_tree ? m : nullptr;
    }

    // The change of this kind on new node `n`, if any.
    std::optional<std::size_t> find(ChangeKind kind, NodeId old_node, NodeId new_node) const {
        for (std::size_t i = 0; i < diff_.changes.size(); ++i) {
            const RuleChange& c = diff_.changes[i];
            if (c.kind != kind) continue;
            if (new_node != kNoNode && c.new_tree == u_.new_tree && c.new_node == new_node) return i;
            if (old_node != kNoNode && c.old_tree == u_.old_tree && c.old_node == old_node) return i;
        }
        return std::nullopt;
    }

    // The nearest change on new node `n` or above it that moves points.
    std::optional<std::size_t> nearest_cause(NodeId n, NodeId o) const {
        for (NodeId x = n; x != kNoNode; x = nt_.nodes[x].parent)
            for (ChangeKind kind : kNodeCauses)
                if (auto i = find(kind, kNoNode, x)) return i;
        if (excluded(nt_, *u_.new_block, *u_.new_unit, n) || excluded(ot_, *u_.old_block, *u_.old_unit, o))
            return excluded_change();
        return std::nullopt;
    }

    static bool excluded(const TreeDef& tree, const BlockResult& block, const UnitResult& unit, NodeId id) {
        for (NodeId x = id; x != kNoNode; x = tree.nodes[x].parent)
            if (block.node(unit, x).source == NodeSource::Excluded) return true;
        return false;
    }

    // A node excluded for the block on one side only: the block's list changed.
    std::optional<std::size_t> excluded_change() const {
        for (std::size_t i = 0; i < diff_.changes.size(); ++i)
            if (diff_.changes[i].kind == ChangeKind::BlockExcludedChanged && diff_.changes[i].scope == u_.block)
                return i;
        return std::nullopt;
    }

    std::optional<std::size_t> removal_of(NodeId o) const {
        for (NodeId x = o; x != kNoNode; x = ot_.nodes[x].parent)
            if (auto i = find(ChangeKind::NodeRemoved, x, kNoNode)) return i;
        return std::nullopt;
    }

    std::optional<std::size_t> addition_of(NodeId n) const {
        for (NodeId x = n; x != kNoNode; x = nt_.nodes[x].parent)
            if (auto i = find(ChangeKind::NodeAdded, kNoNode, x)) return i;
        return std::nullopt;
    }

    void charge_pair(NodeId n, NodeId o, const Rational& amount) {
        if (amount.is_zero()) return;
        if (auto i = nearest_cause(n, o)) return add_change(*i, amount);
        if (u_.old_unit->max != u_.new_unit->max) {
            total_max_ += amount;
            return;
        }
        add_other(amount);
    }

    // A node whose points exist on one side only: its removal or addition, else
    // (a node that became a total, or lost its detail) as a matched node.
    void charge_unpaired(std::optional<std::size_t> own, NodeId n, const Rational& amount, NodeId o) {
        if (amount.is_zero()) return;
        if (own) return add_change(*own, amount);
        if (n != kNoNode) return charge_pair(n, o, amount);
        add_other(amount);
    }

    void add_change(std::size_t i, const Rational& amount) { by_change_[i] += amount; }
    void add_other(const Rational& amount) { other_ += amount; }

    std::vector<AttributionLine> lines() const {
        std::vector<AttributionLine> out;
        for (const auto& [i, amount] : by_change_)
            if (!amount.is_zero()) out.push_back({AttributionLine::Kind::Change, i, amount});
        if (!total_max_.is_zero()) out.push_back({AttributionLine::Kind::TotalMax, 0, total_max_});
        std::stable_sort(out.begin(), out.end(), [](const AttributionLine& a, const AttributionLine& b) {
            const Rational x = a.amount.is_negative() ? -a.amount : a.amount;
            const Rational y = b.amount.is_negative() ? -b.amount : b.amount;
            return x > y;
        });
        if (!other_.is_zero()) out.push_back({AttributionLine::Kind::Other, 0, other_});
        return out;
    }

    const RuleDiff& diff_;
    const UnitPair& u_;
    const TreeDef& ot_;
    const TreeDef& nt_;
    const TreeMatch* match_;
    Contributions old_, new_;
    std::map<std::size_t, Rational> by_change_;  // ordered by change: ties keep the diff's order
    Rational total_max_, other_;
};

}  // namespace

std::vector<AttributionLine> attribute(const RuleDiff& diff, const UnitPair& unit) {
    return Attributor(diff, unit).run();
}

}  // namespace chiso::diff
