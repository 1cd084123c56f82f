// The changes of the trees: per tree present on both sides, its nodes in the new
// tree's pre-order, each removed node at the place it had in the old tree.
#include <algorithm>

#include "engine/diff/diff_internal.hpp"

namespace chiso::diff::detail {
namespace {

std::optional<std::size_t> tree_index(const Definition& def, const std::string& id) {
    for (std::size_t i = 0; i < def.trees.size(); ++i)
        if (def.trees[i].id == id) return i;
    return std::nullopt;
}

std::string inputs_text(const NodeDef& n) {
    std::string out;
    for (const auto& i : n.inputs) out += (out.empty() ? "inputs " : ", ") + i;
    return out;
}

// "sum", "weighted", "weighted geometric", "weighted harmonic": how a node combines its children.
std::string aggregation_word(const NodeDef& n) {
    if (!n.weighted) return "sum";
    const std::string mean = mean_written(n.mean);
    return mean.empty() ? "weighted" : "weighted " + mean;
}

std::string flag_word(bool set, const char* word) { return set ? word : ""; }

class TreeDiff {
public:
    TreeDiff(const Definition& od, std::size_t ot, const Definition& nd, std::size_t nt, const DiffSources& sources,
             std::vector<RuleChange>& out)
        : ot_(ot), nt_(nt), o_(od.trees[ot]), n_(nd.trees[nt]), sources_(sources),
          match_(match_nodes(o_, n_)), out_(out) {}

    TreeMatch run() {
        if (o_.title != n_.title) push(change(ChangeKind::TreeTitleChanged, n_.id, "", quoted(o_.title), quoted(n_.title), o_.loc, n_.loc), 0, 0);
        const auto removed = removed_after();
        for (NodeId id = 0; id < n_.nodes.size(); ++id) {
            const NodeId old = match_.new_to_old[id];
            if (old != kNoNode) pair(old, id);
            else if (match_.new_to_old[n_.nodes[id].parent] != kNoNode) added(id);
            for (NodeId r : removed[id]) removed_node(r);
        }
        return std::move(match_);
    }

private:
    // Top removed old nodes, each after the new node matching the old node before it
    // in pre-order (the root at worst, which always matches).
    std::vector<std::vector<NodeId>> removed_after() const {
        std::vector<std::vector<NodeId>> out(n_.nodes.size());
        NodeId anchor = 0;
        for (NodeId id = 1; id < o_.nodes.size(); ++id) {
            if (match_.old_to_new[id] != kNoNode) anchor = match_.old_to_new[id];
            else if (match_.old_to_new[o_.nodes[id].parent] != kNoNode) out[anchor].push_back(id);
        }
        return out;
    }

    void added(NodeId id) {
        const NodeDef& n = n_.nodes[id];
        push(change(ChangeKind::NodeAdded, n_.id, n.code, "", quoted(n.title), SourceLoc{}, n.loc), kNoNode, id);
    }

    void removed_node(NodeId id) {
        const NodeDef& o = o_.nodes[id];
        push(change(ChangeKind::NodeRemoved, n_.id, o.code, quoted(o.title), "", o.loc, SourceLoc{}), id, kNoNode);
    }

    // Where a change of `attribute` that carries no position of its own was written:
    // the `change`/`move` line recorded by the merge, else the node.
    SourceLoc origin(const Origins* origins, const std::string& code, const char* attribute, const SourceLoc& node) const {
        if (!origins) return node;
        // The root's attributes are the tree's: `edit tree <id> weighted …` records them there.
        const auto* list = origins->find(code == n_.root().code ? Origins::tree_key(n_.id) : Origins::node_key(n_.id, code));
        if (!list) return node;
        for (const auto& o : *list)
            if (o.attribute == attribute && o.loc.known()) return o.loc;
        return node;
    }

