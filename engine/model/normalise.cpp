#include "engine/model/normalise.hpp"

#include "engine/core/rational_root.hpp"

namespace chiso {

Rational normalised_points(const NormaliseDef& n, const Rational& x, const Rational& low, const Rational& high) {
    const Rational distance = n.lower_better ? high - x : x - low;
    return n.from + distance / (high - low) * (n.to - n.from);
}

Rational rank_points(const NormaliseDef& n, std::int64_t rank, std::int64_t count) {
    return n.from + Rational(count - rank, count - 1) * (n.to - n.from);
}

// |z_sd × (x − mean) ÷ sd| = √(z_sd² × (x − mean)² ÷ variance): the root of a rational,
// bounded by GMP's integer root; the bounds of the term below the mean swap places.
RootBounds zscore_points(const NormaliseDef& n, const Rational& x, const Rational& mean, const Rational& variance,
                         unsigned bits) {
    const Rational d = n.lower_better ? mean - x : x - mean;
    if (d.is_zero()) return RootBounds{n.z_mean, n.z_mean, true};
    const RootBounds r = root_bounds(Rational(1), {RootFactor{n.z_sd * n.z_sd * d * d / variance, 1}}, 2, bits);
    if (!d.is_negative()) return RootBounds{n.z_mean + r.lower, n.z_mean + r.upper, r.exact};
    return RootBounds{n.z_mean - r.upper, n.z_mean - r.lower, r.exact};
}

}  // namespace chiso
