#include "engine/report/view/xlsx_layout.hpp"

#include <gtest/gtest.h>

namespace chiso {
namespace {

using namespace report::xlsx;

TEST(XlsxLayout, WidthCountsCharactersNotBytes) {
    const Cell body = text_cell("");
    // 18 characters, 25 bytes.
    EXPECT_EQ(text_units("Huyện Bạch Long Vỹ", body), text_units("Huyen Bach Long Vy", body));
    // Decomposed marks take no room.
    EXPECT_EQ(text_units("So\xCC\x9B\xCC\x89", body), text_units("So", body));
}

TEST(XlsxLayout, WrapsAtWords) {
    const Cell body = text_cell("");
    const double width = text_units("Công tác chỉ đạo", body);
    EXPECT_EQ(wrapped_lines("Công tác chỉ đạo", body, width), 1);
    EXPECT_EQ(wrapped_lines("Công tác chỉ đạo, điều hành", body, width), 2);
    EXPECT_EQ(wrapped_lines("một\nhai", body, width), 2);
}

TEST(XlsxLayout, ColumnsWithinBoundsAndRowsTallEnough) {
    Sheet sheet;
    sheet.at(0, 0) = text_cell("Tên rất dài của một đơn vị hành chính cấp huyện");
    sheet.at(0, 1) = text_cell("x");
    Cell header = text_cell("Điểm theo lĩnh vực", Style::Header);
    header.wrap = true;
    sheet.at(1, 1) = header;
    fit_widths(sheet, {{6, 20}, {6, 12}});
    EXPECT_EQ(sheet.widths[0], 20.0);  // capped
    EXPECT_GE(sheet.widths[1], 6.0);
    EXPECT_LE(sheet.widths[1], 12.0);
    fit_heights(sheet);
    EXPECT_GT(sheet.heights.at(1), sheet.heights.at(0));  // the header wraps onto two lines
}

TEST(XlsxLayout, AMergedCellAcrossRowsGrowsItsLastRow) {
    Sheet sheet;
    Cell header = text_cell("một hai ba bốn năm sáu bảy tám chín mười", Style::Header);
    sheet.merge(Range{0, 0, 1, 0}, header);
    sheet.at(0, 1) = text_cell("x", Style::Header);
    sheet.at(1, 1) = text_cell("y", Style::Header);
    sheet.at(0, 0).wrap = true;
    sheet.widths = {8, 8};
    fit_heights(sheet);
    const double lines = wrapped_lines(sheet.find(0, 0)->text, *sheet.find(0, 0), 8);
    EXPECT_GE(sheet.heights.at(0) + sheet.heights.at(1), lines * 12 * 1.3);
}

}  // namespace
}  // namespace chiso
