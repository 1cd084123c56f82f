#include "engine/report/report.hpp"

#include "engine/report/renderers.hpp"

namespace chiso {

std::string render_results(const Results& results, const ReportOptions& options) {
    switch (options.format) {
        case Format::Table: return report::render_table(results, options.lang, options.previous);
        case Format::Csv: return report::render_csv(results, options.previous);
        case Format::Json: return report::render_json(results, options.previous);
        case Format::Markdown: return report::render_markdown(results, options.lang, options.previous);
    }
    return {};
}

}  // namespace chiso
