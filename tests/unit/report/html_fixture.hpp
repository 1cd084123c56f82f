#pragma once
// Criteria and scores written in a test, evaluated through every phase, for the
// HTML report's chart tests: conditions of ladders are real parsed conditions.
#include <memory>
#include <optional>
#include <string>

#include "engine/driver/driver.hpp"

namespace chiso::testing {

struct Evaluation {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> criteria;
    std::optional<ScoreSheet> sheet;
    std::optional<Results> results;

    const Definition& definition() const { return *criteria->definition; }
    const BlockResult& block(const std::string& id) const;
};

// `criteria_body` and `units_yaml` follow headers "index t / locality x / year 2024";
// throws with the messages when something does not evaluate.
std::unique_ptr<Evaluation> evaluate_text(const std::string& criteria_body, const std::string& units_yaml);
// Bundled files, paths relative to the repository root.
std::unique_ptr<Evaluation> evaluate_files(const std::string& criteria_path, const std::string& scores_path);

}  // namespace chiso::testing
