#pragma once
// Criteria and scores written in a test (or bundled files), evaluated through every
// phase, for the report's tests (charts, views, block facts): conditions of ladders
// are real parsed conditions.
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

// The demo of examples/demo (par-demo.chiso, scores-2024.yaml).
std::unique_ptr<Evaluation> evaluate_demo();

// Criteria body: blocks a and b on one tree of one item (max 10), a ladder for both
// ("chung": Đạt from 50) and one with rungs for block a only ("rieng": Cao from 80).
extern const char* const kLadderOfBlockA;

}  // namespace chiso::testing
