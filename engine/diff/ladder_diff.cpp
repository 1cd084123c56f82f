// The changes of classification ladders: per section (the default rungs, or those
// of a list of blocks), rungs matched by label. A moved cut-off is a changed
// condition; a renamed class is a rung whose label changed but not its condition.
#include <algorithm>

#include "engine/diff/diff_internal.hpp"

namespace chiso::diff::detail {
namespace {

// Sections are matched by the set of blocks they are written for.
std::string section_key(const LadderSectionDef& s) {
    std::vector<std::string> blocks = s.blocks;
    std::sort(blocks.begin(), blocks.end());
    std::string out;
    for (const auto& b : blocks) out += (out.empty() ? "" : ",") + b;
    return out;
}

std::string scope_of(const LadderDef& l, const LadderSectionDef& s) {
    const std::string key = section_key(s);
    return key.empty() ? l.id : l.id + "[" + key + "]";
}

// "override", "otherwise" or nothing: what the rung says besides its condition.
std::string rung_words(const RungDef& r) {
    if (!r.when) return r.override_rung ? "override otherwise" : "otherwise";
    return r.override_rung ? "override" : "";
}

const RungDef* find_rung(const LadderSectionDef& s, const std::string& label) {
    for (const auto& r : s.rungs)
        if (r.label == label) return &r;
    return nullptr;
}

class SectionDiff {
public:
    SectionDiff(std::string scope, const LadderSectionDef* o, const LadderSectionDef* n, std::vector<RuleChange>& out)
        : scope_(std::move(scope)), o_(o), n_(n), out_(out) {}

    void run() {
        std::vector<const RungDef*> gone, fresh;
        if (o_)
            for (const auto& r : o_->rungs)
                if (!n_ || !find_rung(*n_, r.label)) gone.push_back(&r);
        if (n_)
            for (const auto& r : n_->rungs) {
                const RungDef* old = o_ ? find_rung(*o_, r.label) : nullptr;
                if (!old) fresh.push_back(&r);
                else if (old->override_rung != r.override_rung || !same_when(old->when, r.when)) condition(*old, r);
            }
        relabelled(gone, fresh);
        for (const RungDef* r : gone) out_.push_back(rung(ChangeKind::RungRemoved, r->label, r, nullptr));
        for (const RungDef* r : fresh) out_.push_back(rung(ChangeKind::RungAdded, r->label, nullptr, r));
        if (o_ && n_) order();
    }

private:
    RuleChange rung(ChangeKind kind, const std::string& label, const RungDef* o, const RungDef* n) const {
        RuleChange c = change(kind, scope_, label, o ? rung_words(*o) : "", n ? rung_words(*n) : "",
                              o ? o->loc : SourceLoc{}, n ? n->loc : SourceLoc{});
        c.old_written = o && o->when ? o->when->written : "";
        c.new_written = n && n->when ? n->when->written : "";
        return c;
    }

    void condition(const RungDef& o, const RungDef& n) {
        RuleChange c = rung(ChangeKind::RungConditionChanged, n.label, &o, &n);
        if (o.when) c.old_loc = o.when->loc;  // the cut-off itself, in the file that wrote it
        if (n.when) c.new_loc = n.when->loc;
        out_.push_back(std::move(c));
    }

    // A rung removed and one added with the same condition: the class was renamed.
    void relabelled(std::vector<const RungDef*>& gone, std::vector<const RungDef*>& fresh) {
        for (auto g = gone.begin(); g != gone.end();) {
            auto f = std::find_if(fresh.begin(), fresh.end(), [&](const RungDef* r) {
                return r->override_rung == (*g)->override_rung && same_when(r->when, (*g)->when);
            });
            if (f == fresh.end()) {
                ++g;
                continue;
            }
            RuleChange c = rung(ChangeKind::RungLabelChanged, (*f)->label, *g, *f);
            c.old_text = quoted((*g)->label);
            c.new_text = quoted((*f)->label);
            c.old_written.clear();
            c.new_written.clear();
            out_.push_back(std::move(c));
            fresh.erase(f);
            g = gone.erase(g);
        }
    }

    // The rungs kept on both sides, in the order tried: first match wins, so a
    // new order can change a class without any condition changing.
    void order() {
        std::vector<std::string> before, after;
        for (const auto& r : o_->rungs)
            if (find_rung(*n_, r.label)) before.push_back(r.label);
        for (const auto& r : n_->rungs)
            if (find_rung(*o_, r.label)) after.push_back(r.label);
        if (before == after) return;
        auto joined = [](const std::vector<std::string>& v) {
            std::string out;
            for (const auto& s : v) out += (out.empty() ? "" : " > ") + quoted(s);
            return out;
        };
        out_.push_back(change(ChangeKind::RungOrderChanged, scope_, "", joined(before), joined(after), o_->loc, n_->loc));
    }

    std::string scope_;
    const LadderSectionDef* o_;
    const LadderSectionDef* n_;
    std::vector<RuleChange>& out_;
};

const LadderDef* find_ladder(const Definition& def, const std::string& id) {
    for (const auto& l : def.ladders)
        if (l.id == id) return &l;
    return nullptr;
}

const LadderSectionDef* find_section(const LadderDef& l, const std::string& key) {
    for (const auto& s : l.sections)
        if (section_key(s) == key && (!key.empty() || !s.rungs.empty())) return &s;
    return nullptr;
}

void diff_ladder(const LadderDef& o, const LadderDef& n, std::vector<RuleChange>& out) {
    if (o.name != n.name)
        out.push_back(change(ChangeKind::LadderNameChanged, n.id, "", quoted(o.name), quoted(n.name), o.loc, n.loc));
    for (const auto& s : n.sections) {
        if (s.rungs.empty()) continue;  // the default section may be empty
        SectionDiff(scope_of(n, s), find_section(o, section_key(s)), &s, out).run();
    }
    for (const auto& s : o.sections)
        if (!s.rungs.empty() && !find_section(n, section_key(s))) SectionDiff(scope_of(o, s), &s, nullptr, out).run();
}

}  // namespace

void diff_ladders(const Definition& od, const Definition& nd, std::vector<RuleChange>& out) {
    for (const auto& n : nd.ladders) {
        if (const LadderDef* o = find_ladder(od, n.id)) diff_ladder(*o, n, out);
        else out.push_back(change(ChangeKind::LadderAdded, n.id, "", "", quoted(n.name), SourceLoc{}, n.loc));
    }
    for (const auto& o : od.ladders)
        if (!find_ladder(nd, o.id))
            out.push_back(change(ChangeKind::LadderRemoved, o.id, "", quoted(o.name), "", o.loc, SourceLoc{}));
}

}  // namespace chiso::diff::detail
