#include "engine/survey/exact_interval.hpp"

#include "engine/core/rational_root.hpp"

namespace chiso::survey {
namespace {

Rational clamp_percent(const Rational& x) {
    if (x.is_negative()) return Rational(0);
    if (x > Rational(100)) return Rational(100);
    return x;
}

// A ± K·√C in percent (sign -1 or +1), clamped to [0, 100] and rounded. A rational √C
// is used as it is; otherwise √C is enclosed by root_bounds (engine/core/rational_root.hpp)
// ever more finely until both ends of the bound's enclosure round alike — which they
// do, an irrational bound never lying on a rounding step. K ≥ 0.
Rational bound(const Rational& a, const Rational& k, const Rational& c, int sign, int places, RoundingMode mode) {
    const Rational hundred(100);
    if (const auto root = exact_sqrt(c)) {
        const Rational x = sign < 0 ? a - k * *root : a + k * *root;
        return clamp_percent(x * hundred).round(places, mode);
    }
    for (unsigned bits = 64; bits <= kMaxRootBits; bits += 64) {
        const RootBounds r = root_bounds(Rational(1), {RootFactor{c, 1}}, 2, bits);
        const Rational x_lo = sign < 0 ? a - k * r.upper : a + k * r.lower;
        const Rational x_hi = sign < 0 ? a - k * r.lower : a + k * r.upper;
        const Rational lo = clamp_percent(x_lo * hundred).round(places, mode);
        if (lo == clamp_percent(x_hi * hundred).round(places, mode)) return lo;
    }
    throw ArithmeticOverflow();
}

}  // namespace

Rational wide_rational(i128 n) {
    constexpr std::int64_t kPart = std::int64_t{1} << 62;
    const auto high = static_cast<std::int64_t>(n / kPart);  // below 2^63 for n below 2^125
    const auto low = static_cast<std::int64_t>(n % kPart);
    return high == 0 ? Rational(low) : Rational(high) * Rational(kPart) + Rational(low);
}

Estimate estimate(const std::vector<PointTally>& points, bool weighted, bool wilson, const Rational& z, int places,
                  RoundingMode mode) {
    Estimate out;
    for (const auto& p : points) out.forms += static_cast<std::uint64_t>(p.forms);
    if (out.forms == 0) return out;
    const Rational million(1'000'000);
    Rational s0(0), s1(0), s2(0), w2(0);
    for (const auto& p : points) {
        const Rational w = weighted ? Rational(p.weight) / million : Rational(p.forms);
        s0 = s0 + w;
        s1 = s1 + p.share * w;
        s2 = s2 + p.share * p.share * w;
        w2 = w2 + (weighted ? wide_rational(p.weight_squares) / (million * million) : Rational(p.forms));
    }
    const Rational share = s1 / s0;
    out.share = share;
    const Rational n = s0 * s0 / w2;  // Kish's effective sample size; n without weights
    Rational a, k, c;
    if (wilson) {
        const Rational z2 = z * z;
        const Rational denom = Rational(1) + z2 / n;
        a = (share + z2 / (Rational(2) * n)) / denom;
        k = z / denom;
        c = share * (Rational(1) - share) / n + z2 / (Rational(4) * n * n);
    } else {
        a = share;
        k = z;
        c = (s2 / s0 - share * share) / n;
    }
    out.low = bound(a, k, c, -1, places, mode);
    out.high = bound(a, k, c, +1, places, mode);
    return out;
}

}  // namespace chiso::survey
