#include <algorithm>
#include <set>

#include "engine/check/check.hpp"
#include "engine/check/check_messages.hpp"
#include "engine/check/intervals.hpp"

namespace chiso {
namespace {

Cmp flipped(Cmp c) {
    switch (c) {
        case Cmp::Lt: return Cmp::Gt;
        case Cmp::Le: return Cmp::Ge;
        case Cmp::Gt: return Cmp::Lt;
        case Cmp::Ge: return Cmp::Le;
        case Cmp::Eq: return Cmp::Eq;
    }
    return c;
}

bool narrows_interval(IntervalDef& out, Cmp cmp, const Rational& v) {
    // `index cmp v`: a lower bound for > >=, an upper bound for < <=; `=` both.
    if (cmp == Cmp::Eq) {
        out.lower = BoundDef{Cmp::Eq, v};
        return true;
    }
    bool lower = cmp == Cmp::Gt || cmp == Cmp::Ge;
    auto& slot = lower ? out.lower : out.upper;
    if (slot) return false;  // two lower bounds on one rung: not a plain interval
    slot = BoundDef{cmp, v};
    return true;
}

// A number compared with the index, on the index's scale: `55%` is a share of the
// scale (55 when the index is a percentage, 44 on an 80-point scale), as in
// evaluation (condition_number, engine/model/definition.hpp).
Rational on_index_scale(const ast::Number& n, const Rational& top) { return condition_number(n, top); }

// The index interval a condition selects, when it speaks of nothing but the index.
bool collect_interval(const ast::Cond& c, IntervalDef& out, const Rational& top) {
    using K = ast::Cond::Kind;
    if (c.kind == K::And) {
        for (const auto& p : c.parts)
            if (!collect_interval(*p, out, top)) return false;
        return true;
    }
    if (c.kind != K::Compare) return false;
    for (std::size_t i = 0; i < c.cmps.size(); ++i) {
        const auto& a = c.operands[i];
        const auto& b = c.operands[i + 1];
        using O = ast::Operand::Kind;
        if (a.kind == O::Index && b.kind == O::Number) {
            if (!narrows_interval(out, c.cmps[i], on_index_scale(b.number, top))) return false;
        } else if (a.kind == O::Number && b.kind == O::Index) {
            if (!narrows_interval(out, flipped(c.cmps[i]), on_index_scale(a.number, top))) return false;
        } else {
            return false;
        }
    }
    return true;
}

std::optional<IntervalDef> index_interval(const ast::Cond& c, const Rational& top) {
    IntervalDef out;
    if (!collect_interval(c, out, top)) return std::nullopt;
    return out;
}

// Numbers compared with the index must lie on its scale.
void check_thresholds(const ast::Cond& c, const Rational& top, Diagnostics& diags) {
    for (std::size_t i = 0; i + 1 < c.operands.size(); ++i) {
        const auto& a = c.operands[i];
        const auto& b = c.operands[i + 1];
        const ast::Operand* number = nullptr;
        if (a.kind == ast::Operand::Kind::Index && b.kind == ast::Operand::Kind::Number) number = &b;
        if (b.kind == ast::Operand::Kind::Index && a.kind == ast::Operand::Kind::Number) number = &a;
        if (!number) continue;
        const Rational v = on_index_scale(number->number, top);
        if (v > top || v.is_negative())
            diags.error(number->loc, msg::kThresholdOutsideScale, number->number.value.to_string() + (number->number.percent ? "%" : ""), "0", top.to_string());
    }
    for (const auto& p : c.parts) check_thresholds(*p, top, diags);
}

Rational scale_top(const Definition& def, const LadderSectionDef& section) {
    if (def.publish == Publish::Percent) return Rational(100);
    Rational top;
    for (const auto& b : def.blocks) {
        bool in_section = section.blocks.empty();
        for (const auto& id : section.blocks) in_section = in_section || id == b.id;
        if (in_section) top = max(top, def.tree_of(b).root().max);
    }
    return top;
}

void check_section(const Definition& def, const LadderDef& ladder, const LadderSectionDef& section,
                   Diagnostics& diags) {
    const Rational top = scale_top(def, section);
    bool otherwise_seen = false;
    bool all_intervals = true;
    std::vector<IntervalDef> intervals;
    std::vector<const RungDef*> interval_rungs;
    for (const auto& rung : section.rungs) {
        if (otherwise_seen) diags.error(rung.loc, msg::kUnreachableRung, rung.label, ladder.id);
        if (!rung.when) {
            otherwise_seen = true;
            continue;
        }
        check_thresholds(*rung.when, top, diags);
        if (rung.override_rung || otherwise_seen) continue;  // unreachable rungs cover nothing
        auto interval = index_interval(*rung.when, top);
        if (!interval) {
            all_intervals = false;
            continue;
        }
        intervals.push_back(*interval);
        interval_rungs.push_back(&rung);
    }
    constexpr auto npos = static_cast<std::size_t>(-1);
    for (const auto& issue : analyse_intervals(intervals, Rational(0), top)) {
        if (issue.kind == IntervalIssue::Kind::Overlap) {
            const RungDef& a = *interval_rungs[issue.first];
            const RungDef& b = *interval_rungs[issue.second];
            diags.error(b.loc, msg::kLadderOverlap, ladder.id, a.label, b.label, issue.where);
        } else if (all_intervals && (!otherwise_seen || (issue.first != npos && issue.second != npos))) {
            // With `otherwise` the ends of the scale may be left to it, but a hole
            // between two rungs is still a typo ("< 89" under ">= 90").
            // Point at the rung that ends below the gap: its upper bound is the likely typo.
            std::size_t at = issue.first != npos ? issue.first : issue.second;
            SourceLoc loc = at != npos ? interval_rungs[at]->loc : section.loc;
            diags.error(loc, msg::kLadderGap, ladder.id, issue.where);
        }
    }
}

}  // namespace

void check_ladders(const Definition& def, Diagnostics& diags) {
    for (const auto& ladder : def.ladders) {
        bool any = false;
        for (const auto& section : ladder.sections) {
            if (section.rungs.empty()) continue;
            any = true;
            // A section naming an unknown block (reported by resolve) has no known scale.
            const bool blocks_known = std::all_of(section.blocks.begin(), section.blocks.end(),
                                                  [&](const std::string& id) { return def.find_block(id) != nullptr; });
            if (blocks_known) check_section(def, ladder, section, diags);
        }
        if (!any) diags.error(ladder.loc, msg::kEmptyLadder, ladder.id);
    }
}

}  // namespace chiso
