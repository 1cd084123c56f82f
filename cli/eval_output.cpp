#include "cli/eval_output.hpp"

#include "cli/cli_messages.hpp"
#include "cli/output.hpp"

namespace chiso::cli {
namespace {

// Excel reads a CSV file without it in the computer's legacy code page
// (Windows-1258 in Vietnam), which garbles every name with a diacritic.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

int write_workbook_file(const Results& results, const ReportOptions& report_options, const std::string& path,
                        const CommonOptions& common) {
    std::string reason;
    if (write_xlsx(results, report_options, path, reason)) return 0;
    Diagnostics diags;
    diags.error(SourceLoc{}, msg::kCannotWriteXlsx, path, reason);
    return report(diags, common);
}

}  // namespace

int check_eval_output(const EvalOptions& options, const CommonOptions& common) {
    Diagnostics diags;
    if (options.xlsx && options.output.empty()) diags.error(SourceLoc{}, msg::kXlsxNeedsOutput);
    if (options.bom && (options.xlsx || options.format != Format::Csv)) diags.error(SourceLoc{}, msg::kBomNeedsCsv);
    if (!diags.has_errors()) return 0;
    report(diags, common);
    return 2;
}

int emit_results(const Results& results, const ReportOptions& report_options, const EvalOptions& options,
                 const CommonOptions& common) {
    if (options.xlsx) return write_workbook_file(results, report_options, options.output, common);
    std::string text = render_results(results, report_options);
    if (options.bom) text.insert(0, kUtf8Bom);
    return emit(text, options.output, common);
}

}  // namespace chiso::cli
