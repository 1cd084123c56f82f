#include "engine/report/diff_report.hpp"

#include "engine/core/control_chars.hpp"
#include "engine/report/build/diff_view.hpp"
#include "engine/report/text/diff_writers.hpp"

namespace chiso {
namespace {

std::string rendered(const DiffInput& input, Format format, Lang lang) {
    const report::DiffReportView view = report::diffview::diff_report_view(input, lang);
    switch (format) {
        case Format::Table: return report::render_diff_table(view);
        case Format::Markdown: return report::render_diff_markdown(view);
        case Format::Csv: return report::render_diff_csv(view);
        case Format::Json: return report::render_diff_json(view);
    }
    return report::render_diff_table(view);
}

}  // namespace

// No control character reaches the screen or a file (engine/core/control_chars.hpp).
std::string render_diff(const DiffInput& input, Format format, Lang lang) {
    return escape_control_chars(rendered(input, format, lang),
                                format == Format::Json ? ControlEscape::Json : ControlEscape::Visible);
}

}  // namespace chiso
