#include "cli/eval_output.hpp"

#include "cli/cli_messages.hpp"
#include "cli/output.hpp"
#include "cli/output_format.hpp"

namespace chiso::cli {
namespace {

// Excel reads a CSV file without it in the computer's legacy code page
// (Windows-1258 in Vietnam), which garbles every name with a diacritic.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The name offered when `-o` is a directory: "ket-qua" in the chosen format.
std::string example_name(const EvalOptions& options) {
    return options.xlsx ? example_file("ket-qua", "xlsx") : example_file("ket-qua", options.format);
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
                 const SourceSet& inputs, const CommonOptions& common) {
    const OutputTo to{options.output, inputs, example_name(options)};
    if (options.xlsx) {
        // libxlsxwriter writes only to a named file: the output mechanism gives it
        // its temporary file and then places that file like any other output.
        return emit_file([&](const std::string& path, std::string& reason) {
            return write_xlsx(results, report_options, path, reason);
        }, to, common);
    }
    std::string text = render_results(results, report_options);
    if (options.bom) text.insert(0, kUtf8Bom);
    return emit(text, to, common);
}

}  // namespace chiso::cli
