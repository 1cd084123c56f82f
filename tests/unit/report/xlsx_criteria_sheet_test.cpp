// The criteria sheet: legal bases and every node of every tree.
#include "engine/report/build/xlsx_criteria_sheet.hpp"

#include <gtest/gtest.h>

#include "engine/driver/driver.hpp"
#include "report_fixture.hpp"
#include "xlsx_grid_text.hpp"

namespace chiso {
namespace {

using report::xlsx::Cell;

const char* const kCriteriaVi = R"grid(BỘ TIÊU CHÍ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024
Hải Phòng
Căn cứ: 1091/QĐ-UBND ngày 10/05/2024 — Ban hành Bộ chỉ số CCHC
Căn cứ: 25/KH-UBND

Mã | Nội dung | Điểm tối đa | Trọng số | Cách chấm | Ghi chú
Tổng điểm (tối đa 10 điểm) — khối: Sở, ban, ngành; UBND cấp huyện
1 | Công tác chỉ đạo | 6
1.1 | Kế hoạch CCHC | 2 |  | nhập điểm trực tiếp
1.2 | Báo cáo định kỳ | 4 |  | nhập điểm trực tiếp | có thể không áp dụng
2 | Cải cách TTHC | 4 |  | nhập điểm trực tiếp
)grid";

TEST(CriteriaSheet, EveryNodeWithItsMaximumRuleAndRemarks) {
    auto f = testing::make_report_fixture();
    const auto sheet = report::xlsx::criteria_sheet(f->definition, Lang::Vi);
    EXPECT_EQ(testing::grid_text(sheet), kCriteriaVi);
    EXPECT_EQ(sheet.find(8, 1)->indent, 1);  // 1.1 under area 1
    EXPECT_TRUE(sheet.find(7, 1)->bold);     // an area
    EXPECT_EQ(sheet.find(7, 0)->kind, Cell::Kind::Text);  // codes stay text: "1.10" is not 1.1
    EXPECT_FALSE(sheet.filter);
}

// The demo criteria: rules as written, weights as percents, bonus and deduction caps.
TEST(CriteriaSheet, RulesAsWrittenInTheCriteriaFile) {
    SourceSet sources;
    Diagnostics diags;
    auto criteria = load_criteria(sources, std::string(CHISO_SOURCE_DIR) + "/examples/demo/par-demo.chiso", diags);
    ASSERT_TRUE(criteria);
    const auto sheet = report::xlsx::criteria_sheet(*criteria->definition, Lang::Vi);
    const std::string grid = testing::grid_text(sheet);
    EXPECT_NE(grid.find("1.1.2 | Mức độ hoàn thành kế hoạch CCHC | 2 |  | levels { \"xuất sắc\" -> max, \"tốt\" -> 75%, "
                        "\"hoàn thành\" -> 50%, \"không hoàn thành\" -> 0 }\n"),
              std::string::npos)
        << grid;
    EXPECT_NE(grid.find("3 | Hiện đại hóa hành chính | 40 |  |  | tổng theo trọng số\n"), std::string::npos) << grid;
    EXPECT_NE(grid.find("3.1 | Chính quyền số | 10 | 60% | nhập điểm trực tiếp\n"), std::string::npos) << grid;
    EXPECT_NE(grid.find("5 | Điểm thưởng: sáng kiến cải cách hành chính |  |  | bonus cap 2 | cộng tối đa 2 điểm\n"),
              std::string::npos)
        << grid;
    EXPECT_NE(grid.find("Bộ tiêu chí cơ quan Trung ương (thang 60 điểm) (tối đa 60 điểm) — khối: Cơ quan Trung ương "
                        "đóng trên địa bàn\n"),
              std::string::npos)
        << grid;
    EXPECT_NE(grid.find("A.3 | Hiện đại hóa hành chính | 10 |  | nhập điểm trực tiếp | mặc định 0\n"), std::string::npos)
        << grid;
}

}  // namespace
}  // namespace chiso
