#include "engine/report/report.hpp"

#include <gtest/gtest.h>

#include "report_fixture.hpp"

namespace chiso {
namespace {

const char* const kMarkdownVi = R"golden(## Sở, ban, ngành

| Hạng | Mã | Đơn vị | Điểm | Tối đa | Chỉ số (%) | Xếp loại |
| ---: | :--- | :--- | ---: | ---: | ---: | :--- |
| 1 | sgddt | Sở Giáo dục và Đào tạo | 5,50 | 6,00 | 91,67 | Tốt |
| 1 | stp | Sở Tư pháp | 5,50 | 6,00 | 91,67 | Tốt |
| 3 | snv | Sở Nội vụ | 7,00 | 10,00 | 70,00 | Trung bình |

- Trung bình: 84,45
- Thấp nhất: 70,00
- Cao nhất: 91,67
- Xếp loại — Tốt: 2/3 (66,67%)
- Xếp loại — Khá: 0/3 (0,00%)
- Xếp loại — Trung bình: 1/3 (33,33%)
- Đạt từ 80% trở lên: 2/3 (66,67%)

## UBND cấp huyện

| Hạng | Mã | Đơn vị | Điểm | Tối đa | Chỉ số (%) | Xếp loại |
| ---: | :--- | :--- | ---: | ---: | ---: | :--- |
| 1 | thuynguyen | Huyện Thủy Nguyên, "mới" | 9,00 | 10,00 | 90,00 | Tốt |

- Trung bình: 90,00
- Thấp nhất: 90,00
- Cao nhất: 90,00
- Xếp loại — Tốt: 1/1 (100,00%)
- Xếp loại — Khá: 0/1 (0,00%)
- Xếp loại — Trung bình: 0/1 (0,00%)
- Đạt từ 80% trở lên: 1/1 (100,00%)
)golden";

const char* const kMarkdownEn = R"golden(## Sở, ban, ngành

| Rank | Id | Unit | Points | Max | Index (%) | Xếp loại |
| ---: | :--- | :--- | ---: | ---: | ---: | :--- |
| 1 | sgddt | Sở Giáo dục và Đào tạo | 5.50 | 6.00 | 91.67 | Tốt |
| 1 | stp | Sở Tư pháp | 5.50 | 6.00 | 91.67 | Tốt |
| 3 | snv | Sở Nội vụ | 7.00 | 10.00 | 70.00 | Trung bình |

- Mean: 84.45
- Lowest: 70.00
- Highest: 91.67
- Xếp loại — Tốt: 2/3 (66.67%)
- Xếp loại — Khá: 0/3 (0.00%)
- Xếp loại — Trung bình: 1/3 (33.33%)
- Đạt từ 80% trở lên: 2/3 (66.67%)

## UBND cấp huyện

| Rank | Id | Unit | Points | Max | Index (%) | Xếp loại |
| ---: | :--- | :--- | ---: | ---: | ---: | :--- |
| 1 | thuynguyen | Huyện Thủy Nguyên, "mới" | 9.00 | 10.00 | 90.00 | Tốt |

- Mean: 90.00
- Lowest: 90.00
- Highest: 90.00
- Xếp loại — Tốt: 1/1 (100.00%)
- Xếp loại — Khá: 0/1 (0.00%)
- Xếp loại — Trung bình: 0/1 (0.00%)
- Đạt từ 80% trở lên: 1/1 (100.00%)
)golden";

class MarkdownReport : public ::testing::Test {
protected:
    std::unique_ptr<testing::ReportFixture> f = testing::make_report_fixture();
    std::string render(Lang lang) const { return render_results(f->results, {Format::Markdown, lang}); }
};

TEST_F(MarkdownReport, VietnameseGolden) { EXPECT_EQ(render(Lang::Vi), kMarkdownVi); }

TEST_F(MarkdownReport, EnglishGolden) { EXPECT_EQ(render(Lang::En), kMarkdownEn); }

TEST_F(MarkdownReport, PipesInCellsAreEscaped) {
    f->results.blocks[0].units[0].name = "Sở A|B";
    EXPECT_NE(render(Lang::Vi).find("| sgddt | Sở A\\|B | 5,50 |"), std::string::npos);
}

}  // namespace
}  // namespace chiso