    void pair(NodeId oid, NodeId nid) {
        const NodeDef& o = o_.nodes[oid];
        const NodeDef& n = n_.nodes[nid];
        const SourceLoc moved_at = origin(sources_.new_origins, n.code, "move", n.loc);
        if (match_.how[nid] == MatchedBy::Title)
            push(change(ChangeKind::NodeCodeChanged, n_.id, n.code, o.code, n.code, o.loc, moved_at), oid, nid);
        if (match_.moved(o_, n_, nid)) {
            const std::string& op = o_.nodes[o.parent].code;
            const std::string& np = n_.nodes[n.parent].code;
            push(change(ChangeKind::NodeMoved, n_.id, n.code, op, np, o.loc, moved_at), oid, nid);
        }
        if (o.title != n.title)
            push(change(ChangeKind::NodeTitleChanged, n_.id, n.code, quoted(o.title), quoted(n.title),
                        origin(sources_.old_origins, o.code, "title", o.loc),
                        origin(sources_.new_origins, n.code, "title", n.loc)), oid, nid);
        numbers(oid, nid);
        if (o.weighted != n.weighted || (n.weighted && o.mean != n.mean))
            push(change(ChangeKind::NodeAggregationChanged, n_.id, n.code, aggregation_word(o), aggregation_word(n), o.loc, origin(sources_.new_origins, n.code, "weighted", n.loc)),
                 oid, nid);
        rule(oid, nid);
        range(oid, nid);
        normalisation(oid, nid);
        policies(oid, nid);
    }


    void numbers(NodeId oid, NodeId nid) {
        const NodeDef& o = o_.nodes[oid];
        const NodeDef& n = n_.nodes[nid];
        if (o.max != n.max)
            push(change(ChangeKind::NodeMaxChanged, n_.id, n.code, rational_text(o.max), rational_text(n.max),
                        max_loc(o_, oid), max_loc(n_, nid)), oid, nid);
        if (o.weight != n.weight)
            push(change(ChangeKind::NodeWeightChanged, n_.id, n.code, o.weight ? percent_text(*o.weight) : "",
                        n.weight ? percent_text(*n.weight) : "", written_or(o.written.weight, o.loc),
                        written_or(n.written.weight, n.loc)), oid, nid);
        if (o.default_value != n.default_value)
            push(change(ChangeKind::NodeDefaultChanged, n_.id, n.code, o.default_value ? rational_text(*o.default_value) : "",
                        n.default_value ? rational_text(*n.default_value) : "", written_or(o.written.default_value, o.loc),
                        written_or(n.written.default_value, n.loc)), oid, nid);
    }

    // The root's maximum is the tree's.
    static SourceLoc max_loc(const TreeDef& t, NodeId id) {
        if (id == 0) return written_or(t.max_loc, t.loc);
        return written_or(t.nodes[id].written.max, t.nodes[id].loc);
    }

    void rule(NodeId oid, NodeId nid) {
        const NodeDef& o = o_.nodes[oid];
        const NodeDef& n = n_.nodes[nid];
        if (!o.is_leaf() || !n.is_leaf()) return;  // a leaf that gained children changed shape, not rule
        // Two rules are the same rule when written the same; none written is `points`.
        // A level "75%" whose node's maximum changed is a change of the maximum, not of the rule.
        const std::string orule = o.written.rule.value_or("points");
        const std::string nrule = n.written.rule.value_or("points");
        if (orule == nrule && o.inputs == n.inputs) return;
        RuleChange c = change(ChangeKind::NodeRuleChanged, n_.id, n.code, inputs_text(o), inputs_text(n),
                              o.rule ? o.rule->loc : o.loc, n.rule ? n.rule->loc : n.loc);
        c.old_written = o.written.rule.value_or("");
        c.new_written = n.written.rule.value_or("");
        push(std::move(c), oid, nid);
    }

    // `allow negative` and `up to N%` change what a rule accepts (and so which units
    // are refused): a change of either is listed, at the attribute where it is written.
    void range(NodeId oid, NodeId nid) {
        const NodeDef& o = o_.nodes[oid];
        const NodeDef& n = n_.nodes[nid];
        if (!o.rule || !n.rule) return;
        const auto where = [](const NodeDef& node, bool up_to) {
            return written_or(up_to ? node.written.up_to : node.written.allow_negative, node.loc);
        };
        if (o.rule->allow_negative != n.rule->allow_negative)
            push(change(ChangeKind::NodeFlagChanged, n_.id, n.code, flag_word(o.rule->allow_negative, "allow negative"),
                        flag_word(n.rule->allow_negative, "allow negative"), where(o, false),
                        where(n, false)),
                 oid, nid);
        const std::string ou = up_to_text(*o.rule), nu = up_to_text(*n.rule);
        if (ou != nu)
            push(change(ChangeKind::NodeFlagChanged, n_.id, n.code, ou, nu, where(o, true),
                        where(n, true)),
                 oid, nid);
    }

