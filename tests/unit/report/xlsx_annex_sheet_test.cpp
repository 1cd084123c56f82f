// The annex sheet of a block, as data: every cell, its type and number format,
// the merged title and header cells, frozen and repeated header rows.
#include "engine/report/build/xlsx_annex_sheet.hpp"

#include <gtest/gtest.h>

#include "report_fixture.hpp"
#include "xlsx_grid_text.hpp"

namespace chiso {
namespace {

using report::xlsx::Cell;
using report::xlsx::Range;
using report::xlsx::Sheet;
using report::xlsx::Style;

const char* const kAnnexVi = R"grid(KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024
Khối: Sở, ban, ngành — 3 đơn vị
Hải Phòng — Căn cứ: 1091/QĐ-UBND ngày 10/05/2024; 25/KH-UBND

STT | Đơn vị | Điểm theo lĩnh vực |  | Tổng điểm | Điểm tối đa áp dụng | Chỉ số (%) | Hạng | Xếp loại | Mã
 |  | 1. Công tác chỉ đạo (6 điểm) | 2. Cải cách TTHC (4 điểm)
1 | Sở Giáo dục và Đào tạo | 2,00 | 3,50 | 5,50 | 6,00 | 91,67 | 1 | Tốt | sgddt
2 | Sở Tư pháp | 2,00 | 3,50 | 5,50 | 6,00 | 91,67 | 1 | Tốt | stp
3 | S{ở} Nội vụ | 3,00 | 4,00 | 7,00 | 10,00 | 70,00 | 3 | Trung bình | snv
)grid";

class AnnexSheet : public ::testing::Test {
protected:
    std::unique_ptr<testing::ReportFixture> f = testing::make_report_fixture();
    const BlockResult& so() const { return f->results.blocks[0]; }
};

TEST_F(AnnexSheet, LaidOutLikeAnAnnex) {
    const Sheet sheet = report::xlsx::annex_sheet(f->definition, so(), Lang::Vi);
    std::string expected = kAnnexVi;
    expected.replace(expected.find("{ở}"), std::string("{ở}").size(), testing::kDecomposedO);  // as typed
    EXPECT_EQ(testing::grid_text(sheet), expected);
}

TEST_F(AnnexSheet, NumbersAreNumbersWithTheDeclaredPlaces) {
    const Sheet sheet = report::xlsx::annex_sheet(f->definition, so(), Lang::Vi);
    const Cell& index = *sheet.find(8, 6);
    EXPECT_EQ(index.kind, Cell::Kind::Number);
    EXPECT_EQ(index.number, 70.0);
    EXPECT_EQ(index.format, "[$-42A]0.00");
    const Cell& first_index = *sheet.find(6, 6);
    EXPECT_EQ(first_index.number, 91.67);  // the published decimal, not 5.5 / 6 * 100
    const Cell& area = *sheet.find(6, 3);
    EXPECT_EQ(area.kind, Cell::Kind::Number);
    EXPECT_EQ(area.number, 3.5);
    EXPECT_EQ(area.format, "[$-42A]0.00");  // points published like the index (the criteria's `rounding 2`)
    const Cell& rank = *sheet.find(6, 7);
    EXPECT_EQ(rank.number, 1.0);
    EXPECT_EQ(rank.format, "0");
    EXPECT_EQ(sheet.find(6, 1)->kind, Cell::Kind::Text);
}

TEST_F(AnnexSheet, TitlesAndHeadersAreMergedAndTheHeaderRepeats) {
    const Sheet sheet = report::xlsx::annex_sheet(f->definition, so(), Lang::Vi);
    const auto merged = [&](Range r) { return std::find(sheet.merges.begin(), sheet.merges.end(), r) != sheet.merges.end(); };
    EXPECT_TRUE(merged(Range{0, 0, 0, 9}));  // the title over the whole table
    EXPECT_TRUE(merged(Range{4, 0, 5, 0}));  // STT over both header rows
    EXPECT_TRUE(merged(Range{4, 2, 4, 3}));  // "Điểm theo lĩnh vực" over the two areas
    EXPECT_EQ(sheet.find(0, 0)->style, Style::Title);
    EXPECT_EQ(sheet.find(5, 2)->style, Style::Header);
    EXPECT_EQ(sheet.header_first, 4);
    EXPECT_EQ(sheet.header_last, 5);
    EXPECT_EQ(sheet.frozen_columns, 2);
    ASSERT_TRUE(sheet.filter);
    EXPECT_EQ(*sheet.filter, (Range{5, 0, 8, 9}));
}

TEST_F(AnnexSheet, ColumnsFitVietnameseNamesByCharacters) {
    const Sheet sheet = report::xlsx::annex_sheet(f->definition, so(), Lang::Vi);
    // "Sở Giáo dục và Đào tạo": 22 characters (29 bytes) in a column wide enough for 22.
    EXPECT_GE(sheet.widths[1], 22.0);
    EXPECT_LT(sheet.widths[1], 29.0);
    // The wrapped header rows are tall enough for their lines.
    EXPECT_GT(sheet.heights.at(5), 30.0);
}

TEST_F(AnnexSheet, AnAreaNotApplicableSaysSo) {
    BlockResult block = so();
    testing::edit_node(block, 2, 4, [](NodeValue& area) {
        area.not_applicable = true;
        area.points = area.max = Rational(0);
    });
    const Sheet sheet = report::xlsx::annex_sheet(f->definition, block, Lang::Vi);
    EXPECT_EQ(sheet.find(8, 3)->kind, Cell::Kind::Text);
    EXPECT_EQ(sheet.find(8, 3)->text, "không áp dụng");
}

TEST_F(AnnexSheet, AreasBelowAGivenTotalAreBlank) {
    const BlockResult& district = f->results.blocks[1];
    const Sheet sheet = report::xlsx::annex_sheet(f->definition, district, Lang::Vi);
    // Area 1 was given as a total (evaluated), area 2 capped; one unit: no maximum column.
    EXPECT_EQ(testing::grid_text(sheet).substr(testing::grid_text(sheet).find("\n1 |")),
              "\n1 | Huyện Thủy Nguyên, \"mới\" | 5,00 | 4,00 | 9,00 | 90,00 | 1 | Tốt | thuynguyen\n");
    BlockResult copy = district;
    testing::edit_node(copy, 0, 1, [](NodeValue& area) { area.evaluated = false; });
    const Sheet blank = report::xlsx::annex_sheet(f->definition, copy, Lang::Vi);
    EXPECT_EQ(blank.find(6, 2)->kind, Cell::Kind::Empty);
    EXPECT_EQ(blank.find(6, 2)->style, Style::Body);  // still a bordered table cell
}

TEST_F(AnnexSheet, EnglishLabelsAndDecimalPoint) {
    const Sheet sheet = report::xlsx::annex_sheet(f->definition, so(), Lang::En);
    EXPECT_EQ(sheet.find(0, 0)->text, "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH: RESULTS FOR 2024");
    EXPECT_EQ(sheet.find(4, 0)->text, "No.");
    EXPECT_EQ(sheet.find(5, 2)->text, "1. Công tác chỉ đạo (6 points)");
    EXPECT_EQ(sheet.find(6, 6)->text, "91.67");
    EXPECT_EQ(sheet.find(6, 6)->format, "[$-409]0.00");
}

// Last year: ranks of two units known (one moved up), the third new.
TEST_F(AnnexSheet, LastYearsRankAndTheChange) {
    PreviousYear before;
    before.year = 2023;
    PreviousUnit sgddt{"sgddt", "Sở Giáo dục và Đào tạo", "so", 2, *Rational::parse_decimal("88.5"), {}};
    PreviousUnit stp{"stp", "Sở Tư pháp", "so", 1, std::nullopt, {}};
    BlockChange change;
    UnitChange up{PreviousStatus::Same, {&sgddt}, 2, 1, sgddt.index, *Rational::parse_decimal("3.17"), {}};
    UnitChange down{PreviousStatus::Same, {&stp}, 1, 0, std::nullopt, std::nullopt, {}};
    UnitChange fresh{PreviousStatus::New, {}, std::nullopt, std::nullopt, std::nullopt, std::nullopt, {}};
    change.units = {up, down, fresh};
    const Sheet sheet = report::xlsx::annex_sheet(f->definition, so(), Lang::Vi, report::YearView{&change, 2023});
    const std::string grid = testing::grid_text(sheet);
    EXPECT_NE(grid.find("Hạng | Xếp loại | So sánh với năm 2023 |  |  |  | Mã\n"), std::string::npos) << grid;
    EXPECT_NE(grid.find("| Hạng 2023 | Tăng/giảm hạng | Chỉ số 2023 | Tăng/giảm\n"), std::string::npos) << grid;
    EXPECT_NE(grid.find("| Tốt | 2 | +1 | 88,50 | +3,17 | sgddt\n"), std::string::npos) << grid;
    EXPECT_NE(grid.find("| Tốt | 1 | 0 |  |  | stp\n"), std::string::npos) << grid;
    EXPECT_NE(grid.find("| Trung bình |  | mới |  |  | snv\n"), std::string::npos) << grid;
    const Cell& move = *sheet.find(6, 10);
    EXPECT_EQ(move.kind, Cell::Kind::Number);
    EXPECT_EQ(move.number, 1.0);
    EXPECT_EQ(move.format, "+0;\"\u2212\"0;0");
    EXPECT_EQ(sheet.find(6, 12)->format, "[$-42A]+0.00;\"\u2212\"0.00;0.00");
}

TEST(AnnexSheetEmpty, ABlockWithoutUnitsSaysSo) {
    auto f = testing::make_report_fixture();
    BlockResult empty = f->results.blocks[1];
    empty.units.clear();
    const Sheet sheet = report::xlsx::annex_sheet(f->definition, empty, Lang::Vi);
    EXPECT_NE(testing::grid_text(sheet).find("Ghi chú:\n- (chưa có đơn vị)\n"), std::string::npos);
    EXPECT_FALSE(sheet.filter);
}

}  // namespace
}  // namespace chiso
