#include "engine/plan/common_denominator.hpp"

#include <numeric>

#include "engine/plan/compiled_plan.hpp"

namespace chiso {
namespace {

// lcm(a, b) or nullopt on overflow.
std::optional<std::int64_t> checked_lcm(std::int64_t a, std::int64_t b) {
    const std::int64_t g = std::gcd(a, b);
    std::int64_t out = 0;
    if (__builtin_mul_overflow(a / g, b, &out)) return std::nullopt;
    return out;
}

bool fits(const std::vector<Rational>& amounts, std::int64_t d) {
    for (const Rational& a : amounts) {
        std::int64_t scaled = 0;
        if (a.is_big() || d % a.den() != 0) return false;
        if (__builtin_mul_overflow(a.num(), d / a.den(), &scaled)) return false;
        if (scaled >= kDenominatorLimit || scaled <= -kDenominatorLimit) return false;
    }
    return true;
}

}  // namespace

std::optional<std::int64_t> common_denominator(const std::vector<Rational>& amounts) {
    std::int64_t base = 1;
    for (const Rational& a : amounts) {
        if (a.is_big()) return std::nullopt;
        auto l = checked_lcm(base, a.den());
        if (!l || *l >= kDenominatorLimit) return std::nullopt;
        base = *l;
    }
    std::int64_t ten = 1'000'000;
    for (int p = 6; p >= 0; --p, ten /= 10) {
        auto d = checked_lcm(base, ten);
        if (d && fits(amounts, *d)) return d;
    }
    return std::nullopt;
}

}  // namespace chiso
