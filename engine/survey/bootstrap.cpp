#include "engine/survey/bootstrap.hpp"

#include <algorithm>

#include "engine/survey/exact_interval.hpp"
#include "engine/survey/random_stream.hpp"

namespace chiso::survey {
namespace {

std::uint32_t ceil_of(const Rational& x) {  // x ≥ 0, small: Rational's own rounding up
    return static_cast<std::uint32_t>(x.round(0, RoundingMode::Up).num());
}

}  // namespace

std::pair<std::uint32_t, std::uint32_t> percentile_ranks(std::uint32_t resamples, const Rational& level) {
    const Rational half_alpha = (Rational(1) - level) / Rational(2);
    const Rational b(static_cast<std::int64_t>(resamples));
    const std::uint32_t low = std::max<std::uint32_t>(1, ceil_of(half_alpha * b));
    const std::uint32_t high = std::min(resamples, ceil_of((Rational(1) - half_alpha) * b));
    return {low, high};
}

std::pair<Rational, Rational> bootstrap_bounds(const std::vector<Rational>& shares, const std::vector<DrawnForm>& forms,
                                               const BootstrapSpec& spec) {
    SplitMix64 stream(spec.state);
    const std::uint64_t n = forms.size();
    std::vector<i128> weight(shares.size());
    std::vector<Rational> drawn;
    drawn.reserve(spec.resamples);
    for (std::uint32_t b = 0; b < spec.resamples; ++b) {
        std::fill(weight.begin(), weight.end(), 0);
        for (std::uint64_t i = 0; i < n; ++i) {
            const DrawnForm& f = forms[stream.below(n)];
            weight[f.point] += f.weight;
        }
        // Σ w·v ÷ Σ w over the points (the millionths cancel).
        Rational sum_wv(0), sum_w(0);
        for (std::size_t k = 0; k < shares.size(); ++k) {
            if (weight[k] == 0) continue;
            const Rational w = wide_rational(weight[k]);
            sum_wv = sum_wv + w * shares[k];
            sum_w = sum_w + w;
        }
        drawn.push_back(sum_wv / sum_w);
    }
    std::sort(drawn.begin(), drawn.end());
    const auto [low, high] = percentile_ranks(spec.resamples, spec.level);
    const Rational hundred(100);
    return {(drawn[low - 1] * hundred).round(spec.places, spec.mode),
            (drawn[high - 1] * hundred).round(spec.places, spec.mode)};
}

}  // namespace chiso::survey
