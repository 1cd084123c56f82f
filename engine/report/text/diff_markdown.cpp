// `chiso diff` as Markdown: the rule changes as a table (with both positions), then
// per score file and block the outcome table, the summary as a list and the
// reasons per unit as nested lists.
#include "engine/report/labels/diff_labels.hpp"
#include "engine/report/text/diff_writers.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/text/markdown_table.hpp"

namespace chiso::report {
namespace {

using namespace diffview;
namespace dl = labels::diff;

std::string cell(const std::string& text) { return md_cell(text); }

std::string changes_md(const DiffReportView& view, Lang lang) {
    const auto& lines = view.change_lines;
    std::string out = "## " + labels::format(dl::kRulesHeading, lang, lines.size()) + "\n\n";
    if (lines.empty()) return out + labels::text(dl::kNoRuleChanges, lang) + "\n";
    const std::vector<Column> columns{{"#", true},
                                      {labels::text(dl::kColChange, lang), false},
                                      {labels::text(dl::kColOld, lang), false},
                                      {labels::text(dl::kColNew, lang), false},
                                      {labels::text(dl::kColOldAt, lang), false},
                                      {labels::text(dl::kColNewAt, lang), false}};
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ChangeLine& c = lines[i];
        rows.push_back({std::to_string(i + 1), c.title, c.old_value, c.new_value, c.old_at, c.new_at});
    }
    return out + md_table(columns, rows);
}

std::string why_md(const std::vector<UnitWhy>& why, Lang lang) {
    if (why.empty()) return "";
    std::string out = "\n" + std::string(labels::text(dl::kWhyHeading, lang)) + "\n\n";
    for (const auto& w : why) {
        out += "- " + cell(w.heading) + "\n";
        for (const auto& [amount, what] : w.parts) out += "  - " + amount + " " + cell(what) + "\n";
        for (const auto& c : w.classes) out += "  - " + cell(c) + "\n";
    }
    return out;
}

std::string sheet_md(const SheetSection& s, Lang lang) {
    std::string out = "\n## " + cell(s.heading) + "\n";
    for (const auto& b : s.blocks) {
        out += "\n### " + cell(b.heading) + "\n\n" + md_table(b.columns, b.rows) + "\n";
        for (const auto& line : b.summary) out += "- " + cell(line) + "\n";
        out += why_md(b.why, lang);
    }
    return out;
}

}  // namespace

std::string render_diff_markdown(const DiffReportView& view) {
    const Lang lang = view.lang;
    std::string out = "# " + cell(labels::format(dl::kCompared, lang, view.old_side.file, view.new_side.file)) + "\n\n" +
                      changes_md(view, lang);
    for (const auto& s : view.scores) out += sheet_md(s.section, lang);
    return out;
}

}  // namespace chiso::report
