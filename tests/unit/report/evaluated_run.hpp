#pragma once
// A whole run for the view tests: criteria compiled, scores loaded and evaluated,
// kept together because Results point into the criteria and the sheet. The demo
// (examples/demo) or criteria and scores given inline.
#include <memory>
#include <optional>
#include <string>

#include "engine/driver/driver.hpp"
#include "engine/eval/evaluate.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso::testing {

struct EvaluatedRun {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> criteria;
    std::optional<ScoreSheet> sheet;
    std::optional<Results> results;
};

inline std::unique_ptr<EvaluatedRun> evaluated_demo() {
    auto r = std::make_unique<EvaluatedRun>();
    const std::string dir = std::string(CHISO_SOURCE_DIR) + "/examples/demo/";
    r->criteria = load_criteria(r->sources, dir + "par-demo.chiso", r->diags);
    r->sheet = load_scores(r->sources, dir + "scores-2024.yaml", r->diags);
    if (r->criteria && r->sheet) r->results = evaluate(r->criteria->plan, *r->sheet, r->diags);
    return r;
}

inline std::unique_ptr<EvaluatedRun> evaluated_inline(const std::string& criteria, const std::string& scores) {
    auto r = std::make_unique<EvaluatedRun>();
    r->criteria = compile_criteria(r->sources.add("t.chiso", criteria), r->diags);
    r->sheet = load_score_sheet(r->sources.add("t.yaml", scores), r->diags);
    if (r->criteria && r->sheet) r->results = evaluate(r->criteria->plan, *r->sheet, r->diags);
    return r;
}

}  // namespace chiso::testing
