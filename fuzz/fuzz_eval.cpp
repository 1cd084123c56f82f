// Fuzzes evaluation: examples/demo/par-demo.chiso, compiled once, with arbitrary
// bytes as the score file: load, evaluate, then every report (JSON as `chiso eval
// --format json`, the other formats and each unit's explanation as well).
// Invariant: results are returned exactly when no error was reported.
#include "engine/driver/driver.hpp"
#include "engine/eval/evaluate.hpp"
#include "engine/input/yaml_loader.hpp"
#include "engine/report/report.hpp"
#include "fuzz/fuzz_common.hpp"

namespace {

const chiso::CompiledCriteria& criteria() {
    static const chiso::SourceFile file("examples/demo/par-demo.chiso",
                                        chiso::fuzz::repository_file("examples/demo/par-demo.chiso"));
    static const chiso::CompiledCriteria compiled = [] {
        chiso::Diagnostics diags;
        auto out = chiso::compile_criteria(file, diags);
        if (!out) std::abort();
        return std::move(*out);
    }();
    return compiled;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    criteria();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace chiso;
    const SourceFile file("fuzz.yaml", fuzz::bytes(data, size));
    Diagnostics diags;
    const auto sheet = load_score_sheet(file, diags);
    std::optional<Results> results;
    if (sheet) results = evaluate(criteria().plan, *sheet, diags);
    CHISO_FUZZ_ASSERT(results.has_value() == !diags.has_errors());
    fuzz::render_diagnostics(diags);
    if (!results) return 0;
    const std::string json = render_results(*results, ReportOptions{Format::Json, Lang::Vi});
    CHISO_FUZZ_ASSERT(!json.empty());
    for (Format format : {Format::Table, Format::Csv, Format::Markdown}) {
        render_results(*results, ReportOptions{format, Lang::En});
    }
    for (const auto& block : results->blocks) {
        for (const auto& unit : block.units) render_explanation(*results, block, unit, ReportOptions{});
    }
    return 0;
}
