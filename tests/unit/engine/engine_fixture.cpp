#include "engine_fixture.hpp"

#include <stdexcept>

#include "engine/eval/trace.hpp"

namespace chiso::testing {

namespace {
const char* kCriteriaHeader = "index t \"Thử\"\nlocality x \"Tỉnh X\"\nyear 2024\n";
const char* kScoresHeader = "index: t\nlocality: x\nyear: 2024\nunits:\n";
}  // namespace

const UnitResult& Run::unit(const std::string& id) const {
    for (const auto& b : results->blocks)
        for (const auto& u : b.units)
            if (u.id == id) return u;
    throw std::out_of_range("no unit " + id);
}

const BlockResult& Run::block(const std::string& id) const {
    for (const auto& b : results->blocks)
        if (b.block->id == id) return b;
    throw std::out_of_range("no block " + id);
}

std::string Run::points(const std::string& unit_id, const std::string& code) const {
    return node(unit_id, code).points.to_string();
}

namespace {
NodeId node_id(const Run& r, const BlockResult& b, const std::string& code) {
    const NodeId id = r.criteria->definition->tree_of(*b.block).find(code);
    if (id == kNoNode) throw std::out_of_range("no node " + code);
    return id;
}
}  // namespace

NodeValue Run::node(const std::string& unit_id, const std::string& code) const {
    const UnitResult& u = unit(unit_id);
    const BlockResult& b = block(u.block);
    return b.node(u, node_id(*this, b, code));
}

const Assessed* Run::assessed(const std::string& unit_id, const std::string& code) const {
    const UnitResult& u = unit(unit_id);
    const BlockResult& b = block(u.block);
    return b.assessed(u, node_id(*this, b, code));
}

std::unique_ptr<Run> check_only(const std::string& criteria_body) {
    auto r = std::make_unique<Run>();
    const SourceFile& file = r->sources.add("t.chiso", kCriteriaHeader + criteria_body);
    r->criteria = compile_criteria(file, r->diags);
    return r;
}

std::unique_ptr<Run> run_files(const std::string& criteria_path, const std::string& scores_path) {
    auto r = std::make_unique<Run>();
    r->criteria = load_criteria(r->sources, std::string(CHISO_SOURCE_DIR) + "/" + criteria_path, r->diags);
    r->sheet = load_scores(r->sources, std::string(CHISO_SOURCE_DIR) + "/" + scores_path, r->diags);
    if (r->criteria && r->sheet)
        r->results = evaluate(r->criteria->plan, *r->sheet, r->diags, EvaluateOptions{.pooled = &r->criteria->pooled});
    if (r->results) r->results->tracer = reference_tracer(r->criteria->plan, *r->sheet, r->results->normalisations);
    return r;
}

std::unique_ptr<Run> run(const std::string& criteria_body, const std::string& units_yaml) {
    auto r = check_only(criteria_body);
    const SourceFile& scores = r->sources.add("t.yaml", kScoresHeader + units_yaml);
    r->sheet = load_score_sheet(scores, r->diags);
    if (r->criteria && r->sheet) r->results = evaluate(r->criteria->plan, *r->sheet, r->diags);
    if (r->results) r->results->tracer = reference_tracer(r->criteria->plan, *r->sheet);
    return r;
}

}  // namespace chiso::testing
