#include "engine/core/rational_root.hpp"

#include <gtest/gtest.h>

namespace chiso {
namespace {

// √2 × 2^64 = 26087635650665564424.699…: the bounds are its floor and ceiling over 2^64.
TEST(RationalRoot, SquareRootOfTwoIsBracketedWithinTheBits) {
    const RootBounds b = root_bounds(Rational(1), {RootFactor{Rational(2), 1}}, 2, 64);
    EXPECT_FALSE(b.exact);
    EXPECT_LT(b.lower, b.upper);
    // lower² < 2 < upper², and the two are 2^-64 apart.
    EXPECT_LT(b.lower * b.lower, Rational(2));
    EXPECT_GT(b.upper * b.upper, Rational(2));
    EXPECT_EQ((b.upper - b.lower) * Rational(std::int64_t{1} << 32) * Rational(std::int64_t{1} << 32),
              Rational(1));
}

TEST(RationalRoot, PerfectPowersAreExact) {
    // 10 × (0.8³)^(1/3) = 8
    const RootBounds b = root_bounds(Rational(10), {RootFactor{Rational(4, 5), 3}}, 3, 64);
    EXPECT_TRUE(b.exact);
    EXPECT_EQ(b.lower, Rational(8));
    EXPECT_EQ(b.upper, Rational(8));
    // (4/9)^(1/2) = 2/3 has no finite binary expansion: bounded, not exact.
    const RootBounds third = root_bounds(Rational(1), {RootFactor{Rational(4, 9), 1}}, 2, 64);
    EXPECT_FALSE(third.exact);
    EXPECT_LE(third.lower, Rational(2, 3));
    EXPECT_GE(third.upper, Rational(2, 3));
}

TEST(RationalRoot, FinerBitsNarrowTheBounds) {
    const RootBounds coarse = root_bounds(Rational(10), {RootFactor{Rational(1, 2), 1}}, 2, 64);
    const RootBounds fine = root_bounds(Rational(10), {RootFactor{Rational(1, 2), 1}}, 2, 256);
    EXPECT_LE(coarse.lower, fine.lower);
    EXPECT_GE(coarse.upper, fine.upper);
    EXPECT_LT(fine.upper - fine.lower, coarse.upper - coarse.lower);
}

TEST(RationalRoot, ZeroAndPowerZero) {
    EXPECT_TRUE(root_bounds(Rational(10), {RootFactor{Rational(0), 1}}, 2, 64).exact);
    const RootBounds one = root_bounds(Rational(5), {RootFactor{Rational(3, 7), 0}}, 3, 64);
    EXPECT_TRUE(one.exact);
    EXPECT_EQ(one.lower, Rational(5));
}

TEST(RationalRoot, RefusesWhatWouldGrowWithoutBound) {
    EXPECT_THROW(root_bounds(Rational(1), {RootFactor{Rational(2), 1}}, 2, kMaxRootBits * 2), ArithmeticOverflow);
    EXPECT_THROW(root_bounds(Rational(1), {RootFactor{Rational(2), 1}}, 0, 64), ArithmeticOverflow);
}

}  // namespace
}  // namespace chiso
