#pragma once
// The q-th root of a product of rational powers, bounded by two rationals: what a
// weighted geometric mean needs (docs/language.md §15d). The root is irrational in
// general, so it is never computed in floating point: both bounds come from GMP's
// exact integer root, and they are exact when the root is rational.
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "engine/core/rational.hpp"

namespace chiso {

// lower ≤ value ≤ upper with upper − lower ≤ 2^−bits (both multiples of 2^−bits);
// exact: the value is rational and lower == upper == value.
struct RootBounds {
    Rational lower;
    Rational upper;
    bool exact = false;
};

// value = scale × (Π base_i ^ power_i) ^ (1/q), bases and scale ≥ 0, q ≥ 1.
// Throws ArithmeticOverflow when the bounds or the radicand grow too large
// (more than kMaxRootBits, a radicand beyond kMaxRadicandBits).
struct RootFactor {
    Rational base;
    std::uint32_t power = 0;
};
inline constexpr unsigned kMaxRootBits = 4096;       // the finest precision asked for
inline constexpr std::size_t kMaxRadicandBits = 1u << 24;  // 16 Mbit: a few ms of mpz_root
RootBounds root_bounds(const Rational& scale, const std::vector<RootFactor>& factors, std::uint32_t q, unsigned bits);

// √v when it is a rational number (v ≥ 0 whose reduced numerator and denominator are
// perfect squares: √(9/100) = 3/10), else nullopt. root_bounds' bounds are multiples
// of 2^−bits, so they never meet a root like 3/10: who rounds a root asks this first.
std::optional<Rational> exact_sqrt(const Rational& v);

}  // namespace chiso
