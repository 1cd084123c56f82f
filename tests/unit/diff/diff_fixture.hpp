#pragma once
// Criteria and scores for the diff tests: written inline (a header is added), or
// the demo files of examples/demo.
#include <memory>
#include <optional>
#include <string>

#include "engine/core/diagnostics.hpp"
#include "engine/diff/outcome_diff.hpp"
#include "engine/diff/rule_diff.hpp"
#include "engine/driver/driver.hpp"

namespace chiso::difftest {

struct Pair {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> old_criteria, new_criteria;
    diff::RuleDiff rules;
    std::optional<ScoreSheet> sheet;
    std::optional<diff::ScoreComparison> comparison;

    const diff::RuleChange* find(diff::ChangeKind kind, const std::string& subject = "") const;
    std::size_t count(diff::ChangeKind kind) const;
};

// Two criteria texts (each gets `index par … year 2024` unless `header` is false).
std::unique_ptr<Pair> compare_texts(const std::string& old_text, const std::string& new_text, bool header = true);
// Files relative to the source tree; scores optional.
std::unique_ptr<Pair> compare_files(const std::string& old_path, const std::string& new_path,
                                    const std::string& scores_path = "");
// Scores (units YAML, a header is added) evaluated under both sides of `pair`.
void add_scores(Pair& pair, const std::string& units_yaml);

}  // namespace chiso::difftest
