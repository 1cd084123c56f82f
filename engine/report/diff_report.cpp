#include "engine/report/diff_report.hpp"

namespace chiso {

std::string render_diff(const DiffInput& input, Format format, Lang lang) {
    switch (format) {
        case Format::Table: return report::render_diff_table(input, lang);
        case Format::Markdown: return report::render_diff_markdown(input, lang);
        case Format::Csv: return report::render_diff_csv(input);
        case Format::Json: return report::render_diff_json(input);
    }
    return report::render_diff_table(input, lang);
}

}  // namespace chiso
