#pragma once
// The report's entry points: evaluated results for people (table, Markdown,
// explanation, HTML, the Excel annex) and for machines (JSON, CSV). Each builds the
// views once (build/report_views.hpp) and hands them to one writer (text/, html/,
// xlsx/), which sees nothing else. Pure functions of the results: same input, same bytes.
#include <string>

#include "engine/core/messages.hpp"
#include "engine/compare/year_comparison.hpp"
#include "engine/eval/results.hpp"

namespace chiso {

enum class Format { Table, Csv, Json, Markdown };

struct ReportOptions {
    Format format = Format::Table;
    Lang lang = Lang::Vi;
    const YearComparison* previous = nullptr;  // adds last year's ranks and changes
};

// All blocks, units in rank order.
std::string render_results(const Results& results, const ReportOptions& options);

// One unit's tree: points and maximum per node, the rule that fired, not-applicable
// adjustments and the legal basis; accounts for every point of the total.
std::string render_explanation(const Results& results, const BlockResult& block, const UnitResult& unit,
                               const ReportOptions& options);

// The Excel annex (docs/excel.md): one sheet per block, a summary and the criteria,
// written into `path` (the CLI gives its temporary file, docs/output.md). False, with
// the reason (libxlsxwriter's or the system's, in English) in `error`, when it could not be written.
bool write_xlsx(const Results& results, const ReportOptions& options, const std::string& path, std::string& error);

// `chiso report`: the results as one self-contained HTML page (html/html_report.hpp).
std::string render_html_report(const Results& results, Lang lang, const YearComparison* previous = nullptr);

}  // namespace chiso
