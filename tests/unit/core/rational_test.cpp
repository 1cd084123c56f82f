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

TEST(Rational, OverflowIsReportedNotWrapped) {
    Rational big(INT64_MAX / 2);
    EXPECT_THROW(big * big, chiso::ArithmeticOverflow);
    EXPECT_THROW(Rational(1) / Rational(0), std::domain_error);
}
