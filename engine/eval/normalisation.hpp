#pragma once
// Normalisation across units (docs/language.md §15d): the populations of every
// normalised node, computed before the units' points. Evaluation is then in passes:
// the raw values of the whole population first (the number entered at a leaf, its
// formula, or an inner node's points), their minimum and maximum (or order), then
// the normalised points and the rest of the tree. A node normalised above other
// normalised nodes takes its raw values from their normalised points, so the nodes
// are done in levels: level 0 has no normalised node below it, level k + 1 only
// nodes of levels ≤ k. The raw value of a node depends only on its own subtree
// (formula inputs are entered values, never another node's points or a rank), so
// no normalisation can depend on itself: the order always exists.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/plan/plan.hpp"

namespace chiso {

// An earlier year's score file pooled by `over years` (loaded by the driver).
struct PooledSheet {
    std::string path;  // as NormaliseDef's PooledYearDef::path
    std::string written;
    std::shared_ptr<const ScoreSheet> sheet;
};

// One raw value of a population: which unit, from which file (empty: this year's).
struct PopulationValue {
    Rational raw;
    std::string unit;
    std::string year;  // the pooled file as written; empty for the current file
};

// A normalised node's population for the units of one block.
struct NormPopulation {
    std::vector<std::string> blocks;  // the blocks pooled (the unit's own when not declared)
    std::vector<std::string> years;   // the pooled files, as written
    std::size_t count = 0;
    PopulationValue low, high;        // the minimum and the maximum (of equal ones, the first by file, then id)
    std::vector<Rational> sorted;     // every raw value, ascending (rank)
    // zscore: the mean Σx ÷ n and the variance Σ(x − mean)² ÷ (n − 1) (sd(sample)) or
    // ÷ n (sd(population)); exact, the sd is √variance.
    Rational mean, variance;
    bool sample = false;
    bool degenerate() const { return count == 0 || low.raw == high.raw; }
};

// Every normalised node's population, by (tree, node, block).
struct Normalisations {
    std::map<std::tuple<std::size_t, NodeId, std::size_t>, std::shared_ptr<const NormPopulation>> table;
    std::shared_ptr<const NormPopulation> find(std::size_t tree, NodeId node, std::size_t block) const {
        auto it = table.find({tree, node, block});
        return it == table.end() ? nullptr : it->second;
    }
};

// The raw values a unit's evaluation gives its normalised nodes, when asked.
using RawCapture = std::vector<std::pair<NodeId, Rational>>;

// The level of each node of `tree` (-1: not normalised), as described above.
std::vector<int> normalisation_levels(const TreeDef& tree);
bool has_normalisations(const Definition& def);

// The populations of every normalised node of `def` over `sheet` and `pooled`;
// null when no node is normalised. Errors (a degenerate population without `if
// equal`, a pooled file not read) are positioned at the criteria.
std::shared_ptr<const Normalisations> prepare_normalisations(const Plan& plan, const ScoreSheet& sheet,
                                                              const std::vector<PooledSheet>* pooled,
                                                              Diagnostics& diags);

}  // namespace chiso
