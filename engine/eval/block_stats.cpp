#include "engine/eval/block_stats.hpp"

#include <numeric>

#include "engine/model/definition.hpp"

namespace chiso {

namespace {

// The common case: every index a 64-bit fraction whose denominator divides one
// small common denominator (published indices: 10^places), so the sum, lowest and
// highest are integer operations over it — no gcd per unit. The same values as the
// Rational form (a Rational's form is unique). False: some index does not fit.
bool summarise_fixed(std::span<const Rational> indices, BlockStats& s, Rational& sum) {
    std::int64_t common = 1;
    for (const Rational& v : indices) {
        if (v.is_big()) return false;
        const std::int64_t d = v.den();
        if (common % d == 0) continue;
        const std::int64_t g = std::gcd(common, d);
        if (__builtin_mul_overflow(common / g, d, &common) || common > (std::int64_t{1} << 40)) return false;
    }
    std::int64_t total = 0;
    std::int64_t lo = 0, hi = 0;
    std::size_t lo_at = 0, hi_at = 0;
    for (std::size_t i = 0; i < indices.size(); ++i) {
        std::int64_t x = 0;
        if (__builtin_mul_overflow(indices[i].num(), common / indices[i].den(), &x)) return false;
        if (__builtin_add_overflow(total, x, &total)) return false;
        if (i == 0 || x < lo) lo = x, lo_at = i;
        if (i == 0 || x > hi) hi = x, hi_at = i;
    }
    sum = Rational(total, common);
    s.min = indices[lo_at];
    s.max = indices[hi_at];
    return true;
}

}  // namespace

BlockStats summarise_indices(std::span<const Rational> indices, const Definition* publish) {
    BlockStats s;
    s.count = indices.size();
    if (indices.empty()) return s;  // all zero: nothing to publish
    Rational sum;
    if (!summarise_fixed(indices, s, sum)) {
        for (std::size_t i = 0; i < indices.size(); ++i) {
            const Rational& v = indices[i];
            sum += v;
            if (i == 0 || v < s.min) s.min = v;
            if (i == 0 || v > s.max) s.max = v;
        }
    }
    s.mean = sum / Rational(static_cast<std::int64_t>(s.count));
    if (publish) {
        s.mean = publish->published(s.mean);
        s.min = publish->published(s.min);
        s.max = publish->published(s.max);
    }
    return s;
}

}  // namespace chiso
