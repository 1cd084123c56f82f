// The slope chart follows the comparison with last year: a line per comparable
// unit, fans for splits, dashed lines for mergers, and the units that cannot be
// compared (new, from another block, no longer assessed) shown alone with why.
#include "engine/report/build/charts.hpp"
#include "engine/report/html/svg_slope_chart.hpp"

#include <gtest/gtest.h>

namespace chiso {
namespace {

using report::layout_slope_chart;
using report::SlopeChart;

PreviousUnit before(const char* id, const char* name, const char* block, std::optional<int> rank) {
    PreviousUnit p;
    p.id = id;
    p.name = name;
    p.block = block;
    p.rank = rank;
    return p;
}

UnitResult now(const char* id, const char* name, int rank) {
    UnitResult u;
    u.id = id;
    u.name = name;
    u.block = "so";
    u.rank = rank;
    return u;
}

UnitChange change(PreviousStatus status, std::vector<const PreviousUnit*> predecessors, std::optional<int> rank_change) {
    UnitChange c;
    c.status = status;
    c.predecessors = std::move(predecessors);
    c.rank_change = rank_change;
    if (c.predecessors.size() == 1) c.previous_rank = c.predecessors[0]->rank;
    return c;
}

struct Fixture {
    BlockDef so{"so", "Sở", 0, {}, {}};
    // Last year: Tài chính 1, Nội vụ 2, Kế hoạch 4, Xây dựng 3 (gone), Hải quan in block tw, Tư pháp 5 (split).
    PreviousUnit tai_chinh = before("tc", "Sở Tài chính", "so", 1);
    PreviousUnit noi_vu = before("nv", "Sở Nội vụ", "so", 2);
    PreviousUnit xay_dung = before("xd", "Sở Xây dựng", "so", 3);
    PreviousUnit ke_hoach = before("kh", "Sở Kế hoạch", "so", 4);
    PreviousUnit tu_phap = before("tp", "Sở Tư pháp", "so", 5);
    PreviousUnit hai_quan = before("hq", "Cục Hải quan", "tw", 1);
    BlockResult block;
    BlockChange changes;

