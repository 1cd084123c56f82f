#pragma once
// A share's confidence interval, exactly (docs/language.md "Survey answer sheets",
// "How the interval is computed"). Both methods give each bound as A ± K·√C with A, K,
// C rational; √C is enclosed between k/10^d and (k+1)/10^d, k = ⌊√(C·10^(2d))⌋ taken by
// GMP's exact integer square root, and the bound is rounded at the criteria's places and
// mode only when both ends of its enclosure round alike — else d grows by 16 and it is
// done again. A rational √C (C·10^(2d) a perfect square) is exact. No binary float.
#include <cstdint>
#include <vector>

#include "engine/core/rational.hpp"

namespace chiso::survey {

// Sums of squared weights (millionths squared) of 100,000 forms pass 2^63.
__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

// One question of one unit: per point of its scale, the share it stands for, the forms
// that gave it, and their weights (in millionths; their squares in 10^-12), when weighted.
struct PointTally {
    Rational share;
    std::int64_t forms = 0;
    std::int64_t weight = 0;      // Σ w · 10^6
    i128 weight_squares = 0;  // Σ (w · 10^6)²
};

struct Estimate {
    std::uint64_t forms = 0;
    Rational share;      // Σ w·v / Σ w (a plain mean without weights)
    Rational low, high;  // in percent, rounded at `places` with `mode`, within [0, 100]
};

// No form (forms == 0): nothing else is set. The share is exact whatever its size (a
// Rational held by GMP beyond 64 bits).
Estimate estimate(const std::vector<PointTally>& points, bool weighted, bool wilson, const Rational& z, int places,
                  RoundingMode mode);

}  // namespace chiso::survey
