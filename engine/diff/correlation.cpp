#include "engine/diff/correlation.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chiso::diff {

std::vector<double> mid_ranks(const std::vector<int>& ranks) {
    std::vector<std::size_t> order(ranks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return ranks[x] < ranks[y]; });
    std::vector<double> out(ranks.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && ranks[order[j]] == ranks[order[i]]) ++j;
        const double mid = static_cast<double>(i + 1 + j) / 2.0;  // mean of positions i+1 .. j
        for (std::size_t k = i; k < j; ++k) out[order[k]] = mid;
        i = j;
    }
    return out;
}

std::optional<double> spearman_rho(const std::vector<int>& a, const std::vector<int>& b) {
    const std::size_t n = std::min(a.size(), b.size());
    if (n < 2) return std::nullopt;
    const auto x = mid_ranks(a);
    const auto y = mid_ranks(b);
    const double mean = static_cast<double>(n + 1) / 2.0;  // mid-ranks always average (n+1)/2
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxy += (x[i] - mean) * (y[i] - mean);
        sxx += (x[i] - mean) * (x[i] - mean);
        syy += (y[i] - mean) * (y[i] - mean);
    }
    if (sxx == 0 || syy == 0) return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

std::optional<double> kendall_tau_b(const std::vector<int>& a, const std::vector<int>& b) {
    const std::size_t n = std::min(a.size(), b.size());
    if (n < 2) return std::nullopt;
    long long concordant = 0, discordant = 0, ties_a = 0, ties_b = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const int da = (a[i] > a[j]) - (a[i] < a[j]);
            const int db = (b[i] > b[j]) - (b[i] < b[j]);
            if (da == 0) ++ties_a;
            if (db == 0) ++ties_b;
            if (da != 0 && db != 0) (da == db ? concordant : discordant)++;
        }
    const long long pairs = static_cast<long long>(n * (n - 1) / 2);
    const double denominator =
        std::sqrt(static_cast<double>(pairs - ties_a)) * std::sqrt(static_cast<double>(pairs - ties_b));
    if (denominator == 0) return std::nullopt;
    return static_cast<double>(concordant - discordant) / denominator;
}

}  // namespace chiso::diff
