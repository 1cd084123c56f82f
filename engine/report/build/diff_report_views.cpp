// `chiso diff`'s view (view/diff_view.hpp): the diff's changes and outcomes copied
// out as ids, texts and exact values, and worded for people, once.
#include "engine/report/build/diff_view.hpp"
#include "engine/report/build/publication.hpp"

namespace chiso::report::diffview {
namespace {

SideView side_view(const std::string& path, const Definition& def) {
    return {path, def.index_id, def.locality_id, def.year, publication_of(def)};
}

ChangeView change_view(const diff::RuleChange& c) {
    return {diff::kind_id(c.kind), c.scope, c.subject, value_text(c, true), value_text(c, false),
            loc_text(c.old_loc), loc_text(c.new_loc)};
}

OutcomeView outcome_view(const UnitResult& u) {
    OutcomeView o{u.points, u.max, u.published, u.index, u.rank, {}};
    for (const auto& [ladder, label] : u.classes) o.classes.emplace_back(ladder, label);
    return o;
}

PartView part_view(const diff::AttributionLine& line, const diff::RuleDiff& rules) {
    switch (line.kind) {
        case diff::AttributionLine::Kind::Change:
            return {diff::kind_id(rules.changes[line.change].kind), line.change, line.amount};
        case diff::AttributionLine::Kind::TotalMax: return {"total_max", std::nullopt, line.amount};
        case diff::AttributionLine::Kind::Other: break;
    }
    return {"other", std::nullopt, line.amount};
}

UnitDiffView unit_view(const diff::UnitDiff& u, const diff::RuleDiff& rules) {
    UnitDiffView v{u.new_unit->id, u.new_unit->name, outcome_view(*u.old_unit), outcome_view(*u.new_unit),
                   u.delta_index, u.delta_exact, u.delta_points, u.rank_move, {}, {}};
    for (const auto& c : u.classes)
        v.classes.push_back({c.ladder, c.old_label, c.new_label, c.new_under_old, diff::cause_id(c.cause)});
    for (const auto& line : u.attribution) v.attribution.push_back(part_view(line, rules));
    return v;
}

SummaryView summary_view(const diff::BlockSummary& s) {
    return {s.units, s.changed, s.class_changes, {s.up.units, s.up.places}, {s.down.units, s.down.places},
            statistic_machine(s.spearman), statistic_machine(s.kendall)};
}

ScoresView scores_view(const diff::RuleDiff& rules, const diff::ScoreComparison& s, Lang lang) {
    ScoresView v{s.path, {}, sheet_section(rules, s, lang)};
    for (const auto& b : s.blocks) {
        BlockDiffView block{b.new_block->id, b.new_block->name, summary_view(b.summary), {}};
        for (const auto& u : b.units) block.units.push_back(unit_view(u, rules));
        v.blocks.push_back(std::move(block));
    }
    return v;
}

}  // namespace

DiffReportView diff_report_view(const DiffInput& input, Lang lang) {
    const diff::RuleDiff& rules = *input.rules;
    DiffReportView view{lang, side_view(input.old_path, *rules.old_def), side_view(input.new_path, *rules.new_def),
                        {}, change_lines(rules, lang), {}};
    for (const auto& c : rules.changes) view.changes.push_back(change_view(c));
    if (input.scores)
        for (const auto& s : *input.scores) view.scores.push_back(scores_view(rules, s, lang));
    return view;
}

}  // namespace chiso::report::diffview
