// The heat map: colour steps computed exactly, one cell per unit and area, not
// applicable and not-entered areas shown as such, bonus and deduction signed.
#include "engine/report/build/charts.hpp"
#include "engine/report/html/svg_heat_map.hpp"

#include <gtest/gtest.h>

#include "engine/report/html/svg_canvas.hpp"
#include "html_fixture.hpp"

namespace chiso {
namespace {

using report::heat_step;
using report::HeatMap;
using report::layout_heat_map;

TEST(HeatStep, SevenStepsWithExactBoundaries) {
    EXPECT_EQ(heat_step(Rational(0), Rational(10)), 0);
    EXPECT_EQ(heat_step(Rational(4999, 1000), Rational(10)), 0);
    EXPECT_EQ(heat_step(Rational(5), Rational(10)), 1);  // 50% starts step 1
    EXPECT_EQ(heat_step(Rational(6), Rational(10)), 2);
    EXPECT_EQ(heat_step(Rational(7), Rational(10)), 3);
    EXPECT_EQ(heat_step(Rational(8), Rational(10)), 4);
    EXPECT_EQ(heat_step(Rational(8999, 1000), Rational(10)), 4);
    // 0.9 would not be exact in binary; as a fraction, 27/30 is 90% exactly.
    EXPECT_EQ(heat_step(Rational(27), Rational(30)), 5);
    EXPECT_EQ(heat_step(Rational(29999, 1000), Rational(30)), 5);
    EXPECT_EQ(heat_step(Rational(30), Rational(30)), 6);  // full marks stand apart
    EXPECT_EQ(report::kHeatSteps, 7);
}

const char* const kCriteria = R"(
block so "Sở" tree t
tree t "Bộ tiêu chí" max 100 {
  area 1 "Công tác chỉ đạo, điều hành cải cách hành chính" max 40
  area 2 "Thủ tục hành chính" max 40 optional
  area 3 "Khảo sát" max 20
  item 4 "Điểm thưởng" bonus cap 2
  item 5 "Điểm trừ" deduction cap 3 per 1
}
)";

const char* const kUnits = R"(
  - {id: a, name: "Sở A", block: so, scores: {"1": 36, "2": 40, "3": 20, "4": 1.5, "5": 0}}
  - {id: b, name: "Sở B", block: so, scores: {"1": 30, "2": không áp dụng, "3": 15, "4": 0, "5": 1}}
  - {id: c, name: "Sở C", block: so, scores: {"1": 20, "2": 20, "3": 5, "4": 0, "5": 0}}
)";

class HeatMapTest : public ::testing::Test {
protected:
    void SetUp() override {
        run = testing::evaluate_text(kCriteria, kUnits);
        map = layout_heat_map(run->definition(), run->block("so"), Lang::Vi);
    }
    // Cells are row by row in rank order: a (1), b (2), c (3).
    const report::HeatCell& cell(std::size_t row, std::size_t column) const {
        return map.cells.at(row * map.columns.size() + column);
    }
    std::unique_ptr<testing::Evaluation> run;
    HeatMap map;
};

TEST_F(HeatMapTest, OneCellPerUnitAndArea) {
    ASSERT_EQ(map.columns.size(), 5u);
    ASSERT_EQ(map.rows.size(), 3u);
    EXPECT_EQ(map.cells.size(), 15u);
    EXPECT_EQ(map.rows[0].label, "1. Sở A");
    // Columns side by side, rows one under the other.
    EXPECT_DOUBLE_EQ(cell(0, 1).x - cell(0, 0).x, map.cell_width);
    EXPECT_DOUBLE_EQ(cell(1, 0).y - cell(0, 0).y, map.cell_height);
}

TEST_F(HeatMapTest, ColourIsTheShareOfTheAreasMaximumAndThePointsArePrinted) {
    EXPECT_EQ(cell(0, 0).css, "heat h5");  // 36 of 40: 90%
    EXPECT_EQ(cell(0, 0).text, "36,00");  // published, as in the table
    EXPECT_EQ(cell(0, 1).css, "heat h6");  // full marks
    EXPECT_TRUE(cell(0, 1).dark);
    EXPECT_EQ(cell(2, 2).css, "heat h0");  // 5 of 20: 25%
    EXPECT_TRUE(cell(2, 2).dark);
    EXPECT_EQ(cell(2, 0).css, "heat h1");  // 20 of 40: 50%
    EXPECT_EQ(cell(2, 0).tooltip, "Sở C — 1. Công tác chỉ đạo, điều hành cải cách hành chính: 20,00/40,00 điểm (50%)");
}

TEST_F(HeatMapTest, NotApplicableIsHatchedAndLabelled) {
    EXPECT_EQ(cell(1, 1).css, "heat na");
    EXPECT_EQ(cell(1, 1).text, "KAD");
    bool legend_na = false, legend_none = false;
    for (const auto& item : map.legend) {
        legend_na = legend_na || item.css == "heat na";
        legend_none = legend_none || item.css == "heat none";
    }
    EXPECT_TRUE(legend_na);
    EXPECT_FALSE(legend_none);  // no cell shows "—"
}

TEST_F(HeatMapTest, BonusAndDeductionAreShownSignedNotAsAShare) {
    EXPECT_EQ(map.columns[3].subtitle, "cộng/trừ");
    EXPECT_EQ(cell(0, 3).css, "heat adj-plus");
    EXPECT_EQ(cell(0, 3).text, "+1,50");
    EXPECT_EQ(cell(1, 4).css, "heat adj-minus");
    EXPECT_EQ(cell(1, 4).text, "\u22121,00");
    EXPECT_EQ(cell(2, 4).css, "heat adj-zero");
}

TEST_F(HeatMapTest, LongTitlesWrapIntoTheColumn) {
    const auto& lines = map.columns[0].title_lines;
    EXPECT_GE(lines.size(), 2u);
    for (const auto& line : lines) EXPECT_LE(svg::text_width(line, 13), map.cell_width);
    EXPECT_EQ(map.columns[0].subtitle, "tối đa 40");
}

TEST(HeatMap, AreasWithoutTheirOwnScoreAreBlank) {
    const char* criteria = R"(
block so "Sở" tree t
tree t "Cây" max 100 {
  area 1 "Một" max 60
  area 2 "Hai" max 40
}
)";
    auto run = testing::evaluate_text(criteria, R"(  - {id: a, name: "Sở A", block: so, scores: {total: 90}}
)");
    const HeatMap map = layout_heat_map(run->definition(), run->block("so"), Lang::En);
    ASSERT_EQ(map.cells.size(), 2u);
    EXPECT_EQ(map.cells[0].css, "heat none");
    EXPECT_EQ(map.cells[0].text, "—");
    EXPECT_EQ(map.legend.back().text, "—: no detailed score");
}

TEST(HeatMap, NoAreasNoMap) {
    const char* criteria = R"(
block so "Sở" tree t
tree t "Tổng điểm" max 100
)";
    auto run = testing::evaluate_text(criteria, R"(  - {id: a, name: "Sở A", block: so, scores: {total: 90}}
)");
    EXPECT_TRUE(layout_heat_map(run->definition(), run->block("so"), Lang::Vi).empty());
}

}  // namespace
}  // namespace chiso
