#include "engine/report/diff_report.hpp"

#include "engine/core/control_chars.hpp"

namespace chiso {
namespace {

std::string rendered(const DiffInput& input, Format format, Lang lang) {
    switch (format) {
        case Format::Table: return report::render_diff_table(input, lang);
        case Format::Markdown: return report::render_diff_markdown(input, lang);
        case Format::Csv: return report::render_diff_csv(input);
        case Format::Json: return report::render_diff_json(input);
    }
    return report::render_diff_table(input, lang);
}

}  // namespace

// No control character reaches the screen or a file (engine/core/control_chars.hpp).
std::string render_diff(const DiffInput& input, Format format, Lang lang) {
    return escape_control_chars(rendered(input, format, lang),
                                format == Format::Json ? ControlEscape::Json : ControlEscape::Visible);
}

}  // namespace chiso
