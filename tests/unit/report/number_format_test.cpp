#include "engine/report/number_format.hpp"

#include <gtest/gtest.h>

namespace chiso {
namespace {

Rational dec(const char* text) { return *Rational::parse_decimal(text); }

TEST(NumberFormat, VietnameseUsesDecimalComma) {
    EXPECT_EQ(format_index(dec("91.925"), 2, Lang::Vi), "91,93");
    EXPECT_EQ(format_index(dec("91.925"), 2, Lang::En), "91.93");
    EXPECT_EQ(format_index(Rational(70), 2, Lang::Vi), "70,00");
}

TEST(NumberFormat, PointsAreExactWithTrimmedZeros) {
    EXPECT_EQ(format_points(dec("5.50"), 2, Lang::Vi), "5,5");
    EXPECT_EQ(format_points(Rational(10), 2, Lang::En), "10");
    EXPECT_EQ(format_points(Rational(11, 12) * Rational(100), 2, Lang::En), "91.6667");
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
