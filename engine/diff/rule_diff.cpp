#include "engine/diff/rule_diff.hpp"

#include <algorithm>

#include "engine/diff/diff_internal.hpp"

namespace chiso::diff {
namespace detail {

RuleChange change(ChangeKind kind, std::string scope, std::string subject, std::string old_text,
                  std::string new_text, const SourceLoc& old_loc, const SourceLoc& new_loc) {
    RuleChange c;
    c.kind = kind;
    c.scope = std::move(scope);
    c.subject = std::move(subject);
    c.old_text = std::move(old_text);
    c.new_text = std::move(new_text);
    c.old_loc = old_loc;
    c.new_loc = new_loc;
    return c;
}

std::string percent_text(const Rational& fraction) { return rational_text(fraction * Rational(100)) + "%"; }

}  // namespace detail

namespace {

using detail::change;

const char* publish_word(Publish p) { return p == Publish::Percent ? "percent" : "points"; }
const char* by_word(RankBy b) { return b == RankBy::Index ? "index" : "points"; }
const char* na_word(NaPolicy p) { return p == NaPolicy::Exclude ? "exclude" : p == NaPolicy::Full ? "full" : "zero"; }

const char* ties_word(TiePolicy t) {
    switch (t) {
        case TiePolicy::Shared: return "shared";
        case TiePolicy::Dense: return "dense";
        case TiePolicy::Distinct: return "distinct";
    }
    return "shared";
}

const char* mode_word(RoundingMode m) {
    switch (m) {
        case RoundingMode::HalfUp: return "half_up";
        case RoundingMode::HalfEven: return "half_even";
        case RoundingMode::Down: return "down";
        case RoundingMode::Up: return "up";
    }
    return "half_up";
}

std::string tie_breaks_text(const std::vector<TieBreakDef>& breaks) {
    std::string out;
    for (const auto& t : breaks) {
        if (!out.empty()) out += ", ";
        switch (t.key) {
            case TieKey::Points: out += "points"; break;
            case TieKey::Index: out += "index"; break;
            case TieKey::Name: out += "name"; break;
            case TieKey::Id: out += "id"; break;
            case TieKey::NodePoints: out += t.code; break;
        }
    }
    return out;
}

std::string bases_text(const Definition& def) {
    std::string out;
    for (const auto& b : def.bases) out += (out.empty() ? "" : "; ") + b.number;
    return out;
}

// Positions of the header statements; the basis: the first that the other side
// does not have, else the first.
struct DiffLocs : HeaderLocs {
    SourceLoc basis;
};

DiffLocs header_locs(const Definition& def, const Definition& other) {
    DiffLocs h{def.header_locs, {}};
    for (std::size_t i = 0; i < def.bases.size(); ++i) {
        const bool shared = i < other.bases.size() && other.bases[i].number == def.bases[i].number;
        if (!shared || !h.basis.known()) h.basis = def.bases[i].loc;
        if (!shared) break;
    }
    return h;
}

class HeaderDiff {
public:
    HeaderDiff(const Definition& o, const Definition& n, std::vector<RuleChange>& out)
        : o_(o), n_(n), ol_(header_locs(o, n)), nl_(header_locs(n, o)), out_(out) {}

    void run() {
        text(ChangeKind::IndexChanged, o_.index_id + " " + quoted(o_.index_name),
             n_.index_id + " " + quoted(n_.index_name), ol_.index, nl_.index);
        text(ChangeKind::LocalityChanged, o_.locality_id + " " + quoted(o_.locality_name),
             n_.locality_id + " " + quoted(n_.locality_name), ol_.locality, nl_.locality);
        text(ChangeKind::YearChanged, std::to_string(o_.year), std::to_string(n_.year), ol_.year, nl_.year);
        text(ChangeKind::BasisChanged, bases_text(o_), bases_text(n_), ol_.basis, nl_.basis);
        text(ChangeKind::PublishChanged, publish_word(o_.publish), publish_word(n_.publish), ol_.publish, nl_.publish);
        text(ChangeKind::PlacesChanged, std::to_string(o_.places), std::to_string(n_.places), ol_.rounding, nl_.rounding);
        text(ChangeKind::RoundingModeChanged, mode_word(o_.rounding), mode_word(n_.rounding), ol_.rounding, nl_.rounding);
        ranking();
        text(ChangeKind::DefaultNaChanged, na_word(o_.default_na), na_word(n_.default_na), ol_.na, nl_.na);
        text(ChangeKind::MissingChanged, o_.missing_is_zero ? "zero" : "error", n_.missing_is_zero ? "zero" : "error",
             ol_.missing, nl_.missing);
    }

private:
    void ranking() {
        const RankingDef& a = o_.ranking;
        const RankingDef& b = n_.ranking;
        text(ChangeKind::RankByChanged, by_word(a.by), by_word(b.by), ol_.ranking, nl_.ranking);
        text(ChangeKind::OnRoundedChanged, a.on_rounded ? "rounded" : "exact", b.on_rounded ? "rounded" : "exact",
             ol_.ranking, nl_.ranking);
        text(ChangeKind::TiesChanged, ties_word(a.ties), ties_word(b.ties), ol_.ranking, nl_.ranking);
        text(ChangeKind::TieBreaksChanged, tie_breaks_text(a.tie_breaks), tie_breaks_text(b.tie_breaks), ol_.ranking,
             nl_.ranking);
        text(ChangeKind::WithinGroupChanged, a.within_group ? "within group" : "", b.within_group ? "within group" : "",
             ol_.ranking, nl_.ranking);
    }

