// The bar chart's geometry: bars proportional to the index, cut-off lines where
// the ladders and statistics put them, a line between ranks for "top N" rungs.
#include "engine/report/build/charts.hpp"
#include "engine/report/html/svg_bar_chart.hpp"

#include <gtest/gtest.h>

#include "engine/report/build/svg_cutoffs.hpp"
#include "html_fixture.hpp"

namespace chiso {
namespace {

using report::BarChart;
using report::layout_bar_chart;

const char* const kCriteria = R"(
publish percent
block so "Sở, ban, ngành" tree t
tree t "Bộ tiêu chí" max 100 {
  area 1 "Chỉ đạo, điều hành" max 40
  area 2 "Thủ tục hành chính" max 40 optional
  area 3 "Khảo sát" max 20
}
ladder xep_loai "Xếp loại" {
  "Xuất sắc" when index >= 90
  "Tốt" when 80 <= index < 90
  "Khá" when index < 80
}
ladder dau "Người đứng đầu" {
  "Hoàn thành xuất sắc" when rank <= 2
  "Hoàn thành tốt" when index > 70 and flag "x"
  "Hoàn thành" otherwise
}
stat duoi_50 "Dưới 50%" count index < 50
)";

// Ranks: a 96, d 84, b 75 (area 2 not applicable: 45 of 60), c 45.
const char* const kUnits = R"(
  - {id: a, name: "Sở A", block: so, scores: {"1": 36, "2": 40, "3": 20}}
  - {id: b, name: "Sở B", block: so, scores: {"1": 30, "2": không áp dụng, "3": 15}}
  - {id: c, name: "Sở C", block: so, scores: {"1": 20, "2": 20, "3": 5}}
  - {id: d, name: "Sở D", block: so, scores: {"1": 40, "2": 30, "3": 14}}
)";

class BarChartTest : public ::testing::Test {
protected:
    void SetUp() override {
        run = testing::evaluate_text(kCriteria, kUnits);
        chart = layout_bar_chart(run->definition(), run->block("so"), Lang::Vi);
    }
    const report::CutMark* cut(const std::string& text) const {
        for (const auto& c : chart.cuts)
            if (c.text == text) return &c;
        return nullptr;
    }
    std::unique_ptr<testing::Evaluation> run;
    BarChart chart;
};

TEST_F(BarChartTest, OneBarPerUnitInRankOrderWithNameAndIndex) {
    ASSERT_EQ(chart.bars.size(), 4u);
    EXPECT_EQ(chart.bars[0].label, "1. Sở A");
    EXPECT_EQ(chart.bars[0].value, "96,00");
    EXPECT_EQ(chart.bars[2].label, "3. Sở B");
    EXPECT_EQ(chart.bars[2].value, "75,00");  // 45 of the 60 that apply
    for (std::size_t i = 1; i < chart.bars.size(); ++i) EXPECT_GT(chart.bars[i].y, chart.bars[i - 1].y);
}

TEST_F(BarChartTest, BarLengthIsProportionalToTheIndexOnA0To100Axis) {
    EXPECT_DOUBLE_EQ(chart.scale, 100);
    EXPECT_DOUBLE_EQ(chart.bars[0].length, 0.96 * chart.plot_width);
    EXPECT_DOUBLE_EQ(chart.bars[3].length, 0.45 * chart.plot_width);
    EXPECT_DOUBLE_EQ(chart.bars[0].length / chart.bars[3].length, 96.0 / 45.0);
    ASSERT_EQ(chart.ticks.size(), 11u);
    EXPECT_EQ(chart.ticks.front().second, "0");
    EXPECT_EQ(chart.ticks.back().second, "100");
    EXPECT_DOUBLE_EQ(chart.ticks.back().first, chart.plot_left + chart.plot_width);
}

