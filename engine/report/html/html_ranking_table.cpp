#include "engine/report/html/html_ranking_table.hpp"

#include "engine/report/html/html_writer.hpp"
#include "engine/report/labels/labels.hpp"

namespace chiso::report {
namespace {

const char* cell_class(const Column& column) { return column.numeric ? "num" : "text"; }

void table(html::Writer& out, const BlockView& view) {
    out.open("div", {{"class", "table-wrap"}}).open("table", {{"class", "ranking"}}).newline().open("thead").open("tr");
    for (const auto& column : view.columns) out.leaf("th", {{"class", cell_class(column)}, {"scope", "col"}}, column.header);
    out.close().close().newline().open("tbody").newline();
    for (const auto& row : view.rows) {
        out.open("tr");
        for (std::size_t i = 0; i < view.columns.size(); ++i)
            out.leaf("td", {{"class", cell_class(view.columns[i])}}, i < row.size() ? row[i] : std::string());
        out.close().newline();
    }
    out.close().close().close().newline();
}

void notes(html::Writer& out, const BlockView& view) {
    if (view.notes.empty()) return;
    out.open("ul", {{"class", "table-notes"}}).newline();
    for (const auto& note : view.notes) out.leaf("li", note).newline();
    out.close().newline();
}

void stats(html::Writer& out, const BlockView& view, Lang lang) {
    if (view.stats.empty()) return;
    out.leaf("h4", labels::text(labels::html_stats_title, lang)).newline();
    out.open("table", {{"class", "stats"}}).newline().open("tbody").newline();
    for (const auto& [label, value] : view.stats) {
        out.open("tr").leaf("th", {{"scope", "row"}}, label).leaf("td", {{"class", "num"}}, value).close().newline();
    }
    out.close().close().newline();
}

}  // namespace

std::string render_ranking_table(const BlockView& view, Lang lang) {
    html::Writer out;
    out.leaf("h3", labels::text(labels::html_table_title, lang)).newline();
    if (!view.rows.empty()) table(out, view);
    notes(out, view);
    stats(out, view, lang);
    return std::move(out).finish();
}

}  // namespace chiso::report
