#include "engine/report/html/html_block.hpp"

#include "engine/report/html/html_explanation.hpp"
#include "engine/report/html/html_ranking_table.hpp"
#include "engine/report/html/html_writer.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/html/svg_bar_chart.hpp"
#include "engine/report/html/svg_heat_map.hpp"
#include "engine/report/html/svg_slope_chart.hpp"

namespace chiso::report {
namespace {

void figure(html::Writer& out, std::string_view css_class, const std::string& title, const std::string& caption,
            const std::string& svg, const std::vector<std::string>& notes = {}) {
    out.open("figure", {{"class", std::string(css_class)}}).newline();
    out.open("figcaption").leaf("h3", title);
    if (!caption.empty()) out.leaf("p", caption);
    out.close().newline();
    out.raw(svg);
    for (const auto& note : notes) out.leaf("p", {{"class", "note"}}, note).newline();
    out.close().newline();
}

void bar_chart(html::Writer& out, const BlockContext& c, Lang lang) {
    const BarChart& chart = c.drawn.bar;
    figure(out, "bar-figure", labels::text(labels::html_bar_title, lang), labels::text(labels::html_bar_caption, lang),
           render_bar_chart(chart), chart.notes);
}

void heat_map(html::Writer& out, const BlockContext& c, Lang lang) {
    const HeatMap& map = c.drawn.heat;
    if (map.empty()) {
        out.leaf("p", {{"class", "note no-areas"}}, labels::text(labels::html_no_areas, lang)).newline();
        return;
    }
    figure(out, "heat-figure", labels::text(labels::html_heat_title, lang),
           labels::text(labels::html_heat_caption, lang), render_heat_map(map));
}

void slope_chart(html::Writer& out, const BlockContext& c, const SlopeChart& chart, Lang lang) {
    const int year = c.criteria.year;
    const std::string title = labels::format(labels::html_slope_title, lang, c.previous_year);
    if (chart.empty()) {
        out.open("figure", {{"class", "slope-figure"}}).open("figcaption").leaf("h3", title).close();
        out.leaf("p", {{"class", "note"}}, labels::format(labels::html_slope_none, lang, c.previous_year));
        out.close().newline();
        return;
    }
    figure(out, "slope-figure", title, labels::format(labels::html_slope_caption, lang, c.previous_year, year),
           render_slope_chart(chart));
}

void explanations(html::Writer& out, const BlockContext& c) {
    const Lang lang = c.criteria.lang;
    out.open("section", {{"class", "explain"}}).newline();
    out.leaf("h3", labels::text(labels::html_explain_title, lang)).newline();
    out.leaf("p", {{"class", "print-note"}}, labels::text(labels::html_explain_print, lang)).newline();
    out.open("div", {{"class", "explain-tools"}, {"hidden", "hidden"}});
    out.leaf("button", {{"type", "button"}, {"data-expand", "1"}}, labels::text(labels::html_expand_all, lang));
    out.leaf("button", {{"type", "button"}, {"data-expand", "0"}}, labels::text(labels::html_collapse_all, lang));
    out.close().newline();
    out.open("div", {{"class", "explain-body"}}).newline();
    out.raw(render_unit_explanations(c.criteria, c.drawn.explanations));
    out.close().newline().close().newline();
}

}  // namespace

std::string block_anchor(std::size_t index) { return "block-" + std::to_string(index); }

std::string render_block_section(const BlockContext& c) {
    html::Writer out;
    out.open("section", {{"class", "block"}, {"id", block_anchor(c.index)}}).newline();
    const Lang lang = c.criteria.lang;
    out.leaf("h2", c.block.heading).newline();
    const BlockView& view = c.block.table;
    if (c.block.units.empty()) {
        out.leaf("p", {{"class", "note"}}, labels::text(labels::no_units, lang)).newline();
        if (!view.notes.empty()) out.raw(render_ranking_table(view, lang));
        out.close().newline();
        return std::move(out).finish();
    }
    // Charts first: they are what is projected; the table is the record under them.
    bar_chart(out, c, lang);
    heat_map(out, c, lang);
    if (c.drawn.slope) slope_chart(out, c, *c.drawn.slope, lang);
    out.raw(render_ranking_table(view, lang));
    explanations(out, c);
    out.close().newline();
    return std::move(out).finish();
}

}  // namespace chiso::report
