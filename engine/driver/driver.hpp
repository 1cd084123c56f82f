#pragma once
// The phases in order, for the CLI and tests: read → parse → resolve → check →
// compile; read → load scores → evaluate. Each step stops the chain on error
// but reports everything its phase found.
#include <memory>
#include <optional>
#include <string>

#include "engine/core/diagnostics.hpp"
#include "engine/eval/results.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/plan/plan.hpp"

namespace chiso {

struct CompiledCriteria {
    std::unique_ptr<Definition> definition;  // stable address: the plan points into it
    Plan plan;
};

// From text already loaded (tests, editors).
std::optional<CompiledCriteria> compile_criteria(const SourceFile& file, Diagnostics& diags);

std::optional<CompiledCriteria> load_criteria(SourceSet& sources, const std::string& path, Diagnostics& diags);
std::optional<ScoreSheet> load_scores(SourceSet& sources, const std::string& path, Diagnostics& diags);

}  // namespace chiso