    // `normalise …` changes how the node's points come from its raw value (on a leaf
    // or an inner node): listed as a change of its rule, as written.
    void normalisation(NodeId oid, NodeId nid) {
        const NodeDef& o = o_.nodes[oid];
        const NodeDef& n = n_.nodes[nid];
        const std::string ow = o.normalise ? o.normalise->written : "";
        const std::string nw = n.normalise ? n.normalise->written : "";
        if (ow == nw) return;
        RuleChange c = change(ChangeKind::NodeRuleChanged, n_.id, n.code, inputs_text(o), inputs_text(n),
                              o.normalise ? o.normalise->loc : o.loc, n.normalise ? n.normalise->loc : n.loc);
        c.old_written = ow;
        c.new_written = nw;
        push(std::move(c), oid, nid);
    }

    static std::string up_to_text(const RuleDef& r) {
        if (!r.ratio_limit || *r.ratio_limit == Rational(1)) return "";
        return "up to " + (*r.ratio_limit * Rational(100)).to_string(4) + "%";
    }

    void policies(NodeId oid, NodeId nid) {
        const NodeDef& o = o_.nodes[oid];
        const NodeDef& n = n_.nodes[nid];
        // The policy matters only where "không áp dụng" may be entered.
        if ((o.optional || n.optional) && o.na != n.na) {
            const SourceLoc ol = o.written.na.file ? o.written.na : o.loc;
            const SourceLoc nl = n.written.na.file ? n.written.na : n.loc;
            push(change(ChangeKind::NodeNaChanged, n_.id, n.code, na_name(o.na), na_name(n.na), ol, nl), oid, nid);
        }
        flag(oid, nid, o.optional, n.optional, "optional");
        flag(oid, nid, o.survey, n.survey, "survey");
        flag(oid, nid, o.unchecked, n.unchecked, "unchecked");
    }

    void flag(NodeId oid, NodeId nid, bool a, bool b, const char* word) {
        if (a == b) return;
        const NodeDef& o = o_.nodes[oid];
        const NodeDef& n = n_.nodes[nid];
        push(change(ChangeKind::NodeFlagChanged, n_.id, n.code, flag_word(a, word), flag_word(b, word),
                    origin(sources_.old_origins, o.code, word, o.loc), origin(sources_.new_origins, n.code, word, n.loc)),
             oid, nid);
    }

    static const char* na_name(NaPolicy p) {
        return p == NaPolicy::Exclude ? "exclude" : p == NaPolicy::Full ? "full" : "zero";
    }

    void push(RuleChange c, NodeId oid, NodeId nid) {
        c.old_tree = ot_;
        c.new_tree = nt_;
        c.old_node = oid;
        c.new_node = nid;
        out_.push_back(std::move(c));
    }

    std::size_t ot_, nt_;
    const TreeDef& o_;
    const TreeDef& n_;
    const DiffSources& sources_;
    TreeMatch match_;
    std::vector<RuleChange>& out_;
};

}  // namespace

void diff_trees(const Definition& od, const Definition& nd, const DiffSources& sources, RuleDiff& out) {
    for (std::size_t nt = 0; nt < nd.trees.size(); ++nt) {
        const TreeDef& n = nd.trees[nt];
        const auto ot = tree_index(od, n.id);
        if (!ot) {
            RuleChange c = change(ChangeKind::TreeAdded, n.id, "", "", quoted(n.title), SourceLoc{}, n.loc);
            c.new_tree = nt;
            out.changes.push_back(std::move(c));
            continue;
        }
        TreeMatch m = TreeDiff(od, *ot, nd, nt, sources, out.changes).run();
        m.old_tree = *ot;
        m.new_tree = nt;
        out.trees.push_back(std::move(m));
    }
    for (std::size_t ot = 0; ot < od.trees.size(); ++ot) {
        const TreeDef& o = od.trees[ot];
        if (tree_index(nd, o.id)) continue;
        RuleChange c = change(ChangeKind::TreeRemoved, o.id, "", quoted(o.title), "", o.loc, SourceLoc{});
        c.old_tree = ot;
        out.changes.push_back(std::move(c));
    }
}

}  // namespace chiso::diff::detail
