// Differential fuzzer of the columnar kernel (engine/kernel/) against the reference
// evaluator. Input: the first byte chooses the mode —
//  - even: the rest is a score file for examples/demo/par-demo.chiso (with
//    `missing zero`, so most files that load get evaluated);
//  - odd: the rest drives tests/unit/kernel/score_mutator.hpp over the demo's
//    scores and over a generated national input (bench/), values of every rule kind.
// Invariant (compare_kernel): every unit the kernel accepts is evaluated by the
// reference with no message but the eval.capped warnings evaluate() gives for a
// row the kernel marked `warned` (the same, in the same order), and equals it at
// every node and in its index.
// Aborts on any difference.
#include <cstdio>
#include <string>

#include "bench/national_model.hpp"
#include "bench/score_generator.hpp"
#include "engine/driver/driver.hpp"
#include "engine/input/yaml_loader.hpp"
#include "engine/eval/kernel_difference.hpp"
#include "fuzz/fuzz_common.hpp"
#include "tests/unit/kernel/score_mutator.hpp"

namespace {

using namespace chiso;

struct Subject {
    std::unique_ptr<SourceFile> criteria_file, scores_file;
    CompiledCriteria criteria;
    CompiledPlan compiled;
    ScoreSheet sheet;
};

std::unique_ptr<Subject> subject(std::string criteria_text, std::string scores_text) {
    auto s = std::make_unique<Subject>();
    s->criteria_file = std::make_unique<SourceFile>("criteria.chiso", std::move(criteria_text));
    s->scores_file = std::make_unique<SourceFile>("scores.yaml", std::move(scores_text));
    Diagnostics diags;
    auto c = compile_criteria(*s->criteria_file, diags);
    auto sheet = load_score_sheet(*s->scores_file, diags);
    if (!c || !sheet) std::abort();
    s->criteria = std::move(*c);
    s->compiled = compile_kernel_plan(s->criteria.plan);
    s->sheet = std::move(*sheet);
    return s;
}

const Subject& demo() {
    static const auto s = [] {
        std::string text = fuzz::repository_file("examples/demo/par-demo.chiso");
        const auto at = text.find("missing error");
        if (at == std::string::npos) std::abort();
        text.replace(at, 13, "missing zero ");
        return subject(text, fuzz::repository_file("examples/demo/scores-2024.yaml"));
    }();
    return *s;
}

const Subject& national() {
    static const auto s = [] {
        const bench::NationalModel model = bench::national_model();
        return subject(bench::criteria_text(model, 2024, 2),
                       bench::scores_yaml(model, bench::ScoreSpec{.units = 40, .blocks = 2, .year = 2024, .seed = 3}));
    }();
    return *s;
}

void check(const Subject& s, const ScoreSheet& sheet) {
    const KernelComparison r = compare_kernel(s.criteria.plan, s.compiled, sheet);
    if (r.difference.empty()) return;
    std::fprintf(stderr, "fuzz_kernel: invariant failed: %s\n", r.difference.c_str());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    if (data[0] % 2 == 0) {
        const SourceFile file("fuzz.yaml", fuzz::bytes(data + 1, size - 1));
        Diagnostics diags;
        const auto sheet = load_score_sheet(file, diags);
        if (sheet) check(demo(), *sheet);
        return 0;
    }
    const Subject& s = data[0] % 4 == 1 ? demo() : national();
    ScoreSheet mutated = s.sheet;
    testing::ByteSource bytes(data + 1, size - 1);
    testing::ScoreMutator(*s.criteria.definition, bytes).mutate(mutated, 1000);
    check(s, mutated);
    return 0;
}
