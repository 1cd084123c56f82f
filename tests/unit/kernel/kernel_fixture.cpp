#include "kernel_fixture.hpp"

#include <algorithm>
#include <filesystem>

#include "bench/national_model.hpp"
#include "bench/score_generator.hpp"

namespace chiso::testing {

std::unique_ptr<KernelCase> national_case(int units, int blocks, std::uint64_t seed) {
    auto c = std::make_unique<KernelCase>();
    const bench::NationalModel model = bench::national_model();
    const bench::ScoreSpec spec{.units = units, .blocks = blocks, .year = 2024, .seed = seed};
    const SourceFile& criteria = c->sources.add("national.chiso", bench::criteria_text(model, 2024, blocks));
    const SourceFile& scores = c->sources.add("national.yaml", bench::scores_yaml(model, spec));
    c->criteria = compile_criteria(criteria, c->diags);
    c->sheet = load_score_sheet(scores, c->diags);
    c->compile();
    return c;
}

std::vector<std::string> files_under(const std::vector<std::string>& dirs, const std::string& ext) {
    std::vector<std::string> out;
    for (const auto& d : dirs)
        for (const auto& e : std::filesystem::recursive_directory_iterator(std::filesystem::path(CHISO_SOURCE_DIR) / d))
            if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<CompiledCriteria> bundled_criteria(SourceSet& sources) {
    std::vector<CompiledCriteria> criteria;
    for (const auto& path : files_under({"criteria", "examples", "tests"}, ".chiso")) {
        Diagnostics diags;
        auto c = load_criteria(sources, path, diags);
        if (c && !diags.has_errors()) criteria.push_back(std::move(*c));
    }
    return criteria;
}

}  // namespace chiso::testing