    Fixture() {
        block.block = &so;
        block.units = {now("nv", "Sở Nội vụ", 1), now("tc", "Sở Tài chính", 2), now("tt", "Thanh tra", 3),
                       now("hq", "Cục Hải quan", 4), now("tp1", "Sở Tư pháp 1", 5), now("tp2", "Sở Tư pháp 2", 6)};
        changes.units = {change(PreviousStatus::Same, {&noi_vu}, +1),
                         change(PreviousStatus::Merged, {&tai_chinh, &ke_hoach}, std::nullopt),
                         change(PreviousStatus::New, {}, std::nullopt),
                         change(PreviousStatus::OtherBlock, {&hai_quan}, std::nullopt),
                         change(PreviousStatus::Split, {&tu_phap}, 0),
                         change(PreviousStatus::Split, {&tu_phap}, -1)};
        changes.vanished = {&xay_dung};
    }
};

const report::SlopeEnd* left_end(const SlopeChart& chart, const std::string& label) {
    for (const auto& e : chart.left)
        if (e.label == label) return &e;
    return nullptr;
}

TEST(SlopeChart, AComparableUnitGetsALineFromLastYearsRankToThisYears) {
    Fixture f;
    const SlopeChart chart = layout_slope_chart(f.block, f.changes, 2023, 2024, Lang::Vi);
    EXPECT_EQ(chart.left_title, "Hạng 2023");
    EXPECT_EQ(chart.right_title, "Hạng 2024");
    ASSERT_EQ(chart.right.size(), 6u);
    EXPECT_EQ(chart.right[0].tag, "+1");
    EXPECT_EQ(chart.right[0].css, "up");
    const auto* noi_vu = left_end(chart, "Sở Nội vụ");
    ASSERT_NE(noi_vu, nullptr);
    EXPECT_EQ(noi_vu->rank, "2");
    ASSERT_FALSE(chart.lines.empty());
    EXPECT_EQ(chart.lines[0].css, "slope up");
    EXPECT_DOUBLE_EQ(chart.lines[0].from_y, noi_vu->y);
    EXPECT_DOUBLE_EQ(chart.lines[0].to_y, chart.right[0].y);
    // Rows at equal steps: rank 2 last year one row below rank 1 this year.
    EXPECT_DOUBLE_EQ(noi_vu->y - chart.right[0].y, chart.right[1].y - chart.right[0].y);
}

TEST(SlopeChart, AMergedUnitGetsADashedLineFromEachPredecessor) {
    Fixture f;
    const SlopeChart chart = layout_slope_chart(f.block, f.changes, 2023, 2024, Lang::Vi);
    std::size_t merged = 0;
    for (const auto& line : chart.lines) {
        if (line.css != "slope merged") continue;
        ++merged;
        EXPECT_DOUBLE_EQ(line.to_y, chart.right[1].y);
    }
    EXPECT_EQ(merged, 2u);
    EXPECT_EQ(chart.right[1].tag, "hợp nhất");
    ASSERT_NE(left_end(chart, "Sở Kế hoạch"), nullptr);
}

TEST(SlopeChart, NewAndOtherBlockUnitsStandAloneWithTheReason) {
    Fixture f;
    const SlopeChart chart = layout_slope_chart(f.block, f.changes, 2023, 2024, Lang::En);
    EXPECT_EQ(chart.right[2].tag, "new");
    EXPECT_EQ(chart.right[2].css, "alone");
    EXPECT_EQ(chart.right[3].tag, "other block");
    EXPECT_EQ(left_end(chart, "Cục Hải quan"), nullptr);  // its rank was in another block
}

TEST(SlopeChart, ASplitFansOutFromOnePoint) {
    Fixture f;
    const SlopeChart chart = layout_slope_chart(f.block, f.changes, 2023, 2024, Lang::Vi);
    std::vector<double> starts;
    for (const auto& line : chart.lines)
        if (line.to_y == chart.right[4].y || line.to_y == chart.right[5].y) starts.push_back(line.from_y);
    ASSERT_EQ(starts.size(), 2u);
    EXPECT_DOUBLE_EQ(starts[0], starts[1]);
    std::size_t tu_phap = 0;
    for (const auto& e : chart.left) tu_phap += e.label == "Sở Tư pháp";
    EXPECT_EQ(tu_phap, 1u);
    EXPECT_EQ(chart.right[5].tag, "\u22121");
}

TEST(SlopeChart, AUnitNoLongerAssessedStaysOnTheLeft) {
    Fixture f;
    const SlopeChart chart = layout_slope_chart(f.block, f.changes, 2023, 2024, Lang::Vi);
    const auto* gone = left_end(chart, "Sở Xây dựng");
    ASSERT_NE(gone, nullptr);
    EXPECT_EQ(gone->tag, "không còn đánh giá");
    EXPECT_EQ(gone->css, "vanished");
    EXPECT_EQ(chart.lines.size(), 5u);  // 1 same + 2 merged + 2 split
}

TEST(SlopeChart, UnitsTiedLastYearTakeSeparateRows) {
    Fixture f;
    f.ke_hoach.rank = 2;  // tied with Nội vụ
    const SlopeChart chart = layout_slope_chart(f.block, f.changes, 2023, 2024, Lang::Vi);
    const auto* a = left_end(chart, "Sở Nội vụ");
    const auto* b = left_end(chart, "Sở Kế hoạch");
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->rank, "2");
    EXPECT_EQ(b->rank, "2");
    EXPECT_NE(a->y, b->y);
}

TEST(SlopeChart, NothingComparableNoChart) {
    Fixture f;
    for (auto& c : f.changes.units) c = change(PreviousStatus::NotPublished, {}, std::nullopt);
    f.changes.vanished.clear();
    EXPECT_TRUE(layout_slope_chart(f.block, f.changes, 2023, 2024, Lang::Vi).empty());
}

}  // namespace
}  // namespace chiso
