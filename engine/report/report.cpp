#include "engine/report/report.hpp"

#include "engine/core/control_chars.hpp"
#include "engine/report/build/report_views.hpp"
#include "engine/report/html/html_report.hpp"
#include "engine/report/text/text_writers.hpp"
#include "engine/report/xlsx/xlsx_writer.hpp"

namespace chiso {
namespace {

// What each format reads beyond the units' figures (build/report_views.hpp).
report::ViewNeeds needs_of(Format format) {
    return {format == Format::Table || format == Format::Markdown, format == Format::Json};
}

std::string rendered(const Results& results, const ReportOptions& options) {
    const report::ReportView view = report::report_view(results, options.lang, options.previous, needs_of(options.format));
    switch (options.format) {
        case Format::Table: return report::render_table(view);
        case Format::Csv: return report::render_csv(view);
        case Format::Json: return report::render_json(view);
        case Format::Markdown: return report::render_markdown(view);
    }
    return {};
}

}  // namespace

// Names and titles with a control character are refused where they are read (the
// score loaders, the criteria parser); escaping the whole text here as well keeps
// any that came another way (last year's published results …) off the screen.
std::string render_results(const Results& results, const ReportOptions& options) {
    const auto style = options.format == Format::Json ? ControlEscape::Json : ControlEscape::Visible;
    return escape_control_chars(rendered(results, options), style);
}

std::string render_explanation(const Results& results, const BlockResult& block, const UnitResult& unit,
                               const ReportOptions& options) {
    const Definition& def = *results.definition;
    const report::UnitExplanation explanation = report::unit_explanation(
        def, report::block_facts(def, block), report::unit_position(block, unit), options.lang, results.tracer.get());
    // No control character reaches the screen (engine/core/control_chars.hpp).
    return escape_control_chars(report::render_explanation_text(report::criteria_view(def, options.lang), explanation));
}

std::string render_html_report(const Results& results, Lang lang, const YearComparison* previous) {
    return report::render_html_page(report::html_view(results, lang, previous));
}

bool write_xlsx(const Results& results, const ReportOptions& options, const std::string& path, std::string& error) {
    const report::xlsx::WorkbookView view = report::workbook_view(results, options.lang, options.previous);
    return report::xlsx::write_workbook(view.sheets, view.info, path, error);
}

}  // namespace chiso
