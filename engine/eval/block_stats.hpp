#pragma once
// A block's statistics: one type and one rule, for this year's results (eval/classify.cpp)
// and for last year's, whether evaluated again or read from a file of published
// results (compare/previous_year.cpp).
#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "engine/core/rational.hpp"

namespace chiso {

struct Definition;

struct ClassCount {
    std::string label;
    std::size_t count = 0;
};

// A statistic of the distribution that the block's conditions compare with (`mean`,
// `sd(sample)`, `percentile(90, linear)`), as computed for the units ranked together:
// the block, or one group of it under `within group`. Exact; an sd is kept as its
// square (`value` is the variance) and shown by its square root rounded with a bound.
struct DistributionFact {
    std::string group;    // "" for the whole block
    std::string written;  // the statistic as written: `sd(sample)`
    bool is_sd = false;
    Rational value;       // the statistic; for an sd, the variance
    std::size_t n = 0;    // the values it summarises
};

struct BlockStats {
    std::size_t count = 0;
    Rational mean, min, max;  // of the compared index (published or exact, per ranking), see summarise_indices
    std::map<std::string, std::vector<ClassCount>> per_class;  // ladder id -> counts in label order
    // counted[i]: the units satisfying statistic i of the criteria that gave these
    // results (Definition::stats[i]); empty when nothing was counted (published results).
    std::vector<std::size_t> counted;
    // The statistics of the distribution its conditions used, in the order first named
    // by the ladders and then the statistics of the criteria, per group.
    std::vector<DistributionFact> distribution;
};

// The published rule for count, mean, lowest and highest of a block's indices: the
// mean of the indices exactly, then rounded once by the criteria's `rounding`; the
// lowest and highest likewise, so they never show more decimals than the mean
// beside them. `publish` null: kept exact. Last year's published results are read
// that way, because their file does not say how it rounds: the indices in it are
// rounded already, and the mean is rounded where it is shown, by this year's
// criteria (report/build/year_view.cpp) — the same rule, applied later.
// Fills count, mean, min, max; leaves per_class and counted to the caller.
BlockStats summarise_indices(std::span<const Rational> indices, const Definition* publish);

}  // namespace chiso
