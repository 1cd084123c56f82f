#pragma once
// A share's confidence interval, exactly (docs/language.md "Survey answer sheets",
// "How the interval is computed"). Both methods give each bound as A ± K·√C with A, K,
// C rational. A rational √C is exact; otherwise √C is enclosed between two multiples of
// 2^−b by the project's one exact root (engine/core/rational_root.hpp, GMP's integer
// root), and the bound is rounded at the criteria's places and mode only when both ends
// of its enclosure round alike — else b grows by 64 bits and it is done again. No
// binary float.
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

// A non-negative 128-bit sum (of weights, of their squares) as a Rational.
Rational wide_rational(i128 n);

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
