// Fuzzes evaluation: arbitrary bytes as the score file, loaded once and evaluated
// under two compilations of examples/demo/par-demo.chiso: as written (`missing
// error`: most mutated files stop at a missing value), and with `missing zero` and
// the header's year and locality unchecked, so that ranking, ladders, statistics
// and reports run on almost every file that loads. Each result is rendered in
// every format with each unit's explanation, and compared with the synthetic 2023
// results of tests/fixtures/years (the `predecessors:` of the input exercised).
// Invariant: results (and a comparison) exactly when no error was reported.
#include <string>

#include "engine/compare/previous_year.hpp"
#include "engine/compare/year_comparison.hpp"
#include "engine/driver/driver.hpp"
#include "engine/eval/evaluate.hpp"
#include "engine/eval/trace.hpp"
#include "engine/input/results_loader.hpp"
#include "engine/input/yaml_loader.hpp"
#include "engine/report/report.hpp"
#include "fuzz/fuzz_common.hpp"

namespace {

chiso::CompiledCriteria compile(const chiso::SourceFile& file) {
    chiso::Diagnostics diags;
    auto out = chiso::compile_criteria(file, diags);
    if (!out) std::abort();
    return std::move(*out);
}

const chiso::CompiledCriteria& strict() {
    static const chiso::SourceFile file("examples/demo/par-demo.chiso",
                                        chiso::fuzz::repository_file("examples/demo/par-demo.chiso"));
    static const chiso::CompiledCriteria compiled = compile(file);
    return compiled;
}

const chiso::CompiledCriteria& lenient() {
    static const chiso::SourceFile file("par-demo-missing-zero.chiso", [] {
        std::string text = chiso::fuzz::repository_file("examples/demo/par-demo.chiso");
        const auto at = text.find("missing error");
        if (at == std::string::npos) std::abort();
        return text.replace(at, 13, "missing zero");
    }());
    static const chiso::CompiledCriteria compiled = compile(file);
    return compiled;
}

const chiso::PreviousYear& previous() {
    static const chiso::SourceFile file("ket-qua-2023.yaml",
                                        chiso::fuzz::repository_file("tests/fixtures/years/ket-qua-2023.yaml"));
    static const chiso::PreviousYear year = [] {
        chiso::Diagnostics diags;
        auto published = chiso::load_published_results(file, diags);
        if (!published) std::abort();
        return chiso::previous_from_published(*published);
    }();
    return year;
}

void evaluate_and_render(const chiso::CompiledCriteria& criteria, const chiso::ScoreSheet& sheet,
                         const chiso::EvaluateOptions& options) {
    using namespace chiso;
    Diagnostics diags;
    std::optional<Results> results = evaluate(criteria.plan, sheet, diags, options);
    CHISO_FUZZ_ASSERT(results.has_value() == !diags.has_errors());
    fuzz::render_diagnostics(diags);
    if (!results) return;
    Diagnostics compare_diags;
    const auto comparison = compare_years(*results, sheet, previous(), compare_diags);
    CHISO_FUZZ_ASSERT(comparison.has_value() == !compare_diags.has_errors());
    fuzz::render_diagnostics(compare_diags);
    const YearComparison* with = comparison ? &*comparison : nullptr;
    const std::string json = render_results(*results, ReportOptions{Format::Json, Lang::Vi, with});
    CHISO_FUZZ_ASSERT(!json.empty());
    for (Format format : {Format::Table, Format::Csv, Format::Markdown}) {
        render_results(*results, ReportOptions{format, Lang::En, with});
    }
    // Explanations re-run the evaluator with a trace listener: it must succeed for
    // every unit and agree with the columns, node by node.
    results->tracer = reference_tracer(criteria.plan, sheet);
    for (const auto& block : results->blocks) {
        for (const auto& unit : block.units) {
            const std::optional<UnitTrace> trace = results->tracer->trace(block, unit);
            CHISO_FUZZ_ASSERT(trace.has_value() && trace->nodes.size() == block.nodes.nodes());
            for (NodeId id = 0; id < trace->nodes.size(); ++id)
                CHISO_FUZZ_ASSERT(trace->nodes[id].value.points == block.points(unit, id) &&
                                  trace->nodes[id].value.max == block.node(unit, id).max);
            render_explanation(*results, block, unit, ReportOptions{});
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    strict();
    lenient();
    previous();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace chiso;
    const SourceFile file("fuzz.yaml", fuzz::bytes(data, size));
    Diagnostics diags;
    const auto sheet = load_score_sheet(file, diags);
    CHISO_FUZZ_ASSERT(sheet.has_value() == !diags.has_errors());
    fuzz::render_diagnostics(diags);
    if (!sheet) return 0;
    evaluate_and_render(strict(), *sheet, EvaluateOptions{});
    evaluate_and_render(lenient(), *sheet, EvaluateOptions{false});
    return 0;
}
