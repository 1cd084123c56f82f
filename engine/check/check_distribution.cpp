// Ladders whose cut-offs come from the year's distribution (`index >= mean + 1 *
// sd(sample)`, docs/language.md §15d): their numbers are unknown until the scores are,
// so the intervals of check_ladders.cpp cannot be drawn. What can still be proved for
// every possible year: the rungs, read as `lower <= index < upper` with bounds that are
// numbers plus multiples of statistics, follow one another — each starts exactly where
// the one below it ends (the same bound, one side strict) — from the bottom of the scale
// to its top, and each upper bound is at least its lower one because the difference is
// a number >= 0 plus multiples >= 0 of a standard deviation (an sd is never negative)
// or a later percentile minus an earlier one of the same values and method (percentiles
// are monotone in p). Then no index falls in two rungs or none. Where that cannot be
// shown the checker says so plainly (a note), rather than prove nothing silently.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/check/check.hpp"
#include "engine/check/check_messages.hpp"
#include "engine/model/condition.hpp"

namespace chiso {
namespace {

// constant + Σ coef × statistic (keyed by the statistic as written).
struct Form {
    Rational constant;
    std::map<std::string, Rational> stats;
    std::map<std::string, StatSpec> specs;
    bool operator==(const Form& o) const { return constant == o.constant && stats == o.stats; }
};

struct SymBound {
    Cmp cmp = Cmp::Ge;  // index cmp form
    Form form;
};

struct SymRung {
    std::optional<SymBound> lower, upper;
    const RungDef* rung = nullptr;
};

void add_term(Form& f, const Rational& coef, const CondValue& v, std::size_t tree, bool& ok) {
    switch (v.kind) {
        case Measure::Number:
            if (v.rank_share) ok = false;
            f.constant += coef * (tree < v.scaled.size() ? v.scaled[tree] : v.number);
            return;
        case Measure::Stat: {
            Rational& c = f.stats[v.stat.written];
            c = c + coef;
            if (c.is_zero()) f.stats.erase(v.stat.written);
            f.specs[v.stat.written] = v.stat;
            return;
        }
        case Measure::Linear:
            for (const auto& t : v.terms) add_term(f, coef * t.coef, t.value, tree, ok);
            return;
        default: ok = false; return;  // the unit's own values: not a cut-off
    }
}

std::optional<Form> form_of(const CondValue& v, std::size_t tree) {
    bool ok = true;
    Form f;
    add_term(f, Rational(1), v, tree, ok);
    if (!ok) return std::nullopt;
    return f;
}

bool is_lower(Cmp c) { return c == Cmp::Ge || c == Cmp::Gt; }

// The rung as bounds on the index; nullopt when it says anything else.
std::optional<SymRung> sym_rung(const CondDef& c, std::size_t tree) {
    if (c.kind == CondDef::Kind::All) {
        SymRung out;
        for (const auto& part : c.parts) {
            auto r = sym_rung(part, tree);
            if (!r || (r->lower && out.lower) || (r->upper && out.upper)) return std::nullopt;
            if (r->lower) out.lower = r->lower;
            if (r->upper) out.upper = r->upper;
        }
        return out;
    }
    if (c.kind != CondDef::Kind::Compare) return std::nullopt;
    SymRung out;
    for (const auto& link : c.chain) {
        const bool index_left = link.lhs.kind == Measure::Index;
        if (!index_left && link.rhs.kind != Measure::Index) return std::nullopt;
        const Cmp cmp = index_left ? link.cmp : flipped(link.cmp);
        if (cmp == Cmp::Eq) return std::nullopt;
        auto form = form_of(index_left ? link.rhs : link.lhs, tree);
        if (!form) return std::nullopt;
        auto& slot = is_lower(cmp) ? out.lower : out.upper;
        if (slot) return std::nullopt;
        slot = SymBound{cmp, *form};
    }
    return out;
}

bool uses_stats(const SymRung& r) {
    return (r.lower && !r.lower->form.stats.empty()) || (r.upper && !r.upper->form.stats.empty());
}

// `d >= 0` for every year: a number >= 0, plus sds with coefficients >= 0, plus pairs
// percentile(q) - percentile(p), q >= p, of the same values and method.
bool provably_non_negative(const Form& d) {
    if (d.constant.is_negative()) return false;
    std::vector<std::pair<Rational, const StatSpec*>> pct;  // coef, spec
    for (const auto& [key, coef] : d.stats) {
        const StatSpec& s = d.specs.at(key);
        if (s.kind == StatKind::Sd) {
            if (coef.is_negative()) return false;
            continue;
        }
        if (s.kind != StatKind::Percentile) return false;
        pct.emplace_back(coef, &s);
    }
    // Pair each positive percentile with a negative one of smaller p, equal weight.
    std::vector<bool> used(pct.size(), false);
    for (std::size_t i = 0; i < pct.size(); ++i) {
        if (used[i] || pct[i].first.is_negative()) continue;
        bool paired = false;
        for (std::size_t j = 0; j < pct.size() && !paired; ++j) {
            if (used[j] || !(pct[j].first == -pct[i].first)) continue;
            const StatSpec& hi = *pct[i].second;
            const StatSpec& lo = *pct[j].second;
            if (hi.method == lo.method && hi.of == lo.of && hi.code == lo.code && lo.p <= hi.p) {
                used[i] = used[j] = true;
                paired = true;
            }
        }
        if (!paired) return false;
    }
    for (bool u : used)
        if (!u) return false;
    return true;
}

Form minus(const Form& a, const Form& b) {
    Form d = a;
    d.constant = a.constant - b.constant;
    for (const auto& [key, coef] : b.stats) {
        Rational& c = d.stats[key];
        c = c - coef;
        if (c.is_zero()) d.stats.erase(key);
        d.specs[key] = b.specs.at(key);
    }
    return d;
}

// One rung ends where the next starts: the same bound, exactly one of them strict.
bool meets(const SymBound& upper, const SymBound& lower) {
    return upper.form == lower.form && ((upper.cmp == Cmp::Lt) == (lower.cmp == Cmp::Ge));
}

// A rung from the bottom of the scale (0) or to its top, by a number or no bound.
bool at_bottom(const SymRung& r) {
    if (!r.lower) return true;
    const Rational& c = r.lower->form.constant;
    return r.lower->form.stats.empty() && (c.is_negative() || (c.is_zero() && r.lower->cmp == Cmp::Ge));
}

bool at_top(const SymRung& r, const Rational& top) {
    if (!r.upper) return true;
    const Rational& c = r.upper->form.constant;
    return r.upper->form.stats.empty() && (c > top || (c == top && r.upper->cmp == Cmp::Le));
}

// The rungs follow one another from the bottom of the scale to its top, each non-empty.
bool proves_cover(const std::vector<SymRung>& rungs, const Rational& top) {
    std::vector<bool> used(rungs.size(), false);
    const SymRung* at = nullptr;
    for (std::size_t i = 0; i < rungs.size(); ++i)
        if (at_bottom(rungs[i])) {
            if (at) return false;  // two rungs start at the bottom: they overlap
            at = &rungs[i];
            used[i] = true;
        }
    for (std::size_t steps = 0; at && steps < rungs.size(); ++steps) {
        if (at->lower && at->upper && !provably_non_negative(minus(at->upper->form, at->lower->form))) return false;
        if (at_top(*at, top)) break;
        const SymRung* next = nullptr;
        for (std::size_t i = 0; i < rungs.size(); ++i)
            if (!used[i] && rungs[i].lower && meets(*at->upper, *rungs[i].lower)) {
                if (next) return false;
                next = &rungs[i];
                used[i] = true;
            }
        at = next;
    }
    if (!at || !at_top(*at, top)) return false;
    for (bool u : used)
        if (!u) return false;
    return true;
}

}  // namespace

void check_distribution_section(const LadderDef& ladder, const LadderSectionDef& section, std::size_t tree,
                                const Rational& top, Diagnostics& diags) {
    std::vector<SymRung> rungs;
    bool any_stats = false, all_read = true, otherwise = false;
    const RungDef* first_stat = nullptr;
    for (const auto& rung : section.rungs) {
        if (!rung.when) {
            otherwise = true;
            continue;
        }
        if (rung.override_rung) continue;
        auto r = sym_rung(*rung.when, tree);
        if (!r) {
            all_read = false;
            continue;
        }
        r->rung = &rung;
        if (uses_stats(*r) && !first_stat) first_stat = &rung;
        any_stats = any_stats || uses_stats(*r);
        rungs.push_back(*r);
    }
    if (!any_stats) return;  // check_ladders.cpp's intervals have said everything
    if (all_read && !otherwise && proves_cover(rungs, top)) return;
    diags.note(first_stat->loc, msg::kLadderUnproven, ladder.id, first_stat->label);
}

}  // namespace chiso
