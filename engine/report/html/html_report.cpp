#include "engine/report/html/html_report.hpp"

#include "engine/core/control_chars.hpp"
#include "engine/report/view/block_view.hpp"
#include "engine/report/view/explanation.hpp"
#include "engine/report/html/html_block.hpp"
#include "engine/report/html/html_style.hpp"
#include "engine/report/html/html_writer.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/html/svg_canvas.hpp"

namespace chiso {
namespace {

using report::block_anchor;

std::string page_title(const Definition& def, Lang lang) {
    return labels::format(labels::html_title, lang, def.index_name, def.locality_name, def.year);
}

void head(html::Writer& out, const Definition& def, Lang lang) {
    out.open("head").newline();
    out.empty("meta", {{"charset", "utf-8"}}).newline();
    out.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}}).newline();
    out.leaf("title", page_title(def, lang)).newline();
    out.open("style").raw(report::page_style()).close().newline();
    out.close().newline();
}

void contents(html::Writer& out, const Results& results, Lang lang) {
    if (results.blocks.size() < 2) return;
    out.open("nav", {{"class", "blocks"}}).leaf("h2", labels::text(labels::html_contents, lang)).open("ul");
    for (std::size_t i = 0; i < results.blocks.size(); ++i) {
        out.open("li")
            .leaf("a", {{"href", "#" + block_anchor(i)}}, report::block_heading(results.blocks[i], lang))
            .close();
    }
    out.close().close().newline();
}

void page_header(html::Writer& out, const Results& results, Lang lang, const YearComparison* previous) {
    const Definition& def = *results.definition;
    out.open("header", {{"class", "page"}}).newline();
    out.leaf("h1", page_title(def, lang)).newline();
    for (const auto& basis : def.bases)
        out.leaf("p", {{"class", "bases"}},
                 std::string(labels::text(labels::ex_bases, lang)) + " " + report::basis_line(basis, lang))
            .newline();
    if (previous)
        out.leaf("p", {{"class", "compared"}}, labels::format(labels::yr_heading, lang, previous->previous->year))
            .newline();
    contents(out, results, lang);
    out.close().newline();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// Last year's units in blocks the criteria no longer have: the heading and one
// unit per line, worded as in the terminal table.
void vanished_blocks(html::Writer& out, const YearComparison& previous, Lang lang) {
    const auto lines = lines_of(report::vanished_blocks_text(previous, lang, ""));
    if (lines.empty()) return;
    out.open("section", {{"class", "vanished"}}).leaf("h2", lines.front()).newline();
    out.open("ul", {{"class", "table-notes"}}).newline();
    for (std::size_t i = 1; i < lines.size(); ++i) out.leaf("li", lines[i]).newline();
    out.close().close().newline();
}

}  // namespace

std::string render_html_report(const Results& results, Lang lang, const YearComparison* previous) {
    const Definition& def = *results.definition;
    html::Writer out;
    out.raw("<!DOCTYPE html>\n");
    out.open("html", {{"lang", lang == Lang::Vi ? "vi" : "en"}}).newline();
    head(out, def, lang);
    out.open("body").newline();
    out.raw(svg::shared_defs());
    page_header(out, results, lang, previous);
    out.open("main").newline();
    for (std::size_t i = 0; i < results.blocks.size(); ++i) {
        const BlockChange* change = previous && i < previous->blocks.size() ? &previous->blocks[i] : nullptr;
        out.raw(report::render_block_section(
            {def, results.blocks[i], i, change, previous ? previous->previous->year : 0, lang, results.tracer.get()}));
    }
    if (previous) vanished_blocks(out, *previous, lang);
    out.close().newline();
    out.open("script").raw(report::page_script()).close().newline();
    out.close().newline().close().newline();
    // "[U+202E]" rather than the character itself (engine/core/control_chars.hpp).
    return escape_control_chars(std::move(out).finish());
}

}  // namespace chiso
