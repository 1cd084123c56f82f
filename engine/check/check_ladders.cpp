#include <algorithm>
#include <set>

#include "engine/check/check.hpp"
#include "engine/check/check_messages.hpp"
#include "engine/model/condition_bounds.hpp"
#include "engine/model/interval_analysis.hpp"

namespace chiso {
namespace {

// Numbers compared with the index must lie on its scale (in `tree`, the tree whose
// maximum is the section's scale: there a percentage is largest).
void check_thresholds(const CondDef& c, std::size_t tree, const Rational& top, Diagnostics& diags) {
    for (const auto& link : c.chain) {
        const CondValue* number = nullptr;
        if (link.lhs.kind == Measure::Index && link.rhs.kind == Measure::Number) number = &link.rhs;
        if (link.rhs.kind == Measure::Index && link.lhs.kind == Measure::Number) number = &link.lhs;
        if (!number) continue;
        const Rational v = tree < number->scaled.size() ? number->scaled[tree] : number->number;
        if (v > top || v.is_negative())
            diags.error(number->loc, msg::kThresholdOutsideScale, number->number.to_string() + (number->percent ? "%" : ""), "0", top.to_string());
    }
    for (const auto& p : c.parts) check_thresholds(p, tree, top, diags);
}

bool in_section(const LadderSectionDef& section, const BlockDef& b) {
    return section.blocks.empty() ||
           std::find(section.blocks.begin(), section.blocks.end(), b.id) != section.blocks.end();
}

Rational scale_top(const Definition& def, const LadderSectionDef& section) {
    if (def.publish == Publish::Percent) return Rational(100);
    Rational top;
    for (const auto& b : def.blocks)
        if (in_section(section, b)) top = max(top, def.tree_of(b).root().max);
    return top;
}

// The tree a section's thresholds are read in: the one of its blocks with the largest
// maximum (the scale_top). Published as a percentage, every tree reads them alike.
std::size_t scale_tree(const Definition& def, const LadderSectionDef& section) {
    std::size_t tree = 0;
    bool found = false;
    for (const auto& b : def.blocks) {
        if (!in_section(section, b)) continue;
        if (!found || def.tree_of(b).root().max > def.trees[tree].root().max) tree = b.tree;
        found = true;
    }
    return tree;
}

void check_section(const Definition& def, const LadderDef& ladder, const LadderSectionDef& section,
                   Diagnostics& diags) {
    const Rational top = scale_top(def, section);
    const std::size_t tree = scale_tree(def, section);
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
        check_thresholds(*rung.when, tree, top, diags);
        if (rung.override_rung || otherwise_seen) continue;  // unreachable rungs cover nothing
        auto interval = index_interval(*rung.when, tree);
        if (!interval) {
            all_intervals = false;
            continue;
        }
        intervals.push_back(*interval);
        interval_rungs.push_back(&rung);
    }
    check_distribution_section(ladder, section, tree, top, diags);
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
