#include "engine/report/report.hpp"

#include <gtest/gtest.h>

#include "report_fixture.hpp"

namespace chiso {
namespace {

// Sở Giáo dục và Đào tạo: a rule with its input, a node not applicable.
const char* const kTiedVi = R"golden(Đơn vị: Sở Giáo dục và Đào tạo (sgddt)
Khối: Sở, ban, ngành (so)
Chỉ số: Chỉ số cải cách hành chính năm 2024
Căn cứ:
  - 1091/QĐ-UBND ngày 10/05/2024 — Ban hành Bộ chỉ số CCHC
  - 25/KH-UBND

total  Tổng điểm  5,50/6,00
  1  Công tác chỉ đạo  2,00/2,00
    1.1  Kế hoạch CCHC  2,00/2,00  [nhập: có; quy tắc: có → max]
    1.2  Báo cáo định kỳ  0,00/0,00  [không áp dụng — loại khỏi mẫu số]
  2  Cải cách TTHC  3,50/4,00  [nhập: 7/8; quy tắc: 87,5% ∈ [80%; ∞) → 3,5]

Chỉ số = 5,5 ÷ 6 × 100% = 91,6667 → 91,67
Hạng 1/3
Xếp loại: Tốt
)golden";

// Sở Nội vụ: self-assessed vs appraised, a default value.
const char* const kThirdVi = R"golden(Đơn vị: Sở Nội vụ (snv)
Khối: Sở, ban, ngành (so)
Chỉ số: Chỉ số cải cách hành chính năm 2024
Căn cứ:
  - 1091/QĐ-UBND ngày 10/05/2024 — Ban hành Bộ chỉ số CCHC
  - 25/KH-UBND

total  Tổng điểm  7,00/10,00
  1  Công tác chỉ đạo  3,00/6,00
    1.1  Kế hoạch CCHC  0,00/2,00  [nhập: không; quy tắc: không → 0]
    1.2  Báo cáo định kỳ  3,00/4,00  [nhập: 3; tự chấm 3,50 · thẩm định 3,00]
  2  Cải cách TTHC  4,00/4,00  [giá trị mặc định]

Chỉ số = 7 ÷ 10 × 100% = 70 → 70,00
Hạng 3/3
Xếp loại: Trung bình
)golden";

// Huyện Thủy Nguyên: a total given directly (items below not shown), a capped node.
const char* const kDistrictEn = R"golden(Unit: Huyện Thủy Nguyên, "mới" (thuynguyen)
Block: UBND cấp huyện (huyen)
Index: Chỉ số cải cách hành chính, 2024
Legal basis:
  - 1091/QĐ-UBND of 2024-05-10 — Ban hành Bộ chỉ số CCHC
  - 25/KH-UBND

total  Tổng điểm  9.00/10.00
  1  Công tác chỉ đạo  5.00/6.00  [given]
  2  Cải cách TTHC  4.00/4.00  [entered: 5; capped at the maximum]

Index = 9 ÷ 10 × 100% = 90 → 90.00
Rank 1/1
Xếp loại: Tốt
)golden";

class Explanation : public ::testing::Test {
protected:
    std::unique_ptr<testing::ReportFixture> f = testing::make_report_fixture();
    std::string explain(std::size_t block, std::size_t unit, Lang lang) const {
        const BlockResult& b = f->results.blocks[block];
        return render_explanation(f->results, b, b.units[unit], {Format::Table, lang});
    }
};

TEST_F(Explanation, NotApplicableRemovedFromDenominator) { EXPECT_EQ(explain(0, 0, Lang::Vi), kTiedVi); }

TEST_F(Explanation, SelfAssessedAndAppraised) { EXPECT_EQ(explain(0, 2, Lang::Vi), kThirdVi); }

TEST_F(Explanation, GivenAndCappedInEnglish) { EXPECT_EQ(explain(1, 0, Lang::En), kDistrictEn); }

TEST_F(Explanation, NotApplicableWithFullPoints) {
    testing::edit_node(f->results.blocks[0], 0, 3, [](NodeValue& na) { na.points = na.max = Rational(4); });
    EXPECT_NE(explain(0, 0, Lang::Vi).find("    1.2  Báo cáo định kỳ  4,00/4,00  [không áp dụng — tính đủ điểm]\n"),
              std::string::npos);
    EXPECT_NE(explain(0, 0, Lang::En).find("  4.00/4.00  [not applicable — full points]\n"), std::string::npos);
}

TEST_F(Explanation, ExcludedNode) {
    testing::edit_node(f->results.blocks[0], 0, 3, [](NodeValue& node) { node.source = NodeSource::Excluded; });
    EXPECT_NE(explain(0, 0, Lang::Vi).find("  0,00/0,00  [không đánh giá ở khối này]\n"), std::string::npos);
}

TEST_F(Explanation, PublishPointsScalesByTreeMaximum) {
    f->definition.publish = Publish::Points;
    UnitResult& u = f->results.blocks[0].units[0];
    u.index = u.points / u.max * Rational(10);
    u.published = u.index.round(2, RoundingMode::HalfUp);
    EXPECT_NE(explain(0, 0, Lang::Vi).find("\nChỉ số = 5,5 ÷ 6 × 10 = 9,1667 → 9,17\n"), std::string::npos);
}

TEST_F(Explanation, UnclassifiedUnit) {
    f->results.blocks[0].units[2].classes.clear();
    EXPECT_TRUE(explain(0, 2, Lang::Vi).ends_with("Hạng 3/3\nXếp loại: không xếp loại\n"));
}

}  // namespace
}  // namespace chiso
