#include "engine/report/html/html_report.hpp"

#include "engine/core/control_chars.hpp"
#include "engine/report/html/html_block.hpp"
#include "engine/report/html/html_style.hpp"
#include "engine/report/html/html_writer.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/html/svg_canvas.hpp"

namespace chiso::report {
namespace {

std::string page_title(const CriteriaView& c) {
    return labels::format(labels::html_title, c.lang, c.index_name, c.locality_name, c.year);
}

void head(html::Writer& out, const CriteriaView& criteria) {
    out.open("head").newline();
    out.empty("meta", {{"charset", "utf-8"}}).newline();
    out.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}}).newline();
    out.leaf("title", page_title(criteria)).newline();
    out.open("style").raw(page_style()).close().newline();
    out.close().newline();
}

void contents(html::Writer& out, const ReportView& view) {
    if (view.blocks.size() < 2) return;
    out.open("nav", {{"class", "blocks"}}).leaf("h2", labels::text(labels::html_contents, view.criteria.lang)).open("ul");
    for (std::size_t i = 0; i < view.blocks.size(); ++i)
        out.open("li").leaf("a", {{"href", "#" + block_anchor(i)}}, view.blocks[i].heading).close();
    out.close().close().newline();
}

void page_header(html::Writer& out, const ReportView& view) {
    const Lang lang = view.criteria.lang;
    out.open("header", {{"class", "page"}}).newline();
    out.leaf("h1", page_title(view.criteria)).newline();
    for (const auto& basis : view.criteria.bases)
        out.leaf("p", {{"class", "bases"}}, std::string(labels::text(labels::ex_bases, lang)) + " " + basis.line)
            .newline();
    if (view.previous)
        out.leaf("p", {{"class", "compared"}}, labels::format(labels::yr_heading, lang, view.previous->year))
            .newline();
    contents(out, view);
    out.close().newline();
}

// Last year's units in blocks the criteria no longer have: the heading and one
// unit per line, worded as in the terminal table.
void vanished_blocks(html::Writer& out, const PreviousReportView& previous) {
    if (previous.vanished_heading.empty()) return;
    out.open("section", {{"class", "vanished"}}).leaf("h2", previous.vanished_heading).newline();
    out.open("ul", {{"class", "table-notes"}}).newline();
    for (const auto& line : previous.vanished_lines) out.leaf("li", line).newline();
    out.close().close().newline();
}

}  // namespace

std::string render_html_page(const HtmlView& view) {
    const ReportView& report = view.report;
    const Lang lang = report.criteria.lang;
    html::Writer out;
    out.raw("<!DOCTYPE html>\n");
    out.open("html", {{"lang", lang == Lang::Vi ? "vi" : "en"}}).newline();
    head(out, report.criteria);
    out.open("body").newline();
    out.raw(svg::shared_defs());
    page_header(out, report);
    out.open("main").newline();
    const int previous_year = report.previous ? report.previous->year : 0;
    for (std::size_t i = 0; i < report.blocks.size() && view.block; ++i) {
        const HtmlBlockView drawn = view.block(i);  // let go once its section is written
        out.raw(render_block_section({report.criteria, report.blocks[i], drawn, i, previous_year}));
    }
    if (report.previous) vanished_blocks(out, *report.previous);
    out.close().newline();
    out.open("script").raw(page_script()).close().newline();
    out.close().newline().close().newline();
    // "[U+202E]" rather than the character itself (engine/core/control_chars.hpp).
    return escape_control_chars(std::move(out).finish());
}

}  // namespace chiso::report
