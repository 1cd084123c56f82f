#include "engine/report/report.hpp"

#include "engine/core/control_chars.hpp"
#include "engine/report/renderers.hpp"

namespace chiso {
namespace {

std::string rendered(const Results& results, const ReportOptions& options) {
    switch (options.format) {
        case Format::Table: return report::render_table(results, options.lang, options.previous);
        case Format::Csv: return report::render_csv(results, options.previous);
        case Format::Json: return report::render_json(results, options.previous);
        case Format::Markdown: return report::render_markdown(results, options.lang, options.previous);
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

}  // namespace chiso
