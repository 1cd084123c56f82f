#include "engine/report/report.hpp"

#include <gtest/gtest.h>

#include "engine/report/view/text_width.hpp"
#include "report_fixture.hpp"

namespace chiso {
namespace {

// Trailing spaces are part of the format: every cell, the last included, is
// padded so that all lines of a table have the same display width.
const char* const kTableVi = R"golden(Khối: Sở, ban, ngành (so) — 3 đơn vị
Hạng | Mã    | Đơn vị                 | Điểm | Tối đa | Chỉ số (%) | Xếp loại  
-----+-------+------------------------+------+--------+------------+-----------
   1 | sgddt | Sở Giáo dục và Đào tạo | 5,50 |   6,00 |      91,67 | Tốt       
   1 | stp   | Sở Tư pháp             | 5,50 |   6,00 |      91,67 | Tốt       
   3 | snv   | Sở Nội vụ              | 7,00 |  10,00 |      70,00 | Trung bình

Trung bình: 84,45
Thấp nhất: 70,00
Cao nhất: 91,67
Xếp loại — Tốt: 2/3 (66,67%)
Xếp loại — Khá: 0/3 (0,00%)
Xếp loại — Trung bình: 1/3 (33,33%)
Đạt từ 80% trở lên: 2/3 (66,67%)

Khối: UBND cấp huyện (huyen) — 1 đơn vị
Hạng | Mã         | Đơn vị                   | Điểm | Tối đa | Chỉ số (%) | Xếp loại
-----+------------+--------------------------+------+--------+------------+---------
   1 | thuynguyen | Huyện Thủy Nguyên, "mới" | 9,00 |  10,00 |      90,00 | Tốt     

Trung bình: 90,00
Thấp nhất: 90,00
Cao nhất: 90,00
Xếp loại — Tốt: 1/1 (100,00%)
Xếp loại — Khá: 0/1 (0,00%)
Xếp loại — Trung bình: 0/1 (0,00%)
Đạt từ 80% trở lên: 1/1 (100,00%)
)golden";

const char* const kTableEn = R"golden(Block: Sở, ban, ngành (so) — 3 units
Rank | Id    | Unit                   | Points |   Max | Index (%) | Xếp loại  
-----+-------+------------------------+--------+-------+-----------+-----------
   1 | sgddt | Sở Giáo dục và Đào tạo |   5.50 |  6.00 |     91.67 | Tốt       
   1 | stp   | Sở Tư pháp             |   5.50 |  6.00 |     91.67 | Tốt       
   3 | snv   | Sở Nội vụ              |   7.00 | 10.00 |     70.00 | Trung bình

Mean: 84.45
Lowest: 70.00
Highest: 91.67
Xếp loại — Tốt: 2/3 (66.67%)
Xếp loại — Khá: 0/3 (0.00%)
Xếp loại — Trung bình: 1/3 (33.33%)
Đạt từ 80% trở lên: 2/3 (66.67%)

Block: UBND cấp huyện (huyen) — 1 unit
Rank | Id         | Unit                     | Points |   Max | Index (%) | Xếp loại
-----+------------+--------------------------+--------+-------+-----------+---------
   1 | thuynguyen | Huyện Thủy Nguyên, "mới" |   9.00 | 10.00 |     90.00 | Tốt     

Mean: 90.00
Lowest: 90.00
Highest: 90.00
Xếp loại — Tốt: 1/1 (100.00%)
Xếp loại — Khá: 0/1 (0.00%)
Xếp loại — Trung bình: 0/1 (0.00%)
Đạt từ 80% trở lên: 1/1 (100.00%)
)golden";

class TableReport : public ::testing::Test {
protected:
    std::unique_ptr<testing::ReportFixture> f = testing::make_report_fixture();
    std::string render(Lang lang) const { return render_results(f->results, {Format::Table, lang}); }
};

TEST_F(TableReport, VietnameseGolden) { EXPECT_EQ(render(Lang::Vi), kTableVi); }

TEST_F(TableReport, EnglishGolden) { EXPECT_EQ(render(Lang::En), kTableEn); }

TEST_F(TableReport, DefaultLanguageIsVietnamese) {
    EXPECT_EQ(render_results(f->results, ReportOptions{}), kTableVi);
}

// Table lines sit between a block heading and the blank line before the statistics.
std::vector<std::vector<std::string>> table_lines(const std::string& text) {
    std::vector<std::vector<std::string>> tables;
    bool in_table = false;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end - start);
        start = end + 1;
        if (line.rfind("Khối: ", 0) == 0 || line.rfind("Block: ", 0) == 0) {
            tables.emplace_back();
            in_table = true;
        } else if (line.empty()) {
            in_table = false;
        } else if (in_table) {
            tables.back().push_back(line);
        }
    }
    return tables;
}

TEST_F(TableReport, AllLinesOfATableHaveTheSameDisplayWidth) {
    for (Lang lang : {Lang::Vi, Lang::En}) {
        const auto tables = table_lines(render(lang));
        ASSERT_EQ(tables.size(), 2u);
        for (const auto& lines : tables) {
            ASSERT_GE(lines.size(), 3u);  // header, rule, units
            for (const auto& line : lines) EXPECT_EQ(display_width(line), display_width(lines[0])) << line;
        }
    }
}

TEST_F(TableReport, NamesOfDifferentByteLengthsAlign) {
    // "Sở Nội vụ" is typed decomposed: more bytes, same columns as precomposed.
    const auto lines = table_lines(render(Lang::Vi))[0];
    const std::string precomposed = "   1 | stp   | Sở Tư pháp             |";
    const std::string decomposed = "   3 | snv   | S" + testing::kDecomposedO + " Nội vụ              |";
    EXPECT_EQ(lines[3].substr(0, precomposed.size()), precomposed);
    EXPECT_EQ(lines[4].substr(0, decomposed.size()), decomposed);
    EXPECT_NE(lines[3].size(), lines[4].size());  // bytes differ, widths do not
}

TEST_F(TableReport, PublishedPointsHaveNoPercentInHeader) {
    f->definition.publish = Publish::Points;
    EXPECT_NE(render(Lang::Vi).find("| Chỉ số | Xếp loại"), std::string::npos);
    EXPECT_EQ(render(Lang::Vi).find("(%)"), std::string::npos);
    EXPECT_NE(render(Lang::En).find("| Index | Xếp loại"), std::string::npos);
}

TEST_F(TableReport, BlockWithoutUnits) {
    f->results.blocks[1].units.clear();
    f->results.blocks[1].stats = BlockStats{};
    const std::string out = render(Lang::Vi);
    EXPECT_NE(out.find("Khối: UBND cấp huyện (huyen) — 0 đơn vị\n(chưa có đơn vị)\n"), std::string::npos);
    EXPECT_TRUE(out.ends_with("(chưa có đơn vị)\n"));
}

}  // namespace
}  // namespace chiso
