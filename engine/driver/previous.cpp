#include "engine/driver/previous.hpp"

#include <filesystem>

#include "engine/eval/evaluate.hpp"
#include "engine/input/results_loader.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso {

namespace {

std::optional<PreviousYear> from_scores(SourceSet& sources, const SourceFile& file, const PreviousRequest& request,
                                        const CompiledCriteria& current, Diagnostics& diags) {
    std::optional<ScoreSheet> sheet = load_score_sheet(file, diags);
    sources.release_text(file);  // as load_scores does: lines read again for diagnostics
    std::optional<CompiledCriteria> own;
    if (!request.criteria.empty()) own = load_criteria(sources, request.criteria, diags);
    if (!sheet || (!request.criteria.empty() && !own)) return std::nullopt;
    const CompiledCriteria& criteria = own ? *own : current;
    // Under this year's criteria last year's header cannot match this year's.
    const EvaluateOptions options{.check_year_and_locality = own.has_value(), .pooled = &criteria.pooled};
    std::optional<Results> results = evaluate(criteria.plan, *sheet, diags, options);
    if (!results) return std::nullopt;
    return previous_from_results(*results, *sheet);
}

}  // namespace

std::optional<PreviousYear> load_previous_year(SourceSet& sources, const PreviousRequest& request,
                                               const CompiledCriteria& current, Diagnostics& diags) {
    const SourceFile* file = read_source(sources, request.path, diags);
    if (file == nullptr) return std::nullopt;
    if (!is_published_results_file(*file)) return from_scores(sources, *file, request, current, diags);
    std::optional<PublishedResults> published = load_published_results(*file, diags);
    sources.release_text(*file);
    if (!published) return std::nullopt;
    return previous_from_published(*published);
}

std::string previous_named_in(const ScoreSheet& sheet) {
    if (sheet.previous.empty() || sheet.source == nullptr) return {};
    namespace fs = std::filesystem;
    return (fs::path(sheet.source->path()).parent_path() / fs::path(sheet.previous)).lexically_normal().string();
}

}  // namespace chiso
