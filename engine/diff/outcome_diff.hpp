#pragma once
// One score file evaluated under the old and the new rules: per unit its points,
// index, rank and classes on both sides, why they moved, and per block a summary
// (class changes, the largest rank moves, rank correlation).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/diff/attribution.hpp"
#include "engine/diff/class_cause.hpp"
#include "engine/diff/rule_diff.hpp"
#include "engine/eval/normalisation.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/plan/plan.hpp"

namespace chiso::diff {

struct UnitDiff {
    const UnitResult* old_unit = nullptr;
    const UnitResult* new_unit = nullptr;
    Rational delta_index;  // published, new − old
    Rational delta_exact;  // exact index, new − old
    Rational delta_points;
    int rank_move = 0;  // old rank − new rank: positive when the unit moved up
    std::vector<ClassChange> classes;         // every ladder that applies to the block on either side
    std::vector<AttributionLine> attribution;  // Σ amount = delta_index

    bool changed() const;
    bool class_changed() const;
};

struct RankMove {
    std::vector<std::string> units;  // ids, sorted
    int places = 0;                  // largest move (0: nobody moved that way)
};

struct BlockSummary {
    std::size_t units = 0;
    std::size_t changed = 0;  // units whose index, rank or a class changed
    std::vector<std::pair<std::string, std::size_t>> class_changes;  // ladder id -> units that changed class
    RankMove up, down;
    std::optional<double> spearman, kendall;  // of the old vs new ranks
};

struct BlockDiff {
    const BlockDef* old_block = nullptr;
    const BlockDef* new_block = nullptr;
    std::vector<UnitDiff> units;  // largest |Δ index| first, then largest rank move, then id
    BlockSummary summary;
};

struct ScoreComparison {
    std::string path;
    std::unique_ptr<Results> old_results, new_results;  // stable addresses: the diffs point into them
    std::vector<BlockDiff> blocks;                       // blocks with units, in the new order
};

// Evaluates `sheet` under both rule sets (entries a side does not know are left out
// with a warning; the year and locality may differ, the index may not) and compares.
// nullopt when either side cannot be evaluated; the errors are in `diags`.
std::optional<ScoreComparison> compare_scores(const RuleDiff& diff, const Plan& old_plan, const Plan& new_plan,
                                              const ScoreSheet& sheet, Diagnostics& diags,
                                              const std::vector<PooledSheet>* old_pooled = nullptr,
                                              const std::vector<PooledSheet>* new_pooled = nullptr);

// The comparison of results already evaluated (tests).
std::vector<BlockDiff> diff_outcomes(const RuleDiff& diff, const Results& old_results, const Results& new_results);

}  // namespace chiso::diff
