#pragma once
// A fraction of two int64s with checked arithmetic: the compiled plan's constants
// and the kernel's intermediate values (formulas, ratios). Every operation either
// gives the exact reduced result or returns false — never a wrapped value — so the
// kernel declines (the reference evaluator, with its big rationals, takes over)
// instead of miscomputing. Denominators are > 0; fractions are not kept reduced
// (make() reduces only what would not fit, over() and Rational reduce when needed);
// no numerator is INT64_MIN, so negating is always safe.
#include <cstdint>
#include <numeric>
#include <optional>
#include <utility>

#include "engine/core/rational.hpp"

namespace chiso::fixed {

// __extension__: 128-bit products are exact for any two int64s (GCC and clang both have them).
__extension__ typedef __int128 i128;

struct Fraction {
    std::int64_t num = 0;
    std::int64_t den = 1;
};

// The exact int64 of a 128-bit intermediate, or false.
inline bool narrow(i128 v, std::int64_t& out) {
    if (v > INT64_MAX || v < INT64_MIN) return false;
    out = static_cast<std::int64_t>(v);
    return true;
}

// Greatest common divisor of two unsigned 64-bit values (binary: no division).
inline std::uint64_t gcd64(std::uint64_t a, std::uint64_t b) {
    if (a == 0) return b;
    if (b == 0) return a;
    const int shift = __builtin_ctzll(a | b);
    a >>= __builtin_ctzll(a);
    do {
        b >>= __builtin_ctzll(b);
        if (a > b) std::swap(a, b);
        b -= a;
    } while (b != 0);
    return a << shift;
}

// num/den with den > 0, reduced only when a part would not fit 64 bits otherwise
// (a gcd costs more than the arithmetic it guards); false when den is 0 or even
// the reduced fraction leaves 64 bits.
inline bool make(i128 num, i128 den, Fraction& out) {
    if (den == 0) return false;
    if (den < 0) num = -num, den = -den;
    if (num > INT64_MIN && num <= INT64_MAX && den <= INT64_MAX) {
        out = Fraction{static_cast<std::int64_t>(num), static_cast<std::int64_t>(den)};
        return true;
    }
    i128 a = num < 0 ? -num : num, b = den;
    while (b != 0) {
        const i128 t = a % b;
        a = b;
        b = t;
    }
    return narrow(num / a, out.num) && out.num != INT64_MIN && narrow(den / a, out.den);
}

// The same value with the smallest denominator.
inline Fraction reduced(const Fraction& x) {
    const std::uint64_t magnitude = x.num < 0 ? 0 - static_cast<std::uint64_t>(x.num) : static_cast<std::uint64_t>(x.num);
    const auto g = static_cast<std::int64_t>(gcd64(magnitude, static_cast<std::uint64_t>(x.den)));
    return g > 1 ? Fraction{x.num / g, x.den / g} : x;
}

// a + b_num / b.den: over the product of the denominators while it fits (no gcd),
// else over their least common multiple — sums of many fractions (an exact row's
// children) then stay inside 64 bits without a 128-bit gcd per addition.
inline bool over_lcm(const Fraction& a, const Fraction& b, i128 b_num, Fraction& out) {
    const i128 num = static_cast<i128>(a.num) * b.den + b_num * a.den, den = static_cast<i128>(a.den) * b.den;
    if (num > INT64_MIN && num <= INT64_MAX && den <= INT64_MAX) {
        out = Fraction{static_cast<std::int64_t>(num), static_cast<std::int64_t>(den)};
        return true;
    }
    const auto g = static_cast<std::int64_t>(gcd64(static_cast<std::uint64_t>(a.den), static_cast<std::uint64_t>(b.den)));
    if (g == 1) return make(num, den, out);
    const std::int64_t bg = b.den / g, ag = a.den / g;
    return make(static_cast<i128>(a.num) * bg + b_num * ag, static_cast<i128>(a.den) * bg, out);
}

// Over one denominator the sum is not reduced: the kernel's values over D stay over
// D (no gcd per addition). Every operation and comparison here is exact for
// unreduced fractions too; Rational reduces when a fraction becomes one.
inline bool add(const Fraction& a, const Fraction& b, Fraction& out) {
    if (a.den == b.den) {
        std::int64_t sum = 0;
        if (__builtin_add_overflow(a.num, b.num, &sum) || sum == INT64_MIN) return false;
        out = Fraction{sum, a.den};
        return true;
    }
    return over_lcm(a, b, b.num, out);
}
inline bool sub(const Fraction& a, const Fraction& b, Fraction& out) { return over_lcm(a, b, -static_cast<i128>(b.num), out); }
inline bool mul(const Fraction& a, const Fraction& b, Fraction& out) {
    return make(static_cast<i128>(a.num) * b.num, static_cast<i128>(a.den) * b.den, out);
}
// b must not be 0 (the caller reports or declines first).
inline bool div(const Fraction& a, const Fraction& b, Fraction& out) {
    return make(static_cast<i128>(a.num) * b.den, static_cast<i128>(a.den) * b.num, out);
}
// -1, 0, 1 as a < b, a == b, a > b (exact: the products fit 128 bits).
inline int compare(const Fraction& a, const Fraction& b) {
    const i128 l = static_cast<i128>(a.num) * b.den, r = static_cast<i128>(b.num) * a.den;
    return l < r ? -1 : l > r ? 1 : 0;
}

// x as an integer over `d` (x * d), or false when x * d is not a whole int64.
inline bool over(const Fraction& x, std::int64_t d, std::int64_t& out) {
    if (d % x.den != 0) {
        const Fraction r = reduced(x);  // 24/6 is 4 over any d
        if (d % r.den != 0) return false;
        return narrow(static_cast<i128>(r.num) * (d / r.den), out);
    }
    return narrow(static_cast<i128>(x.num) * (d / x.den), out);
}

// A Rational that fits: false for big values (GMP-backed), which the kernel leaves to the reference.
inline bool from(const Rational& r, Fraction& out) {
    if (r.is_big()) return false;
    out = Fraction{r.num(), r.den()};
    return true;
}

inline Rational to_rational(const Fraction& f) { return Rational(f.num, f.den); }

}  // namespace chiso::fixed
