#include "engine/core/rational.hpp"

#include <gtest/gtest.h>

using chiso::Rational;
using chiso::RoundingMode;

TEST(Rational, DecimalSumsAreExact) {
    auto a = *Rational::parse_decimal("0.1");
    auto b = *Rational::parse_decimal("0.2");
    EXPECT_EQ(a + b, *Rational::parse_decimal("0.3"));
}

TEST(Rational, ParseRejectsNonDecimals) {
    EXPECT_FALSE(Rational::parse_decimal("8,5"));
    EXPECT_FALSE(Rational::parse_decimal("nan"));
    EXPECT_FALSE(Rational::parse_decimal("1e3"));
    EXPECT_FALSE(Rational::parse_decimal(""));
    EXPECT_FALSE(Rational::parse_decimal("."));
    EXPECT_EQ(*Rational::parse_decimal("-2.50"), Rational(-5, 2));
}

TEST(Rational, RoundingModes) {
    Rational x = *Rational::parse_decimal("2.345");
    EXPECT_EQ(x.round(2, RoundingMode::HalfUp).to_fixed(2), "2.35");
    EXPECT_EQ(x.round(2, RoundingMode::HalfEven).to_fixed(2), "2.34");
    EXPECT_EQ(x.round(2, RoundingMode::Down).to_fixed(2), "2.34");
    EXPECT_EQ(x.round(2, RoundingMode::Up).to_fixed(2), "2.35");
    Rational neg = -x;
    EXPECT_EQ(neg.round(2, RoundingMode::HalfUp).to_fixed(2), "-2.35");
    EXPECT_EQ(neg.round(2, RoundingMode::Down).to_fixed(2), "-2.34");
}

TEST(Rational, IndexOfSixtyPointBlockIsExact) {
    // 40 appraised + 20 survey: 55.5 of 60 is 92.5%
    Rational index = *Rational::parse_decimal("55.5") / Rational(60) * Rational(100);
    EXPECT_EQ(index, *Rational::parse_decimal("92.5"));
    EXPECT_EQ(Rational(200, 3).to_fixed(2), "66.67");
    EXPECT_EQ(Rational(200, 3).to_string(4), "66.6667");
    EXPECT_EQ(Rational(91).to_string(), "91");
}

TEST(Rational, ValuesBeyond64BitsStayExact) {
    Rational big(INT64_MAX / 2);
    const Rational square = big * big;
    EXPECT_TRUE(square.is_big());
    EXPECT_EQ(square / big, big);
    EXPECT_FALSE((square / big).is_big());  // back to 64 bits when it fits
    EXPECT_EQ(square.to_string(0), "21267647932558653957237540927630737409");
    EXPECT_THROW(static_cast<void>(square.num()), chiso::ArithmeticOverflow);
    EXPECT_THROW(Rational(1) / Rational(0), std::domain_error);
}

// done/assigned ratios of many criteria: their common denominator outgrows 64 bits.
TEST(Rational, SumOfManyRatiosIsExact) {  // figures checked with Python's fractions.Fraction
    Rational sum;
    const int primes[] = {53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103};
    for (int p : primes) sum += Rational(p - 1, p);
    EXPECT_TRUE(sum.is_big());
    Rational back = sum;
    for (int p : primes) back -= Rational(p - 1, p);
    EXPECT_EQ(back, Rational(0));
    EXPECT_FALSE(back.is_big());
    EXPECT_EQ(sum.to_fixed(4), "11.8392");
    EXPECT_LT(sum, Rational(12));
    EXPECT_GT(sum, Rational(11));
    EXPECT_EQ((sum / Rational(12) * Rational(100)).round(2, RoundingMode::HalfUp).to_fixed(2), "98.66");
    EXPECT_EQ((-sum).to_fixed(2), "-11.84");
    EXPECT_TRUE((-sum).is_negative());
}

TEST(Rational, BigValuesRoundLikeSmallOnes) {
    const Rational tiny = Rational(1) / (Rational(INT64_MAX) * Rational(INT64_MAX));  // forces GMP
    const Rational x = *Rational::parse_decimal("2.345") + tiny - tiny;
    EXPECT_EQ(x, *Rational::parse_decimal("2.345"));
    const Rational half_up = *Rational::parse_decimal("2.345") - tiny;  // just below the half
    EXPECT_TRUE(half_up.is_big());
    EXPECT_EQ(half_up.round(2, RoundingMode::HalfUp).to_fixed(2), "2.34");
    EXPECT_EQ((half_up + tiny + tiny).round(2, RoundingMode::HalfUp).to_fixed(2), "2.35");
    EXPECT_EQ((-(half_up + tiny + tiny)).round(2, RoundingMode::Down).to_fixed(2), "-2.34");
    EXPECT_EQ((half_up + tiny + tiny).round(2, RoundingMode::HalfEven).to_fixed(2), "2.35");
}

TEST(Rational, GrowthBeyondTheBoundIsRefused) {
    Rational x(INT64_MAX);
    EXPECT_THROW(
        {
            for (int i = 0; i < 200; ++i) x = x * Rational(INT64_MAX);
        },
        chiso::ArithmeticOverflow);
}

// Many places of a large numerator: value x 10^places leaves 128 bits, so rounding
// and printing go through GMP instead of overflowing (found by UBSan on a national
// input printed to 20 places).
TEST(Rational, ManyPlacesOfALargeNumerator) {
    const chiso::Rational x(7630813953488372093, 3);
    EXPECT_EQ(x.to_fixed(20), "2543604651162790697.66666666666666666667");
    EXPECT_EQ((-x).to_fixed(40), "-2543604651162790697.6666666666666666666666666666666666666667");
    EXPECT_EQ(x.round(20, chiso::RoundingMode::Down).to_fixed(20), "2543604651162790697.66666666666666666666");
    EXPECT_EQ(chiso::Rational(1, 3).to_fixed(38), "0.33333333333333333333333333333333333333");
}
