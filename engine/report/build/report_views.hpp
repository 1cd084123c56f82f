#pragma once
// The view builder: Results and their Definition (and last year's comparison) →
// the plain data the writers print (view/report_view.hpp, explanation_view.hpp,
// html_view.hpp, workbook_view.hpp). Each fact is decided here once (block_facts.hpp)
// and worded in the run's language; the writers only lay it out.
#include <cstddef>

#include "engine/compare/year_comparison.hpp"
#include "engine/core/messages.hpp"
#include "engine/eval/results.hpp"
#include "engine/report/build/block_facts.hpp"
#include "engine/report/view/explanation_view.hpp"
#include "engine/report/view/html_view.hpp"
#include "engine/report/view/report_view.hpp"
#include "engine/report/view/workbook_view.hpp"

namespace chiso::report {

// What a format needs beyond the units' figures, so a CSV of 100,000 units does not
// word ranking tables nobody prints.
struct ViewNeeds {
    bool tables = false;  // BlockReportView::table (terminal table, Markdown, HTML)
    bool nodes = false;   // UnitView::nodes (JSON)
};

CriteriaView criteria_view(const Definition& def, Lang lang);
ReportView report_view(const Results& results, Lang lang, const YearComparison* previous, ViewNeeds needs);

// The explanation of the unit at `position` in the block's rank order. `tracer`
// (Results::tracer, may be null) re-runs the reference evaluator for it alone.
// `tree`: the block's (explain_tree), shared by the explanations of its units; made
// here when not given.
UnitExplanation unit_explanation(const Definition& def, const BlockFacts& facts, std::size_t position, Lang lang,
                                 const UnitTracer* tracer, std::shared_ptr<const ExplainTree> tree = nullptr);
std::shared_ptr<const ExplainTree> explain_tree(const TreeDef& tree);

// Its blocks are built as the page asks for them (view/html_view.hpp): `results` and
// `previous` must outlive the view.
HtmlView html_view(const Results& results, Lang lang, const YearComparison* previous);
xlsx::WorkbookView workbook_view(const Results& results, Lang lang, const YearComparison* previous);

}  // namespace chiso::report
