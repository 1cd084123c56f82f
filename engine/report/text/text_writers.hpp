#pragma once
// The text writers: the views (view/report_view.hpp, explanation_view.hpp) laid out
// as a terminal table, Markdown, CSV, JSON and the text of `chiso explain`. They
// see nothing but the views, so each prints what the view builder decided.
#include <string>
#include <string_view>

#include "engine/report/view/explanation_view.hpp"
#include "engine/report/view/report_view.hpp"

namespace chiso::report {

// With `view.previous`, last year's ranks and the changes (docs/years.md). In the
// view's language; the tables must have been built (ViewNeeds::tables).
std::string render_table(const ReportView& view);
std::string render_markdown(const ReportView& view);
// Machine formats: language-neutral ids and the decimal point. JSON prints the
// units' nodes when the view has them (ViewNeeds::nodes).
std::string render_csv(const ReportView& view);
std::string render_json(const ReportView& view);

// Last year's units in blocks the criteria no longer have: a blank line, the
// heading, then `bullet` and one unit per line ("" when there are none).
std::string vanished_text(const PreviousReportView& previous, std::string_view bullet);

// One unit's tree: points and maximum per node, the rule that fired, not-applicable
// adjustments and the legal basis; accounts for every point of the total.
std::string render_explanation_text(const CriteriaView& criteria, const UnitExplanation& unit);

}  // namespace chiso::report
