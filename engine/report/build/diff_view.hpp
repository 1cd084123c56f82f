#pragma once
// What people see of a diff, independent of layout: the lines of the rule changes,
// the outcome table of a block, its summary and the reasons per unit. The terminal
// table and Markdown lay this same view out, so both show the same numbers.
#include <string>
#include <vector>

#include "engine/report/diff_report.hpp"
#include "engine/report/view/diff_view.hpp"

namespace chiso::report::diffview {

// "criteria/x.chiso:12:5" (the column in characters); "" when unknown.
std::string loc_text(const SourceLoc& loc);
// A value of a change as the criteria language writes it; "" when absent on that side.
std::string value_text(const diff::RuleChange& change, bool old_side);
// "[so] 3 — điểm tối đa"
std::string change_title(const diff::RuleChange& change, Lang lang);
// "+1,93", "−0,4": a signed number in reports; machines get "-0.4".
std::string signed_text(const Rational& value, int places, Lang lang);
// The same with exactly `places` decimals (a published index: "−1,10").
std::string signed_fixed(const Rational& value, int places, Lang lang);
// What an attribution line is charged to, e.g. "[so] 3 — điểm tối đa: 40 → 50".
std::string attribution_text(const diff::AttributionLine& line, const diff::RuleDiff& rules,
                             const diff::UnitDiff& unit, Lang lang);
std::string class_text(const std::optional<std::string>& label, Lang lang);
std::string cause_text(const diff::ClassChange& change, Lang lang);
// "0,9000" or "—"
std::string statistic_text(const std::optional<double>& value, Lang lang);
std::string statistic_machine(const std::optional<double>& value);  // "0.9000" or ""

std::vector<ChangeLine> change_lines(const diff::RuleDiff& rules, Lang lang);
SheetSection sheet_section(const diff::RuleDiff& rules, const diff::ScoreComparison& scores, Lang lang);

// Everything `chiso diff` prints, for the writers (view/diff_view.hpp).
DiffReportView diff_report_view(const DiffInput& input, Lang lang);

}  // namespace chiso::report::diffview
