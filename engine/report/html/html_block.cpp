#include "engine/report/html/html_block.hpp"

#include "engine/report/view/block_view.hpp"
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

void bar_chart(html::Writer& out, const BlockContext& c) {
    const BarChart chart = layout_bar_chart(c.def, c.block, c.lang);
    figure(out, "bar-figure", labels::text(labels::html_bar_title, c.lang),
           labels::text(labels::html_bar_caption, c.lang), render_bar_chart(chart), chart.notes);
}

void heat_map(html::Writer& out, const BlockContext& c) {
    const HeatMap map = layout_heat_map(c.def, c.block, c.lang);
    if (map.empty()) {
        out.leaf("p", {{"class", "note no-areas"}}, labels::text(labels::html_no_areas, c.lang)).newline();
        return;
    }
    figure(out, "heat-figure", labels::text(labels::html_heat_title, c.lang),
           labels::text(labels::html_heat_caption, c.lang), render_heat_map(map));
}

void slope_chart(html::Writer& out, const BlockContext& c) {
    const SlopeChart chart = layout_slope_chart(c.block, *c.change, c.previous_year, c.def.year, c.lang);
    const std::string title = labels::format(labels::html_slope_title, c.lang, c.previous_year);
    if (chart.empty()) {
        out.open("figure", {{"class", "slope-figure"}}).open("figcaption").leaf("h3", title).close();
        out.leaf("p", {{"class", "note"}}, labels::format(labels::html_slope_none, c.lang, c.previous_year));
        out.close().newline();
        return;
    }
    figure(out, "slope-figure", title,
           labels::format(labels::html_slope_caption, c.lang, c.previous_year, c.def.year), render_slope_chart(chart));
}

void explanations(html::Writer& out, const BlockContext& c, const BlockFacts& facts) {
    out.open("section", {{"class", "explain"}}).newline();
    out.leaf("h3", labels::text(labels::html_explain_title, c.lang)).newline();
    out.leaf("p", {{"class", "print-note"}}, labels::text(labels::html_explain_print, c.lang)).newline();
    out.open("div", {{"class", "explain-tools"}, {"hidden", "hidden"}});
    out.leaf("button", {{"type", "button"}, {"data-expand", "1"}}, labels::text(labels::html_expand_all, c.lang));
    out.leaf("button", {{"type", "button"}, {"data-expand", "0"}}, labels::text(labels::html_collapse_all, c.lang));
    out.close().newline();
    out.open("div", {{"class", "explain-body"}}).newline();
    out.raw(render_unit_explanations(c.def, facts, c.lang, c.tracer));
    out.close().newline().close().newline();
}

}  // namespace

std::string block_anchor(std::size_t index) { return "block-" + std::to_string(index); }

std::string render_block_section(const BlockContext& c) {
    html::Writer out;
    out.open("section", {{"class", "block"}, {"id", block_anchor(c.index)}}).newline();
    out.leaf("h2", block_heading(c.block, c.lang)).newline();
    const BlockFacts facts = block_facts(c.def, c.block);  // once for the table and the explanations
    const BlockView view = make_block_view(c.def, facts, c.lang, YearView{c.change, c.previous_year});
    if (c.block.units.empty()) {
        out.leaf("p", {{"class", "note"}}, labels::text(labels::no_units, c.lang)).newline();
        if (!view.notes.empty()) out.raw(render_ranking_table(view, c.lang));
        out.close().newline();
        return std::move(out).finish();
    }
    // Charts first: they are what is projected; the table is the record under them.
    bar_chart(out, c);
    heat_map(out, c);
    if (c.change) slope_chart(out, c);
    out.raw(render_ranking_table(view, c.lang));
    explanations(out, c, facts);
    out.close().newline();
    return std::move(out).finish();
}

}  // namespace chiso::report
