#include "engine/driver/driver.hpp"

#include "dsl/parser.hpp"
#include "engine/check/check.hpp"
#include "engine/driver/driver_messages.hpp"
#include "engine/input/yaml_loader.hpp"
#include "engine/resolve/resolve.hpp"

namespace chiso {
namespace {

const SourceFile* read(SourceSet& sources, const std::string& path, Diagnostics& diags) {
    const SourceFile* file = sources.load(path);
    if (!file) diags.error(SourceLoc{}, msg::kCannotRead, path);
    return file;
}

}  // namespace

std::optional<CompiledCriteria> load_criteria(SourceSet& sources, const std::string& path, Diagnostics& diags) {
    const SourceFile* file = read(sources, path, diags);
    if (!file) return std::nullopt;
    return compile_criteria(*file, diags);
}

std::optional<CompiledCriteria> compile_criteria(const SourceFile& file, Diagnostics& diags) {
    auto syntax = dsl::parse(file, diags);
    if (!syntax) return std::nullopt;
    auto definition = resolve(std::make_shared<const ast::File>(std::move(*syntax)), diags);
    if (!definition) return std::nullopt;
    const std::size_t errors_before = diags.error_count();
    check_definition(*definition, diags);
    if (diags.error_count() != errors_before) return std::nullopt;
    CompiledCriteria out;
    out.definition = std::make_unique<Definition>(std::move(*definition));
    out.plan = compile_plan(*out.definition);
    return out;
}

std::optional<ScoreSheet> load_scores(SourceSet& sources, const std::string& path, Diagnostics& diags) {
    const SourceFile* file = read(sources, path, diags);
    if (!file) return std::nullopt;
    return load_score_sheet(*file, diags);
}

}  // namespace chiso
