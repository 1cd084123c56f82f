#include "engine/report/build/publication.hpp"
#include "engine/report/build/diff_view.hpp"

#include <cmath>

#include <fmt/format.h>

#include "engine/core/text.hpp"
#include "engine/report/build/diff_kind_labels.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report::diffview {
namespace {

using diff::ChangeKind;
namespace dl = labels::diff;

std::string or_dash(const std::string& s) { return s.empty() ? "—" : s; }

std::string change_with_values(const diff::RuleChange& c, Lang lang) {
    const std::string o = value_text(c, true);
    const std::string n = value_text(c, false);
    std::string out = change_title(c, lang);
    if (o.empty() && n.empty()) return out;
    if (o.empty()) return out + ": " + n;
    if (n.empty()) return out + ": " + o;
    return out + ": " + o + " → " + n;
}

std::string rank_move_text(int move) {
    if (move > 0) return "↑" + std::to_string(move);
    if (move < 0) return "↓" + std::to_string(-move);
    return "";
}

std::string class_cell(const diff::ClassChange& c, Lang lang) {
    if (c.cause == diff::ClassCause::Unchanged) return c.new_label ? *c.new_label : "";
    return class_text(c.old_label, lang) + " → " + class_text(c.new_label, lang);
}

std::vector<Column> columns(const diff::BlockDiff& block, Lang lang) {
    std::vector<Column> cols{{labels::text(labels::col_id, lang), false},
                             {labels::text(labels::col_unit, lang), false},
                             {labels::text(dl::kColOldPoints, lang), true},
                             {labels::text(dl::kColNewPoints, lang), true},
                             {labels::text(dl::kColOldIndex, lang), true},
                             {labels::text(dl::kColNewIndex, lang), true},
                             {labels::text(dl::kColDeltaIndex, lang), true},
                             {labels::text(dl::kColOldRank, lang), true},
                             {labels::text(dl::kColNewRank, lang), true},
                             {labels::text(dl::kColDeltaRank, lang), true}};
    if (!block.units.empty())
        for (const auto& c : block.units.front().classes) cols.push_back({c.name, false});
    return cols;
}

std::vector<std::string> row(const diff::RuleDiff& rules, const diff::UnitDiff& u, Lang lang) {
    const Publication op = publication_of(*rules.old_def);
    const Publication np = publication_of(*rules.new_def);
    std::vector<std::string> r{u.new_unit->id,
                               u.new_unit->name,
                               op.text(u.old_unit->points, lang),
                               np.text(u.new_unit->points, lang),
                               op.text(u.old_unit->published, lang),
                               np.text(u.new_unit->published, lang),
                               signed_fixed(u.delta_index, std::max(op.places, np.places), lang),
                               std::to_string(u.old_unit->rank),
                               std::to_string(u.new_unit->rank),
                               rank_move_text(u.rank_move)};
    for (const auto& c : u.classes) r.push_back(class_cell(c, lang));
    return r;
}

std::string moved_units(const diff::RankMove& move, int sign, Lang lang) {
    if (move.units.empty()) return labels::text(dl::kNone, lang);
    std::string ids;
    for (const auto& id : move.units) ids += (ids.empty() ? "" : ", ") + id;
    return labels::format(dl::kMoveUnits, lang, ids, (sign > 0 ? "+" : "−") + std::to_string(move.places));
}

std::vector<std::string> summary(const diff::BlockDiff& block, Lang lang) {
    const diff::BlockSummary& s = block.summary;
    std::vector<std::string> out{labels::format(dl::kSummaryUnits, lang, s.units, s.changed)};
    for (std::size_t i = 0; i < s.class_changes.size(); ++i)
        out.push_back(labels::format(dl::kSummaryClass, lang, block.units.front().classes[i].name,
                                     format_share(s.class_changes[i].second, s.units, lang)));
    out.push_back(labels::format(dl::kSummaryUp, lang, moved_units(s.up, 1, lang)));
    out.push_back(labels::format(dl::kSummaryDown, lang, moved_units(s.down, -1, lang)));
    out.push_back(labels::format(dl::kSummaryCorrelation, lang, statistic_text(s.spearman, lang),
                                 statistic_text(s.kendall, lang)));
    return out;
}

UnitWhy why(const diff::RuleDiff& rules, const diff::UnitDiff& u, Lang lang) {
    const Publication op = publication_of(*rules.old_def);
    const Publication np = publication_of(*rules.new_def);
    const int places = std::max(op.places, np.places);
    UnitWhy w;
    // The published indices, then the exact ones the attribution below adds up to.
    w.heading = labels::format(dl::kWhyUnit, lang, u.new_unit->id, u.new_unit->name,
                               op.text(u.old_unit->published, lang), np.text(u.new_unit->published, lang),
                               signed_fixed(u.delta_index, places, lang),
                               format_exact(u.old_unit->index, op.places, lang),
                               format_exact(u.new_unit->index, np.places, lang), u.old_unit->rank, u.new_unit->rank);
    for (const auto& line : u.attribution)
        w.parts.emplace_back(signed_text(line.amount, places + 2, lang), attribution_text(line, rules, u, lang));
    for (const auto& c : u.classes)
        if (c.cause != diff::ClassCause::Unchanged)
            w.classes.push_back(labels::format(dl::kClassLine, lang, c.name, class_text(c.old_label, lang),
                                               class_text(c.new_label, lang), cause_text(c, lang)));
    return w;
}

std::string block_heading_text(const diff::BlockDiff& block, Lang lang) {
    const BlockDef& b = *block.new_block;
    if (block.units.size() == 1) return labels::format(labels::block_heading_one, lang, b.name, b.id);
    return labels::format(labels::block_heading, lang, b.name, b.id, block.units.size());
}

}  // namespace