    void text(ChangeKind kind, const std::string& a, const std::string& b, const SourceLoc& la, const SourceLoc& lb) {
        if (a != b) out_.push_back(change(kind, "", "", a, b, la, lb));
    }

    const Definition& o_;
    const Definition& n_;
    DiffLocs ol_, nl_;
    std::vector<RuleChange>& out_;
};

std::string excluded_text(const Definition& def, const BlockDef& b) {
    std::vector<std::string> codes;
    for (NodeId id : b.excluded) codes.push_back(def.tree_of(b).nodes[id].code);
    std::sort(codes.begin(), codes.end());  // a set: the order written does not matter
    std::string out;
    for (const auto& c : codes) out += (out.empty() ? "" : ", ") + c;
    return out;
}

void diff_block(const Definition& od, const BlockDef& o, const Definition& nd, const BlockDef& n,
                std::vector<RuleChange>& out) {
    if (o.name != n.name)
        out.push_back(change(ChangeKind::BlockNameChanged, n.id, "", o.name, n.name, o.loc, n.loc));
    const std::string& ot = od.tree_of(o).id;
    const std::string& nt = nd.tree_of(n).id;
    if (ot != nt) out.push_back(change(ChangeKind::BlockTreeChanged, n.id, "", ot, nt, o.loc, n.loc));
    const std::string oe = excluded_text(od, o);
    const std::string ne = excluded_text(nd, n);
    if (oe != ne) {
        RuleChange c = change(ChangeKind::BlockExcludedChanged, n.id, "", oe, ne, o.loc, n.loc);
        c.old_tree = o.tree;
        c.new_tree = n.tree;
        out.push_back(std::move(c));
    }
}

void diff_blocks(const Definition& od, const Definition& nd, std::vector<RuleChange>& out) {
    for (const auto& n : nd.blocks) {
        if (const BlockDef* o = od.find_block(n.id)) diff_block(od, *o, nd, n, out);
        else out.push_back(change(ChangeKind::BlockAdded, n.id, "", "", n.name, SourceLoc{}, n.loc));
    }
    for (const auto& o : od.blocks)
        if (!nd.find_block(o.id)) out.push_back(change(ChangeKind::BlockRemoved, o.id, "", o.name, "", o.loc, SourceLoc{}));
}

const StatDef* find_stat(const Definition& def, const std::string& id) {
    for (const auto& s : def.stats)
        if (s.id == id) return &s;
    return nullptr;
}

RuleChange stat_change(ChangeKind kind, const StatDef* o, const StatDef* n) {
    const std::string& id = n ? n->id : o->id;
    RuleChange c = change(kind, id, "", o ? quoted(o->label) + " count" : "",
                          n ? quoted(n->label) + " count" : "", o ? o->loc : SourceLoc{}, n ? n->loc : SourceLoc{});
    c.old_written = o && o->when ? o->when->written : "";
    c.new_written = n && n->when ? n->when->written : "";
    return c;
}

void diff_stats(const Definition& od, const Definition& nd, std::vector<RuleChange>& out) {
    for (const auto& n : nd.stats) {
        const StatDef* o = find_stat(od, n.id);
        if (!o) out.push_back(stat_change(ChangeKind::StatAdded, nullptr, &n));
        else if (o->label != n.label || !detail::same_when(o->when, n.when)) out.push_back(stat_change(ChangeKind::StatChanged, o, &n));
    }
    for (const auto& o : od.stats)
        if (!find_stat(nd, o.id)) out.push_back(stat_change(ChangeKind::StatRemoved, &o, nullptr));
}

}  // namespace

const char* kind_id(ChangeKind kind) {
    switch (kind) {
        case ChangeKind::IndexChanged: return "index_changed";
        case ChangeKind::LocalityChanged: return "locality_changed";
        case ChangeKind::YearChanged: return "year_changed";
        case ChangeKind::BasisChanged: return "basis_changed";
        case ChangeKind::PublishChanged: return "publish_changed";
        case ChangeKind::PlacesChanged: return "places_changed";
        case ChangeKind::RoundingModeChanged: return "rounding_mode_changed";
        case ChangeKind::RankByChanged: return "rank_by_changed";
        case ChangeKind::OnRoundedChanged: return "on_rounded_changed";
        case ChangeKind::TiesChanged: return "ties_changed";
        case ChangeKind::TieBreaksChanged: return "tie_breaks_changed";
        case ChangeKind::WithinGroupChanged: return "within_group_changed";
        case ChangeKind::DefaultNaChanged: return "default_na_changed";
        case ChangeKind::MissingChanged: return "missing_changed";
        case ChangeKind::TreeAdded: return "tree_added";
        case ChangeKind::TreeRemoved: return "tree_removed";
        case ChangeKind::TreeTitleChanged: return "tree_title_changed";
        case ChangeKind::NodeAdded: return "node_added";
        case ChangeKind::NodeRemoved: return "node_removed";
        case ChangeKind::NodeMoved: return "node_moved";
        case ChangeKind::NodeCodeChanged: return "node_code_changed";
        case ChangeKind::NodeTitleChanged: return "node_title_changed";
        case ChangeKind::NodeMaxChanged: return "node_max_changed";
        case ChangeKind::NodeWeightChanged: return "node_weight_changed";
        case ChangeKind::NodeAggregationChanged: return "node_aggregation_changed";
        case ChangeKind::NodeRuleChanged: return "node_rule_changed";
        case ChangeKind::NodeNaChanged: return "node_na_changed";
        case ChangeKind::NodeFlagChanged: return "node_flag_changed";
        case ChangeKind::NodeDefaultChanged: return "node_default_changed";
        case ChangeKind::BlockAdded: return "block_added";
        case ChangeKind::BlockRemoved: return "block_removed";
        case ChangeKind::BlockNameChanged: return "block_name_changed";
        case ChangeKind::BlockTreeChanged: return "block_tree_changed";
        case ChangeKind::BlockExcludedChanged: return "block_excluded_changed";
        case ChangeKind::LadderAdded: return "ladder_added";
        case ChangeKind::LadderRemoved: return "ladder_removed";
        case ChangeKind::LadderNameChanged: return "ladder_name_changed";
        case ChangeKind::RungAdded: return "rung_added";
        case ChangeKind::RungRemoved: return "rung_removed";
        case ChangeKind::RungConditionChanged: return "rung_condition_changed";
        case ChangeKind::RungLabelChanged: return "rung_label_changed";
        case ChangeKind::RungOrderChanged: return "rung_order_changed";
        case ChangeKind::StatAdded: return "stat_added";
        case ChangeKind::StatRemoved: return "stat_removed";
        case ChangeKind::StatChanged: return "stat_changed";
    }
    return "unknown";
}

const TreeMatch* RuleDiff::match_for_old_tree(std::size_t old_tree) const {
    for (const auto& m : trees)
        if (m.old_tree == old_tree) return &m;
    return nullptr;
}

const TreeMatch* RuleDiff::match_for_new_tree(std::size_t new_tree) const {
    for (const auto& m : trees)
        if (m.new_tree == new_tree) return &m;
    return nullptr;
}

std::optional<std::string> RuleDiff::new_code_for(const std::string& old_tree_id, const std::string& old_code) const {
    for (const auto& m : trees) {
        const TreeDef& o = old_def->trees[m.old_tree];
        if (o.id != old_tree_id) continue;
        const NodeId id = o.find(old_code);
        if (id == kNoNode || m.old_to_new[id] == kNoNode) return std::nullopt;
        return new_def->trees[m.new_tree].nodes[m.old_to_new[id]].code;
    }
    return std::nullopt;
}

RuleDiff diff_rules(const Definition& old_def, const Definition& new_def, const DiffSources& sources) {
    RuleDiff out;
    out.old_def = &old_def;
    out.new_def = &new_def;
    HeaderDiff(old_def, new_def, out.changes).run();
    detail::diff_trees(old_def, new_def, sources, out);
    diff_blocks(old_def, new_def, out.changes);
    detail::diff_ladders(old_def, new_def, out.changes);
    diff_stats(old_def, new_def, out.changes);
    return out;
}

}  // namespace chiso::diff