TEST_F(BarChartTest, CutOffLinesAtTheLadderThresholdsLabelledWithTheRung) {
    const auto* excellent = cut("Xuất sắc ≥ 90");
    const auto* good = cut("Tốt ≥ 80");
    ASSERT_NE(excellent, nullptr);
    ASSERT_NE(good, nullptr);
    EXPECT_DOUBLE_EQ(excellent->x, chart.x_of(90));
    EXPECT_DOUBLE_EQ(good->x, chart.plot_left + 0.8 * chart.plot_width);
    EXPECT_EQ(excellent->lane, 0u);
    // "Khá < 80" ends where "Tốt" starts: one line at 80, named after the rung that starts there.
    EXPECT_EQ(cut("Khá < 80"), nullptr);
    // Lines run from their label down through all the bars.
    EXPECT_LT(excellent->top, chart.plot_top);
}

TEST_F(BarChartTest, ARungWithFurtherConditionsIsMarkedAndExplained) {
    const auto* partial = cut("Hoàn thành tốt > 70 *");
    ASSERT_NE(partial, nullptr);
    EXPECT_EQ(partial->lane, 1u);
    ASSERT_FALSE(chart.notes.empty());
    EXPECT_NE(chart.notes[0].find("điều kiện khác"), std::string::npos);
}

TEST_F(BarChartTest, StatisticsHaveALaneOfTheirOwn) {
    const auto* stat = cut("Dưới 50% < 50");
    ASSERT_NE(stat, nullptr);
    EXPECT_EQ(stat->lane, 2u);
    ASSERT_EQ(chart.lanes.size(), 3u);
    EXPECT_EQ(chart.lanes[2].text, "Thống kê");
}

TEST_F(BarChartTest, ARankRungDrawsALineBetweenItsLastUnitAndTheNext) {
    ASSERT_EQ(chart.rank_cuts.size(), 1u);
    EXPECT_EQ(chart.rank_cuts[0].text, "Người đứng đầu: Hoàn thành xuất sắc — hạng 1 đến 2");
    EXPECT_GT(chart.rank_cuts[0].y, chart.bars[1].y + chart.bar_height);
    EXPECT_LT(chart.rank_cuts[0].y, chart.bars[2].y);
}

TEST_F(BarChartTest, LabelsInOneLaneNeverOverlap) {
    for (const auto& a : chart.cuts)
        for (const auto& b : chart.cuts) {
            if (&a == &b || a.lane != b.lane || a.label_at.y != b.label_at.y) continue;
            const auto span = [](const report::CutMark& m) {
                const double w = svg::text_width(m.text, 13);
                return m.anchor == svg::Anchor::Start ? std::pair{m.label_at.x, m.label_at.x + w}
                                                      : std::pair{m.label_at.x - w, m.label_at.x};
            };
            const auto [a0, a1] = span(a);
            const auto [b0, b1] = span(b);
            EXPECT_TRUE(a1 <= b0 || b1 <= a0) << a.text << " / " << b.text;
        }
}

TEST_F(BarChartTest, EnglishKeepsTheDecimalPoint) {
    const BarChart en = layout_bar_chart(run->definition(), run->block("so"), Lang::En);
    EXPECT_EQ(en.bars[0].value, "96.00");
    EXPECT_EQ(en.axis_title, "Index (%)");
    EXPECT_EQ(en.lanes.back().text, "Statistics");
}

// On a 60-point scale published in points, the axis runs to 60 and cut-offs on
// points are drawn; on a % axis they cannot be, and a note lists them.
TEST(BarChartScale, PointsScaleDrawsPointsCutOffs) {
    const char* criteria = R"(
publish points
block tw "Cơ quan Trung ương" tree t
tree t "Thang 60 điểm" max 60 {
  area A "Thẩm định" max 40
  area B "Khảo sát" max 20
}
ladder nhom "Nhóm" {
  "Nhóm I" when points >= 51
  "Nhóm II" otherwise
}
)";
    const char* units = R"(
  - {id: a, name: "Cục A", block: tw, scores: {"A": 39, "B": 19}}
  - {id: b, name: "Cục B", block: tw, scores: {"A": 30, "B": 10.5}}
)";
    auto run = testing::evaluate_text(criteria, units);
    const BarChart chart = layout_bar_chart(run->definition(), run->block("tw"), Lang::Vi);
    EXPECT_DOUBLE_EQ(chart.scale, 60);
    EXPECT_EQ(chart.axis_title, "Chỉ số (thang 60 điểm)");
    EXPECT_DOUBLE_EQ(chart.bars[0].length, 58.0 / 60.0 * chart.plot_width);
    ASSERT_EQ(chart.cuts.size(), 1u);
    EXPECT_EQ(chart.cuts[0].text, "Nhóm I ≥ 51");
    EXPECT_DOUBLE_EQ(chart.cuts[0].x, chart.x_of(51));
    EXPECT_EQ(chart.ticks.size(), 7u);  // 0, 10, … 60
    EXPECT_TRUE(chart.notes.empty());
}

