// The HTML page as a whole: escaped, self-contained, deterministic, in the
// language asked for; and the writer it is built with.
#include "engine/report/report.hpp"

#include <gtest/gtest.h>

#include "engine/report/html/html_writer.hpp"
#include "html_fixture.hpp"
#include "report_fixture.hpp"

namespace chiso {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

TEST(HtmlEscape, EveryCharacterThatCouldOpenMarkupOrCloseAnAttribute) {
    EXPECT_EQ(html::escape("Sở A & B <i>\"x\" 'y'</i>"),
              "Sở A &amp; B &lt;i&gt;&quot;x&quot; &#39;y&#39;&lt;/i&gt;");
    EXPECT_EQ(html::escape("Phường Đồng Hòa"), "Phường Đồng Hòa");
}

TEST(HtmlWriter, ClosesWhatItOpenedInOrderAndEscapesAttributes) {
    html::Writer out;
    out.open("p", {{"title", "a\"b"}}).leaf("b", "<x>").empty("br").close();
    EXPECT_EQ(std::move(out).finish(), "<p title=\"a&quot;b\"><b>&lt;x&gt;</b><br/></p>");
}

TEST(HtmlWriter, AnElementLeftOpenIsABug) {
    html::Writer open;
    open.open("div");
    EXPECT_THROW(std::move(open).finish(), std::logic_error);
    html::Writer closed;
    EXPECT_THROW(closed.close(), std::logic_error);
}

class HtmlReportTest : public ::testing::Test {
protected:
    void SetUp() override { fixture = testing::make_report_fixture(); }
    std::string render(Lang lang) { return render_html_report(fixture->results, lang); }
    std::unique_ptr<testing::ReportFixture> fixture;
};

TEST_F(HtmlReportTest, UserTextIsEscapedEverywhere) {
    fixture->results.blocks[0].units[0].name = "Sở <script>alert('x')</script> & \"Co\"";
    fixture->definition.blocks[0].name = "Khối <b>";
    const std::string page = render(Lang::Vi);
    EXPECT_EQ(page.find("<script>alert"), std::string::npos);
    EXPECT_NE(page.find("Sở &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"), std::string::npos);
    EXPECT_EQ(page.find("Khối <b>"), std::string::npos);
    EXPECT_EQ(count(page, "<script>"), 1u);  // the report's own
}

TEST_F(HtmlReportTest, SelfContainedNothingToFetch) {
    const std::string page = render(Lang::Vi);
    EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<html lang=\"vi\">", 0), 0u);
    EXPECT_EQ(page.find("<link"), std::string::npos);
    EXPECT_EQ(page.find("src="), std::string::npos);
    EXPECT_EQ(page.find("@import"), std::string::npos);
    // The only address is the SVG namespace, which is a name, not a request.
    EXPECT_EQ(count(page, "http"), count(page, "xmlns=\"http://www.w3.org/2000/svg\""));
    EXPECT_NE(page.find("<style>"), std::string::npos);
    EXPECT_NE(page.find("@media print"), std::string::npos);
}

TEST_F(HtmlReportTest, SameInputSameBytes) { EXPECT_EQ(render(Lang::Vi), render(Lang::Vi)); }

TEST_F(HtmlReportTest, VietnameseLabelsAndDecimalComma) {
    const std::string page = render(Lang::Vi);
    EXPECT_NE(page.find("Chỉ số cải cách hành chính — Hải Phòng năm 2024"), std::string::npos);
    EXPECT_NE(page.find("Bảng xếp hạng"), std::string::npos);
    EXPECT_NE(page.find(">91,67<"), std::string::npos);
    EXPECT_NE(page.find("Căn cứ: 1091/QĐ-UBND ngày 10/05/2024 — Ban hành Bộ chỉ số CCHC"), std::string::npos);
}

TEST_F(HtmlReportTest, EnglishLabelsAndDecimalPoint) {
    const std::string page = render(Lang::En);
    EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
    EXPECT_NE(page.find("Chỉ số cải cách hành chính — Hải Phòng, 2024"), std::string::npos);
    EXPECT_NE(page.find(">Ranking<"), std::string::npos);
    EXPECT_NE(page.find(">91.67<"), std::string::npos);
    EXPECT_EQ(page.find("Bảng xếp hạng"), std::string::npos);
    EXPECT_EQ(page.find(">91,67<"), std::string::npos);
}

TEST_F(HtmlReportTest, EveryUnitHasItsExplanationWithWhatExplainSays) {
    const std::string page = render(Lang::Vi);
    EXPECT_EQ(count(page, "<details class=\"unit\""), 4u);
    EXPECT_NE(page.find("không áp dụng — loại khỏi mẫu số"), std::string::npos);
    EXPECT_NE(page.find("Chỉ số = 5,5 ÷ 6 × 100% = 91,6667 → 91,67"), std::string::npos);
    EXPECT_NE(page.find("tự chấm 3,50 · thẩm định 3,00"), std::string::npos);
    // Not printed: a note says where to find it.
    EXPECT_NE(page.find("class=\"print-note\""), std::string::npos);
}

TEST_F(HtmlReportTest, OneSectionPerBlockWithItsCharts) {
    const std::string page = render(Lang::Vi);
    EXPECT_EQ(count(page, "<section class=\"block\""), 2u);
    EXPECT_EQ(count(page, "class=\"chart bar-chart\""), 2u);
    EXPECT_EQ(count(page, "class=\"chart heat-map\""), 2u);
    EXPECT_EQ(count(page, "class=\"chart slope-chart\""), 0u);  // no previous year given
    EXPECT_EQ(count(page, "<rect class=\"bar\""), 4u);
}

TEST(HtmlReportDemo, TheBundledDemoRendersEveryPart) {
    auto run = testing::evaluate_files("examples/demo/par-demo.chiso", "examples/demo/scores-2024.yaml");
    const std::string page = render_html_report(*run->results, Lang::Vi);
    EXPECT_NE(page.find("Xuất sắc ≥ 90"), std::string::npos);
    EXPECT_NE(page.find(">KAD<"), std::string::npos);
    EXPECT_EQ(page, render_html_report(*run->results, Lang::Vi));
}

}  // namespace
}  // namespace chiso
