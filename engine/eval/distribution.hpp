#pragma once
// The statistics of a block's distribution that its ladder rungs and `stat`s compare
// with (docs/language.md §15d): computed once per block — per group under `within
// group` — from the values of the units ranked together, before any unit is classed,
// exactly (a standard deviation is kept as its square, the variance).
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/eval/results.hpp"

namespace chiso {

class BlockDistribution {
public:
    // Every statistic named by a condition that applies to `block`; what cannot be
    // computed (no value, an sd(sample) of one unit) is an error at the statistic.
    BlockDistribution(const Definition& def, const BlockResult& block, Diagnostics& diags);

    // The statistic for the units ranked together with `unit`; null when it could not
    // be computed (reported).
    const DistributionFact* find(const StatSpec& stat, const UnitResult& unit) const;

    const std::vector<DistributionFact>& facts() const { return facts_; }

private:
    void compute(const CondValue& stat, const Definition& def, const BlockResult& block, Diagnostics& diags);
    void walk(const CondDef& cond, const Definition& def, const BlockResult& block, Diagnostics& diags);
    void walk(const CondValue& value, const Definition& def, const BlockResult& block, Diagnostics& diags);

    std::vector<std::string> groups_;  // {""} without `within group`
    std::map<std::pair<std::string, std::string>, std::size_t> index_;  // (group, written) -> facts_
    std::vector<DistributionFact> facts_;
    std::map<std::string, bool> seen_;  // written -> computed for every group
};

// The sorted values' statistic (exported for the tests): `values` ascending, not empty
// (for an sd(sample), at least 2).
Rational statistic_of(const StatSpec& stat, const std::vector<Rational>& sorted);

// Σx ÷ n, and Σ(x − mean)² ÷ n (population) or ÷ (n − 1) (sample): one definition for
// the cut-offs' statistics and the z-score's population (normalisation.cpp). Not empty.
Rational mean_of(const std::vector<Rational>& x);
Rational variance_of(const std::vector<Rational>& x, StatMethod method);

}  // namespace chiso