TEST(BarChartScale, PointsCutOffsOnAPercentAxisAreListedNotDrawn) {
    const char* criteria = R"(
block so "Sở" tree t
tree t "Cây" max 100 {
  area 1 "Một" max 100
}
ladder nhom "Nhóm" {
  "Nhóm I" when points >= 85.5
}
)";
    auto run = testing::evaluate_text(criteria, R"(  - {id: a, name: "Sở A", block: so, scores: {"1": 90}}
)");
    const BarChart chart = layout_bar_chart(run->definition(), run->block("so"), Lang::Vi);
    EXPECT_TRUE(chart.cuts.empty());
    ASSERT_EQ(chart.notes.size(), 1u);
    EXPECT_NE(chart.notes[0].find("Nhóm I ≥ 85,5"), std::string::npos) << chart.notes[0];
}

TEST(CutLanes, WhatEachConditionContributes) {
    const char* criteria = R"(
block so "Sở" tree t
tree t "Cây" max 100 {
  area 1 "Một" max 100
}
ladder a "Hoặc" {
  "X" when index >= 90 or rank <= 3
}
ladder b "Cuối bảng" {
  "Chậm" when rank >= 4
}
ladder c "Xích" {
  "Giữa" when 60 < index <= 75
  "Khác" otherwise
}
)";
    auto run = testing::evaluate_text(criteria, R"(  - {id: a, name: "Sở A", block: so, scores: {"1": 90}}
)");
    const auto lanes = report::cut_lanes(run->definition(), run->definition().blocks[0], Lang::Vi);
    // `or` cannot be drawn: the lane of ladder a is left out.
    ASSERT_EQ(lanes.size(), 2u);
    EXPECT_EQ(lanes[0].name, "Cuối bảng");
    ASSERT_EQ(lanes[0].ranks.size(), 1u);
    EXPECT_EQ(lanes[0].ranks[0].after_rank, 3);
    EXPECT_FALSE(lanes[0].ranks[0].top);
    ASSERT_EQ(lanes[1].index.size(), 2u);  // both ends: no other rung starts at 75
    EXPECT_EQ(lanes[1].index[0].cmp, Cmp::Gt);
    EXPECT_EQ(lanes[1].index[0].value, Rational(60));
    EXPECT_EQ(lanes[1].index[1].cmp, Cmp::Le);
    EXPECT_EQ(lanes[1].index[1].value, Rational(75));
}

// A `%` threshold is drawn where evaluation reads it: 55% of an 80-point scale is 44;
// a share of the ranks depends on the block's size and is not drawn.
TEST(CutLanes, PercentThresholdsAreAShareOfTheScale) {
    const char* criteria = R"(
publish points
block so "Sở" tree t
tree t "Cây" max 80
ladder a "Đạt" {
  "Đạt" when index >= 55%
  "Chưa" otherwise
}
ladder b "Đầu bảng" {
  "Đầu" when rank <= 10%
}
)";
    auto run = testing::evaluate_text(criteria, R"(  - {id: a, name: "Sở A", block: so, scores: {total: 50}}
)");
    const auto lanes = report::cut_lanes(run->definition(), run->definition().blocks[0], Lang::Vi);
    ASSERT_EQ(lanes.size(), 1u);
    ASSERT_EQ(lanes[0].index.size(), 1u);
    EXPECT_EQ(lanes[0].index[0].value, Rational(44));
}

}  // namespace
}  // namespace chiso
