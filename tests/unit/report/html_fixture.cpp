#include "html_fixture.hpp"

#include <stdexcept>

#include "engine/eval/evaluate.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso::testing {
namespace {

const char* const kCriteriaHeader = "index t \"Chỉ số thử\"\nlocality x \"Tỉnh X\"\nyear 2024\n";
const char* const kScoresHeader = "index: t\nlocality: x\nyear: 2024\nunits:\n";

std::unique_ptr<Evaluation> finished(std::unique_ptr<Evaluation> e) {
    if (e->criteria && e->sheet) e->results = evaluate(e->criteria->plan, *e->sheet, e->diags);
    if (!e->results || e->diags.has_errors())
        throw std::runtime_error("evaluation failed:\n" + render_all(e->diags, RenderOptions{Lang::En, true}));
    return e;
}

}  // namespace

const char* const kLadderOfBlockA = R"(block a "A" tree t
block b "B" tree t
tree t "T" max 10 {
  item 1 "Một" max 10
}
ladder chung "Chung" {
  "Đạt" when index >= 50
  "Chưa đạt" otherwise
}
ladder rieng "Riêng" {
  block a {
    "Cao" when index >= 80
    "Thấp" otherwise
  }
}
)";

const BlockResult& Evaluation::block(const std::string& id) const {
    for (const auto& b : results->blocks)
        if (b.block->id == id) return b;
    throw std::out_of_range("no block " + id);
}

std::unique_ptr<Evaluation> evaluate_text(const std::string& criteria_body, const std::string& units_yaml) {
    auto e = std::make_unique<Evaluation>();
    e->criteria = compile_criteria(e->sources.add("t.chiso", kCriteriaHeader + criteria_body), e->diags);
    e->sheet = load_score_sheet(e->sources.add("t.yaml", kScoresHeader + units_yaml), e->diags);
    return finished(std::move(e));
}

std::unique_ptr<Evaluation> evaluate_files(const std::string& criteria_path, const std::string& scores_path) {
    auto e = std::make_unique<Evaluation>();
    e->criteria = load_criteria(e->sources, std::string(CHISO_SOURCE_DIR) + "/" + criteria_path, e->diags);
    e->sheet = load_scores(e->sources, std::string(CHISO_SOURCE_DIR) + "/" + scores_path, e->diags);
    return finished(std::move(e));
}

std::unique_ptr<Evaluation> evaluate_demo() {
    return evaluate_files("examples/demo/par-demo.chiso", "examples/demo/scores-2024.yaml");
}

}  // namespace chiso::testing
