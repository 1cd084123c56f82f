#pragma once
// `chiso diff`: the rule changes between two criteria files and, per score file,
// the outcomes under both (engine/diff), as a terminal table, Markdown, CSV or JSON.
// Pure functions of the diff: same input, same bytes.
#include <string>
#include <vector>

#include "engine/diff/outcome_diff.hpp"
#include "engine/diff/rule_diff.hpp"
#include "engine/report/report.hpp"

namespace chiso {

struct DiffInput {
    std::string old_path, new_path;  // as named on the command line
    const diff::RuleDiff* rules = nullptr;
    const std::vector<diff::ScoreComparison>* scores = nullptr;  // empty without --scores
};

std::string render_diff(const DiffInput& input, Format format, Lang lang);

}  // namespace chiso
