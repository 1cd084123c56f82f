// The writers linked with nothing but chiso_report_view and chiso_core
// (engine/report/CMakeLists.txt): this program failing to link means a writer
// reaches past the views into the model, the evaluator or the view builder. Run
// (ctest report.writers_link), it prints one small view in every format and
// checks that each writer printed what the view holds and nothing it does not.
#include <cstdio>
#include <filesystem>
#include <string>

#include "engine/report/html/html_report.hpp"
#include "engine/report/text/diff_writers.hpp"
#include "engine/report/text/text_writers.hpp"
#include "engine/report/xlsx/xlsx_writer.hpp"

namespace {

using namespace chiso;
using namespace chiso::report;

ReportView small_view() {
    ReportView view;
    view.criteria.lang = Lang::En;
    view.criteria.index_id = "par";
    view.criteria.index_name = "PAR Index";
    view.criteria.year = 2024;
    view.criteria.publish = "percent";
    view.criteria.ladders = {"rating"};
    BlockReportView block;
    block.id = "so";
    block.name = "Departments";
    block.heading = "Block: Departments (so) — 1 unit";
    block.stats = {1, Rational(1823, 20), Rational(1823, 20), Rational(1823, 20)};
    block.ladders = {0};
    block.class_counts = {{"rating", {{"Good", 1}}}};
    UnitView unit;
    unit.id = "stp";
    unit.name = "Justice";
    unit.rank = 1;
    unit.points = Rational(1823, 20);
    unit.max = Rational(100);
    unit.index = unit.published = Rational(1823, 20);
    unit.classes = {std::string("Good")};
    unit.nodes = {{1, false, Rational(10), Rational(10), std::nullopt, std::nullopt}};
    block.units.push_back(unit);
    block.table.columns = {{"Rank", true}, {"Unit", false}};
    block.table.rows = {{"1", "Justice"}};
    block.node_codes = {"", "1"};
    view.blocks.push_back(block);
    return view;
}

int failures = 0;
void expect(bool ok, const char* what, const std::string& output) {
    if (ok) return;
    std::fprintf(stderr, "report.writers_link: %s, got:\n%s\n", what, output.c_str());
    ++failures;
}
bool has(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

}  // namespace

int main() {
    const ReportView view = small_view();
    const std::string csv = render_csv(view);
    expect(has(csv, "so,1,stp,Justice,91.15,100.00,91.15,Good,91.15,100,91.15\n"), "CSV row", csv);
    const std::string json = render_json(view);
    expect(has(json, "\"index\": 91.15") && has(json, "\"rating\": \"Good\"") && has(json, "\"1\": {"), "JSON unit", json);
    const std::string table = render_table(view);
    expect(has(table, "Block: Departments (so)") && has(table, "Justice"), "table", table);
    const std::string md = render_markdown(view);
    expect(has(md, "## Departments") && has(md, "| Justice"), "Markdown", md);
    auto tree = std::make_shared<ExplainTree>(ExplainTree{{0, "", "PAR Index", {}}});
    UnitExplanation unit{"stp", "Justice", "so", "Departments", 1, Rational(1823, 20), tree, {}, "index = 91.15", {"Rank 1/1"}};
    unit.nodes.push_back({true, false, Rational(1823, 20), Rational(100), {}});
    const std::string explained = render_explanation_text(view.criteria, unit);
    expect(has(explained, "PAR Index  91.15/100.00") && has(explained, "Rank 1/1"), "explanation", explained);
    const HtmlView html{view, [&unit](std::size_t) {
                            HtmlBlockView drawn;
                            drawn.explanations.push_back(unit);
                            return drawn;
                        }};
    const std::string page = render_html_page(html);
    expect(has(page, "<details class=\"unit\" id=\"unit-stp\">"), "HTML page", page);
    diffview::DiffReportView diff;
    diff.lang = Lang::En;
    diff.old_side.file = "old.chiso";
    diff.new_side.file = "new.chiso";
    diff.changes.push_back({"node_max", "so", "1", "10", "12", "old.chiso:3:5", "new.chiso:3:5"});
    diff.change_lines.push_back({"[so] 1 — maximum", "10", "12", "old.chiso:3:5", "new.chiso:3:5"});
    const std::string diff_csv = render_diff_csv(diff);
    expect(has(diff_csv, "change,,,,,node_max,1,so,1,10,12,,,old.chiso:3:5,new.chiso:3:5\n"), "diff CSV", diff_csv);
    const std::string diff_json = render_diff_json(diff);
    expect(has(diff_json, "\"kind\": \"node_max\""), "diff JSON", diff_json);
    expect(has(render_diff_table(diff), "[so] 1 — maximum: 10 → 12"), "diff table", render_diff_table(diff));
    expect(has(render_diff_markdown(diff), "| 1 | [so] 1 — maximum | 10 | 12"), "diff Markdown", render_diff_markdown(diff));
    const auto path = std::filesystem::temp_directory_path() / "chiso-writers-link.xlsx";
    std::string error;
    xlsx::Sheet sheet;
    sheet.name = "Departments";
    expect(xlsx::write_workbook({sheet}, {"PAR Index", "", 2024, Lang::En}, path.string(), error), "workbook", error);
    std::filesystem::remove(path);
    return failures == 0 ? 0 : 1;
}