std::string loc_text(const SourceLoc& loc) {
    if (!loc.known()) return "";
    return loc.file->path() + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.char_col());
}

std::string value_text(const diff::RuleChange& c, bool old_side) {
    const std::string& text = old_side ? c.old_text : c.new_text;
    std::string written = old_side ? c.old_written : c.new_written;
    // No rule written: points entered directly.
    if (written.empty() && c.kind == ChangeKind::NodeRuleChanged) written = "points";
    return join_nonempty({text, written}, " ");
}

std::string change_title(const diff::RuleChange& c, Lang lang) {
    std::string where;
    if (!c.scope.empty()) where = "[" + c.scope + "]";
    if (!c.subject.empty()) {
        const bool label = c.kind >= ChangeKind::RungAdded && c.kind <= ChangeKind::RungOrderChanged;
        where += (where.empty() ? "" : " ") + (label ? "\"" + c.subject + "\"" : c.subject);
    }
    const std::string what = labels::text(dl::kind_label(c.kind), lang);
    return where.empty() ? what : where + " — " + what;
}

std::string signed_text(const Rational& value, int places, Lang lang) {
    if (value.is_zero()) return localize_decimal(Rational(0).to_fixed(places), lang);
    const std::string digits = localize_decimal((value.is_negative() ? -value : value).to_string(places), lang);
    return (value.is_negative() ? "−" : "+") + digits;
}

std::string signed_fixed(const Rational& value, int places, Lang lang) {
    if (value.is_zero()) return localize_decimal(Rational(0).to_fixed(places), lang);
    const std::string digits = localize_decimal((value.is_negative() ? -value : value).to_fixed(places), lang);
    return (value.is_negative() ? "−" : "+") + digits;
}


std::string attribution_text(const diff::AttributionLine& line, const diff::RuleDiff& rules, const diff::UnitDiff& unit,
                             Lang lang) {
    switch (line.kind) {
        case diff::AttributionLine::Kind::Change: return change_with_values(rules.changes[line.change], lang);
        case diff::AttributionLine::Kind::TotalMax:
            return labels::format(dl::kTotalMax, lang, publication_of(*rules.old_def).text(unit.old_unit->max, lang),
                                  publication_of(*rules.new_def).text(unit.new_unit->max, lang));
        case diff::AttributionLine::Kind::Other: break;
    }
    return labels::text(dl::kOther, lang);
}

std::string class_text(const std::optional<std::string>& label, Lang lang) {
    return label ? *label : labels::text(labels::unclassified, lang);
}

std::string cause_text(const diff::ClassChange& c, Lang lang) {
    const std::string under_old = class_text(c.new_under_old, lang);
    switch (c.cause) {
        case diff::ClassCause::Result:
            return c.new_under_old ? labels::format(dl::kCauseResultOld, lang, under_old)
                                   : labels::text(dl::kCauseResult, lang);
        case diff::ClassCause::CutOff: return labels::format(dl::kCauseCutOff, lang, under_old);
        case diff::ClassCause::Both: return labels::format(dl::kCauseBoth, lang, under_old);
        case diff::ClassCause::Ladder: return labels::text(dl::kCauseLadder, lang);
        case diff::ClassCause::Unknown: return labels::text(dl::kCauseUnknown, lang);
        case diff::ClassCause::Distribution: return labels::text(dl::kCauseDistribution, lang);
        case diff::ClassCause::Unchanged: break;
    }
    return "";
}

std::string statistic_machine(const std::optional<double>& value) {
    if (!value) return "";
    // Four decimals: enough to compare, and the same bytes on every machine.
    const double rounded = std::round(*value * 10000.0) / 10000.0;
    return fmt::format("{:.4f}", rounded == 0.0 ? 0.0 : rounded);
}

std::string statistic_text(const std::optional<double>& value, Lang lang) {
    return value ? localize_decimal(statistic_machine(value), lang) : "—";
}

std::vector<ChangeLine> change_lines(const diff::RuleDiff& rules, Lang lang) {
    std::vector<ChangeLine> out;
    for (const auto& c : rules.changes)
        out.push_back({change_title(c, lang), or_dash(value_text(c, true)), or_dash(value_text(c, false)),
                       or_dash(loc_text(c.old_loc)), or_dash(loc_text(c.new_loc))});
    return out;
}

SheetSection sheet_section(const diff::RuleDiff& rules, const diff::ScoreComparison& scores, Lang lang) {
    SheetSection s;
    s.heading = labels::format(dl::kScoresHeading, lang, scores.path);
    for (const auto& block : scores.blocks) {
        BlockSection b;
        b.heading = block_heading_text(block, lang);
        b.columns = columns(block, lang);
        for (const auto& u : block.units) {
            b.rows.push_back(row(rules, u, lang));
            if (u.changed()) b.why.push_back(why(rules, u, lang));
        }
        b.summary = summary(block, lang);
        s.blocks.push_back(std::move(b));
    }
    return s;
}

}  // namespace chiso::report::diffview
