#include "engine/report/report.hpp"

#include <gtest/gtest.h>

#include "report_fixture.hpp"

namespace chiso {
namespace {

const char* const kCsv = R"golden(block,rank,id,name,points,max,index,class:xep_loai
so,1,sgddt,Sở Giáo dục và Đào tạo,5.5,6,91.67,Tốt
so,1,stp,Sở Tư pháp,5.5,6,91.67,Tốt
so,3,snv,Sở Nội vụ,7,10,70.00,Trung bình
huyen,1,thuynguyen,"Huyện Thủy Nguyên, ""mới""",9,10,90.00,Tốt
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
    EXPECT_NE(out.find("so,1,sgddt,\"a,b\",5.5,"), std::string::npos);
    EXPECT_NE(out.find("so,1,stp,\"say \"\"hi\"\"\",5.5,"), std::string::npos);
    EXPECT_NE(out.find("so,3,snv,\"two\nlines\",7,"), std::string::npos);
}

TEST_F(CsvReport, UnclassifiedUnitHasEmptyClassField) {
    f->results.blocks[1].units[0].classes.clear();
    EXPECT_TRUE(render(Lang::Vi).ends_with(",9,10,90.00,\n"));
}

}  // namespace
}  // namespace chiso
