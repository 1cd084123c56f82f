#pragma once
// A node normalised across units (docs/language.md §15d, "Normalisation across
// units"): its points come from its raw value — the number entered at a leaf, a
// leaf's formula, or an inner node's points — set against the raw values of a
// population of units: the unit's block, declared blocks together, and optionally
// the units of earlier years' score files pooled with them.
#include <optional>
#include <string>
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/core/rational_root.hpp"
#include "engine/core/source.hpp"
#include "engine/model/policies.hpp"

namespace chiso {

// An earlier year's score file pooled into the population (`over years "…"`).
struct PooledYearDef {
    std::string written;  // the path as written in the criteria file
    std::string path;     // resolved against the directory of the file that writes it
    SourceLoc loc;        // the quoted path
};

struct NormaliseDef {
    NormMethod method = NormMethod::MinMax;
    Rational post_low, post_high;  // goalposts: the fixed minimum and maximum of the raw value
    Rational from, to;             // the points the worst and the best unit get (not zscore)
    // zscore: the points are z_mean + z × z_sd, z = (x − mean) ÷ sd of the population,
    // the sd of the sample (÷ (n − 1)) or of the population (÷ n).
    bool z_sample = false;
    Rational z_mean, z_sd;
    bool lower_better = false;     // an inverse indicator: the lowest raw value is the best
    std::vector<std::string> blocks;  // `over blocks …` (empty: the unit's own block)
    std::vector<SourceLoc> block_locs;
    std::vector<PooledYearDef> years;  // `over years …`
    std::optional<Rational> if_equal;  // the points every unit gets when max = min
    std::string written;               // as written, for `chiso diff` and the criteria sheet
    SourceLoc loc;                     // the word `normalise`
    SourceLoc range_loc;               // the first number of the range
    SourceLoc post_loc;                // the first goalpost
    SourceLoc z_mean_loc, z_sd_loc;    // zscore: the target mean and sd
    SourceLoc if_equal_loc;
};

// The points of raw value `x` on [from, to] given the population's `low` and `high`
// (min and max, or the goalposts), low < high and low <= x <= high:
//   higher better: from + (x − low) ÷ (high − low) × (to − from)
//   lower better:  from + (high − x) ÷ (high − low) × (to − from)
// DDCI's positive indicator is from 1 to 10: (x − min) ÷ (max − min) × 9 + 1.
Rational normalised_points(const NormaliseDef& n, const Rational& x, const Rational& low, const Rational& high);

// Rank-based: the unit's rank r among n (1 = best, ties share the best rank):
//   from + (n − r) ÷ (n − 1) × (to − from), n > 1.
Rational rank_points(const NormaliseDef& n, std::int64_t rank, std::int64_t count);

// z-score, before it is limited to [0, max]: z_mean ± √(z_sd² × (x − mean)² ÷ variance),
// the sign of x − mean (reversed for lower better), variance > 0. √ is irrational in
// general: the result is bounded below and above within 2^−bits (rational_root.hpp),
// exactly when the root is rational.
RootBounds zscore_points(const NormaliseDef& n, const Rational& x, const Rational& mean, const Rational& variance,
                         unsigned bits);

}  // namespace chiso
