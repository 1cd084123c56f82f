// The summary sheet: every block's statistics, one row per measure.
#include "engine/report/build/xlsx_summary_sheet.hpp"

#include <gtest/gtest.h>

#include "report_fixture.hpp"
#include "xlsx_grid_text.hpp"

namespace chiso {
namespace {

using report::xlsx::Cell;

const char* const kSummaryVi = R"grid(TỔNG HỢP KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024
Hải Phòng — Căn cứ: 1091/QĐ-UBND ngày 10/05/2024; 25/KH-UBND

Khối | Chỉ tiêu | Giá trị | Tỷ lệ
Sở, ban, ngành | Số đơn vị | 3
Sở, ban, ngành | Trung bình | 84,45
Sở, ban, ngành | Thấp nhất | 70,00
Sở, ban, ngành | Cao nhất | 91,67
Sở, ban, ngành | Xếp loại — Tốt | 2 | 66,67%
Sở, ban, ngành | Xếp loại — Khá | 0 | 0,00%
Sở, ban, ngành | Xếp loại — Trung bình | 1 | 33,33%
Sở, ban, ngành | Đạt từ 80% trở lên | 2 | 66,67%
UBND cấp huyện | Số đơn vị | 1
UBND cấp huyện | Trung bình | 90,00
UBND cấp huyện | Thấp nhất | 90,00
UBND cấp huyện | Cao nhất | 90,00
UBND cấp huyện | Xếp loại — Tốt | 1 | 100,00%
UBND cấp huyện | Xếp loại — Khá | 0 | 0,00%
UBND cấp huyện | Xếp loại — Trung bình | 0 | 0,00%
UBND cấp huyện | Đạt từ 80% trở lên | 1 | 100,00%
)grid";

TEST(SummarySheet, OneRowPerMeasureOfEveryBlock) {
    auto f = testing::make_report_fixture();
    const auto sheet = report::xlsx::summary_sheet(f->results, Lang::Vi);
    EXPECT_EQ(testing::grid_text(sheet), kSummaryVi);
    EXPECT_EQ(sheet.header_first, 3);
    EXPECT_EQ(sheet.header_last, 3);
}

TEST(SummarySheet, SharesArePercentCells) {
    auto f = testing::make_report_fixture();
    const auto sheet = report::xlsx::summary_sheet(f->results, Lang::Vi);
    const Cell& share = *sheet.find(8, 3);  // Xếp loại — Tốt: 2 of 3
    EXPECT_EQ(share.kind, Cell::Kind::Number);
    EXPECT_EQ(share.number, 0.6667);
    EXPECT_EQ(share.format, "[$-42A]0.00%");
    const Cell& mean = *sheet.find(5, 2);
    EXPECT_EQ(mean.number, 84.45);
    EXPECT_EQ(mean.format, "[$-42A]0.00");
}

TEST(SummarySheet, LastYearsFiguresAndTheChange) {
    auto f = testing::make_report_fixture();
    PreviousYear year;
    year.year = 2023;
    PreviousBlock before;
    before.stats.count = 4;
    before.stats.mean = *Rational::parse_decimal("80.5");
    before.stats.min = *Rational::parse_decimal("60");
    before.stats.max = *Rational::parse_decimal("95");
    before.stats.per_class["xep_loai"] = {{"Tốt", 1}, {"Khá", 3}};
    before.stats.counted = {1};
    before.stat_ids = {"tren_80"};
    YearComparison comparison;
    comparison.previous = &year;
    comparison.blocks.resize(2);
    comparison.blocks[0].units.resize(3);
    comparison.blocks[0].previous = &before;
    comparison.blocks[1].units.resize(1);
    const auto sheet = report::xlsx::summary_sheet(f->results, Lang::Vi, &comparison);
    const std::string grid = testing::grid_text(sheet);
    EXPECT_NE(grid.find("Khối | Chỉ tiêu | Giá trị | Tỷ lệ | So sánh với năm 2023\n"
                        " |  |  |  | Giá trị năm 2023 | Tỷ lệ năm 2023 | Tăng/giảm\n"
                        "Sở, ban, ngành | Số đơn vị | 3 |  | 4\n"
                        "Sở, ban, ngành | Trung bình | 84,45 |  | 80,50 |  | +3,95\n"
                        "Sở, ban, ngành | Thấp nhất | 70,00 |  | 60,00 |  | +10,00\n"
                        "Sở, ban, ngành | Cao nhất | 91,67 |  | 95,00 |  | −3,33\n"
                        "Sở, ban, ngành | Xếp loại — Tốt | 2 | 66,67% | 1 | 25,00%\n"
                        "Sở, ban, ngành | Xếp loại — Khá | 0 | 0,00% | 3 | 75,00%\n"
                        "Sở, ban, ngành | Xếp loại — Trung bình | 1 | 33,33%\n"
                        "Sở, ban, ngành | Đạt từ 80% trở lên | 2 | 66,67% | 1 | 25,00%\n"
                        "UBND cấp huyện | Số đơn vị | 1\n"),
              std::string::npos)
        << grid;
}

TEST(SummarySheet, UnitsOfBlocksThatNoLongerExistAreNamedUnderTheTable) {
    auto f = testing::make_report_fixture();
    PreviousYear year;
    year.year = 2023;
    PreviousUnit gone{"phong-tp", "Phòng Tư pháp", "phong", 3, std::nullopt, {}};
    YearComparison comparison;
    comparison.previous = &year;
    comparison.blocks.resize(2);
    comparison.blocks[0].units.resize(3);
    comparison.blocks[1].units.resize(1);
    comparison.vanished_blocks = {&gone};
    const auto sheet = report::xlsx::summary_sheet(f->results, Lang::Vi, &comparison);
    const std::string grid = testing::grid_text(sheet);
    EXPECT_NE(grid.find("UBND cấp huyện | Đạt từ 80% trở lên | 1 | 100,00%\n\n"
                        "Đơn vị năm 2023 thuộc khối không còn trong bộ tiêu chí:\n"
                        "- Phòng Tư pháp, `phong-tp` (hạng 3 năm 2023) — phong\n"),
              std::string::npos)
        << grid;
    ASSERT_TRUE(sheet.filter);
    EXPECT_EQ(sheet.filter->last_row, 20);  // the data, not the lines under it
}

}  // namespace
}  // namespace chiso
