#include "engine/eval/means.hpp"

#include <numeric>

namespace chiso {

Rational harmonic_mean(const std::vector<MeanPart>& parts, const Rational& weights, const Rational& max) {
    Rational inverse;  // Σ wᵢ ÷ sᵢ
    for (const MeanPart& p : parts) {
        if (p.weight.is_zero()) continue;
        if (p.share.is_zero()) return Rational(0);
        inverse += p.weight / p.share;
    }
    if (inverse.is_zero()) return Rational(0);
    return max * weights / inverse;
}

RootBounds geometric_mean(const std::vector<MeanPart>& parts, const Rational& weights, const Rational& max,
                          unsigned bits) {
    // Exponents eᵢ = wᵢ ÷ W = aᵢ ÷ q with one q: the mean is max × (Π sᵢ^aᵢ)^(1/q).
    std::int64_t q = 1;
    std::vector<Rational> exponents;
    exponents.reserve(parts.size());
    for (const MeanPart& p : parts) {
        if (p.weight.is_zero()) {
            exponents.emplace_back(0);
            continue;
        }
        if (p.share.is_zero()) return RootBounds{Rational(0), Rational(0), true};
        exponents.push_back(p.weight / weights);
        const std::int64_t d = exponents.back().den();
        q = q / std::gcd(q, d) * d;
        if (q > kMaxMeanDenominator) throw ArithmeticOverflow();
    }
    std::vector<RootFactor> factors;
    factors.reserve(parts.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const Rational a = exponents[i] * Rational(q);
        factors.push_back(RootFactor{parts[i].share, static_cast<std::uint32_t>(a.num())});
    }
    return root_bounds(max, factors, static_cast<std::uint32_t>(q), bits);
}

}  // namespace chiso
