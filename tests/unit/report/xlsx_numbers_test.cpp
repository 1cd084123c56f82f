#include "engine/report/build/xlsx_numbers.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace chiso {
namespace {

using namespace report::xlsx;

Rational dec(const char* text) { return *Rational::parse_decimal(text); }

const Publication kTwo{2, RoundingMode::HalfUp};

TEST(XlsxNumbers, IndexWithTheDeclaredPlaces) {
    const Cell vi = published_cell(dec("91.93"), kTwo, Lang::Vi);
    EXPECT_EQ(vi.kind, Cell::Kind::Number);
    EXPECT_EQ(vi.number, 91.93);
    EXPECT_EQ(vi.text, "91,93");
    EXPECT_EQ(vi.format, "[$-42A]0.00");
    EXPECT_EQ(published_cell(dec("90.5"), kTwo, Lang::En).text, "90.50");
    EXPECT_EQ(published_cell(dec("90.5"), kTwo, Lang::En).format, "[$-409]0.00");
    EXPECT_EQ(published_cell(dec("45.4167"), (Publication{4, RoundingMode::HalfUp}), Lang::Vi).format,
              "[$-42A]0.0000");  // PAPI
    EXPECT_EQ(published_cell(dec("90"), (Publication{0, RoundingMode::HalfUp}), Lang::Vi).format, "[$-42A]0");
}

TEST(XlsxNumbers, TheValueIsThePublishedDecimal) {
    // 275/3 % = 91.666…: the cell holds 91.67, the number the decision publishes.
    EXPECT_EQ(published_cell(Rational(275, 3), kTwo, Lang::Vi).number, 91.67);
    // Points too: 55/6 = 9.1666… is 9.17 in the cell and on screen, with the index's format.
    EXPECT_EQ(published_cell(Rational(55, 6), kTwo, Lang::Vi).number, 9.17);
    EXPECT_EQ(published_cell(dec("5.5"), kTwo, Lang::Vi).text, "5,50");
    EXPECT_EQ(published_cell(dec("5.5"), kTwo, Lang::Vi).format, "[$-42A]0.00");
    // In the criteria's mode: 89.505 half even is 89.50, not 89.51.
    EXPECT_EQ(published_cell(dec("89.505"), (Publication{2, RoundingMode::HalfEven}), Lang::Vi).number, 89.50);
    // A maximum on the criteria sheet is shown as written.
    EXPECT_EQ(declared_cell(dec("5.5"), 2, Lang::Vi).text, "5,5");
    EXPECT_EQ(declared_cell(dec("5.5"), 2, Lang::Vi).format, "[$-42A]General");
}

TEST(XlsxNumbers, SignedChanges) {
    const Cell down = published_change_cell(dec("-0.27"), kTwo, Lang::Vi);
    EXPECT_EQ(down.number, -0.27);
    EXPECT_EQ(down.text, "\u22120,27");
    EXPECT_EQ(down.format, "[$-42A]+0.00;\"\u2212\"0.00;0.00");
    // A change that rounds to nothing is 0, not −0 (shown "−0,00").
    EXPECT_EQ(std::signbit(published_change_cell(dec("-0.001"), kTwo, Lang::Vi).number), false);
    EXPECT_EQ(rank_change_cell(-3).text, "\u22123");
    EXPECT_EQ(rank_change_cell(4).number, 4.0);
}

TEST(XlsxNumbers, SharesAndWeightsArePercentCells) {
    const Cell share = share_cell(14, 15, Lang::Vi);
    EXPECT_EQ(share.number, 0.9333);
    EXPECT_EQ(share.text, "93,33%");
    EXPECT_EQ(share.format, "[$-42A]0.00%");
    EXPECT_EQ(share_cell(0, 0, Lang::En).number, 0.0);
    const Cell weight = weight_cell(dec("0.125"), Lang::Vi);
    EXPECT_EQ(weight.number, 0.125);
    EXPECT_EQ(weight.text, "12,5%");
    EXPECT_EQ(weight.format, "[$-42A]0.0%");
    EXPECT_EQ(weight_cell(dec("0.6"), Lang::Vi).format, "[$-42A]0%");
}

}  // namespace
}  // namespace chiso
