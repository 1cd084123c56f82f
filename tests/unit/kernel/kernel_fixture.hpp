#pragma once
// Criteria and scores loaded for the kernel's tests: from text, from bundled files,
// or the generated national input (bench/national_model.cpp, score_generator.cpp).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/driver/driver.hpp"
#include "engine/input/yaml_loader.hpp"
#include "engine/plan/compiled_plan.hpp"

namespace chiso::testing {

struct KernelCase {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> criteria;
    std::optional<ScoreSheet> sheet;
    CompiledPlan compiled;

    bool ok() const { return criteria && sheet; }
    const Definition& def() const { return *criteria->definition; }
    void compile() {
        if (criteria) compiled = compile_kernel_plan(criteria->plan);
    }
};

// Header lines "index t / locality x / year 2024" are added to both texts.
inline std::unique_ptr<KernelCase> kernel_case(const std::string& criteria_body, const std::string& units_yaml) {
    auto c = std::make_unique<KernelCase>();
    const SourceFile& criteria = c->sources.add("t.chiso", "index t \"Thử\"\nlocality x \"Tỉnh X\"\nyear 2024\n" + criteria_body);
    const SourceFile& scores = c->sources.add("t.yaml", "index: t\nlocality: x\nyear: 2024\nunits:\n" + units_yaml);
    c->criteria = compile_criteria(criteria, c->diags);
    c->sheet = load_score_sheet(scores, c->diags);
    c->compile();
    return c;
}

std::unique_ptr<KernelCase> national_case(int units, int blocks, std::uint64_t seed);

// The files with extension `ext` under these folders of the source tree, sorted.
std::vector<std::string> files_under(const std::vector<std::string>& dirs, const std::string& ext);

// Every bundled criteria file (criteria/, examples/, tests/) that loads without an
// error, read into `sources`: the differential tests' criteria.
std::vector<CompiledCriteria> bundled_criteria(SourceSet& sources);

}  // namespace chiso::testing
