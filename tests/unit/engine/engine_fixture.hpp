#pragma once
// Runs criteria text + score YAML text through every phase, for engine tests.
#include <optional>
#include <string>

#include "engine/driver/driver.hpp"
#include "engine/eval/evaluate.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso::testing {

struct Run {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> criteria;
    std::optional<ScoreSheet> sheet;
    std::optional<Results> results;

    std::string messages(Lang lang = Lang::En) const { return render_all(diags, RenderOptions{lang, true}); }
    const UnitResult& unit(const std::string& id) const;
    const BlockResult& block(const std::string& id) const;
    // Points of a node of a unit, as decimal text.
    std::string points(const std::string& unit_id, const std::string& code) const;
    // A node of a unit, through its block's columns (BlockResult::node).
    NodeValue node(const std::string& unit_id, const std::string& code) const;
    const Assessed* assessed(const std::string& unit_id, const std::string& code) const;
};

// Header lines "index t / locality x / year 2024" are added to both texts.
std::unique_ptr<Run> run(const std::string& criteria_body, const std::string& units_yaml);
std::unique_ptr<Run> check_only(const std::string& criteria_body);
// Bundled files, paths relative to the repository root.
std::unique_ptr<Run> run_files(const std::string& criteria_path, const std::string& scores_path);

}  // namespace chiso::testing
