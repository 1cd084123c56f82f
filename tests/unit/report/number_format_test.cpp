#include "engine/report/view/number_format.hpp"

#include <gtest/gtest.h>

namespace chiso {
namespace {

Rational dec(const char* text) { return *Rational::parse_decimal(text); }

TEST(NumberFormat, VietnameseUsesDecimalComma) {
    const Publication pub{2, RoundingMode::HalfUp};
    EXPECT_EQ(pub.text(dec("91.925"), Lang::Vi), "91,93");
    EXPECT_EQ(pub.text(dec("91.925"), Lang::En), "91.93");
    EXPECT_EQ(pub.text(Rational(70), Lang::Vi), "70,00");
}

TEST(NumberFormat, PublishedAtTheCriteriasRoundingWithExactlyItsDecimals) {
    // The review's table: 89.505 points beside an index of 89.50, and 90.7 beside 90.70.
    EXPECT_EQ((Publication{2, RoundingMode::HalfEven}.text(dec("89.505"), Lang::Vi)), "89,50");
    EXPECT_EQ((Publication{2, RoundingMode::HalfUp}.text(dec("89.505"), Lang::Vi)), "89,51");
    EXPECT_EQ((Publication{2, RoundingMode::Down}.text(dec("89.509"), Lang::En)), "89.50");
    EXPECT_EQ((Publication{2, RoundingMode::Up}.text(dec("89.501"), Lang::En)), "89.51");
    EXPECT_EQ((Publication{2, RoundingMode::HalfUp}.text(dec("90.7"), Lang::Vi)), "90,70");
    EXPECT_EQ((Publication{0, RoundingMode::HalfUp}.text(dec("90.5"), Lang::Vi)), "91");
    EXPECT_EQ((Publication{4, RoundingMode::HalfUp}.text(Rational(1, 3), Lang::En)), "0.3333");
    // Text and number agree, for JSON and the workbook.
    EXPECT_DOUBLE_EQ((Publication{2, RoundingMode::HalfEven}.number(dec("90.625"))), 90.62);
    EXPECT_DOUBLE_EQ((Publication{2, RoundingMode::HalfEven}.value(dec("90.625")).to_double()), 90.62);
}

TEST(NumberFormat, ExactValuesNamedSo) {
    const Publication pub{2, RoundingMode::HalfEven};
    EXPECT_EQ(pub.exact_text(dec("89.505")), "89.505");
    EXPECT_EQ(pub.exact_text(Rational(275, 3)), "91.666667");
    EXPECT_DOUBLE_EQ(pub.exact_number(dec("89.505")), 89.505);
}

TEST(NumberFormat, DeclaredValuesAsWritten) {
    EXPECT_EQ(format_exact(dec("5.50"), 2, Lang::Vi), "5,5");
    EXPECT_EQ(format_exact(Rational(10), 2, Lang::En), "10");
    EXPECT_EQ(format_exact(Rational(11, 12) * Rational(100), 2, Lang::En), "91.6667");
    EXPECT_EQ(format_fixed(dec("93.333"), 2, Lang::Vi), "93,33");
}

TEST(NumberFormat, ShareAsCountAndPercent) {
    EXPECT_EQ(format_share(14, 15, Lang::Vi), "14/15 (93,33%)");
    EXPECT_EQ(format_share(14, 15, Lang::En), "14/15 (93.33%)");
    EXPECT_EQ(format_share(0, 0, Lang::En), "0/0 (0.00%)");
}

TEST(NumberFormat, DatesFollowLanguage) {
    EXPECT_EQ(format_date("2024-05-10", Lang::Vi), "10/05/2024");
    EXPECT_EQ(format_date("2024-05-10", Lang::En), "2024-05-10");
    EXPECT_EQ(format_date("tháng 5", Lang::Vi), "tháng 5");
}

TEST(NumberFormat, JsonNumberFromDecimalText) {
    EXPECT_DOUBLE_EQ(json_number(Rational(2, 3), 4), 0.6667);
    EXPECT_DOUBLE_EQ(json_number(dec("91.67"), 6), 91.67);
    EXPECT_DOUBLE_EQ(json_number(Rational(-1, 8), 6), -0.125);
}

}  // namespace
}  // namespace chiso
