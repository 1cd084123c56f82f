#include "engine/report/report.hpp"

#include <gtest/gtest.h>

#include "engine/report/text/csv_cells.hpp"

#include "report_fixture.hpp"

namespace chiso {
namespace {

// Published points, maxima and indices (the criteria's `rounding 2`); the exact
// values in the last three columns.
const char* const kCsv = R"golden(block,rank,id,name,points,max,index,class:xep_loai,points_exact,max_exact,index_exact
so,1,sgddt,Sở Giáo dục và Đào tạo,5.50,6.00,91.67,Tốt,5.5,6,91.666667
so,1,stp,Sở Tư pháp,5.50,6.00,91.67,Tốt,5.5,6,91.666667
so,3,snv,Sở Nội vụ,7.00,10.00,70.00,Trung bình,7,10,70
huyen,1,thuynguyen,"Huyện Thủy Nguyên, ""mới""",9.00,10.00,90.00,Tốt,9,10,90
)golden";

class CsvReport : public ::testing::Test {
protected:
    std::unique_ptr<testing::ReportFixture> f = testing::make_report_fixture();
    std::string render(Lang lang) const { return render_results(f->results, {Format::Csv, lang}); }
};

TEST_F(CsvReport, Golden) { EXPECT_EQ(render(Lang::Vi), kCsv); }

TEST_F(CsvReport, LanguageNeutral) { EXPECT_EQ(render(Lang::En), kCsv); }

TEST_F(CsvReport, QuotesFieldsWithCommaQuoteOrNewline) {
    auto& units = f->results.blocks[0].units;
    units[0].name = "a,b";
    units[1].name = "say \"hi\"";
    units[2].name = "two\nlines";
    const std::string out = render(Lang::Vi);
    EXPECT_NE(out.find("so,1,sgddt,\"a,b\",5.50,"), std::string::npos);
    EXPECT_NE(out.find("so,1,stp,\"say \"\"hi\"\"\",5.50,"), std::string::npos);
    EXPECT_NE(out.find("so,3,snv,\"two\nlines\",7.00,"), std::string::npos);
}

TEST_F(CsvReport, UnclassifiedUnitHasEmptyClassField) {
    f->results.blocks[1].units[0].classes.clear();
    EXPECT_TRUE(render(Lang::Vi).ends_with(",9.00,10.00,90.00,,9,10,90\n"));
}

TEST_F(CsvReport, TextThatASpreadsheetWouldRunIsNeutralised) {
    auto& units = f->results.blocks[0].units;
    units[0].name = "=HYPERLINK(\"http://x.invalid\",\"Sở\")";
    units[1].name = "@SUM(1+1)";
    units[2].classes["xep_loai"] = "-Kém";
    const std::string out = render(Lang::Vi);
    EXPECT_NE(out.find(",\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"Sở\"\")\",5.50,"), std::string::npos) << out;
    EXPECT_NE(out.find(",\"'@SUM(1+1)\",5.50,"), std::string::npos) << out;
    EXPECT_NE(out.find(",70.00,\"'-Kém\",7,"), std::string::npos) << out;
}

TEST(CsvField, FormulaCharactersAtTheStartOfText) {
    using report::csv_field;
    EXPECT_EQ(csv_field("=1+1"), "\"'=1+1\"");
    EXPECT_EQ(csv_field("+84 912"), "\"'+84 912\"");
    EXPECT_EQ(csv_field("-Sở Y tế"), "\"'-Sở Y tế\"");
    EXPECT_EQ(csv_field("@cmd"), "\"'@cmd\"");
    EXPECT_EQ(csv_field("\tx"), "\"'\tx\"");
    EXPECT_EQ(csv_field("\rx"), "\"'\rx\"");
    EXPECT_EQ(csv_field("a=b"), "a=b");  // only at the start
    EXPECT_EQ(csv_field(""), "");
}

TEST(CsvField, NumbersStayNumbers) {
    using report::csv_field;
    for (const char* number : {"-0.5", "+3", "-12", "-12.5%", "91.93"}) EXPECT_EQ(csv_field(number), number);
    EXPECT_EQ(csv_field("-0.5.1"), "\"'-0.5.1\"");  // not a number
    EXPECT_EQ(csv_field("-"), "\"'-\"");
    EXPECT_EQ(csv_field("-1,5"), "\"-1,5\"");  // a decimal comma: quoted for the comma only
}

}  // namespace
}  // namespace chiso
