#include "engine/report/build/publication.hpp"
#include "engine/report/build/charts.hpp"

#include <algorithm>

#include "engine/report/build/explanation.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/build/svg_cutoffs.hpp"

namespace chiso::report {
namespace {

// Sizes in px of the SVG's own coordinates; the page scales the whole chart to
// its width, so these set proportions and the type size relative to the bars.
constexpr double kPad = 12;
constexpr double kNameFont = 15;
constexpr double kCutFont = 13;
constexpr double kRowHeight = 30;
constexpr double kBarHeight = 20;
constexpr double kPlotWidth = 640;
constexpr double kValueMargin = 84;  // room right of the longest bar for its value
constexpr double kLabelRow = 18;
constexpr double kLaneGap = 4;
constexpr double kRankGap = 22;  // a rank cut-off gets a row of its own

std::string bar_label(const UnitResult& unit) {
    return unit.ranked ? std::to_string(unit.rank) + ". " + unit.name : "— " + unit.name;  // `ranked: false`
}

Rational axis_scale(const Definition& def, const BlockResult& block) {
    const Rational max = def.tree_of(*block.block).root().max;
    return def.publish == Publish::Points && max > Rational(0) ? max : Rational(100);
}

// At most ten steps of 1, 2, 2.5 or 5 times a power of ten.
Rational tick_step(const Rational& scale) {
    Rational power(1);
    while (power * Rational(10) < scale) power = power * Rational(10);
    for (;;) {
        for (const Rational& step : {power / Rational(10), power / Rational(5), power / Rational(4), power / Rational(2)})
            if (step > Rational(0) && scale / step <= Rational(10)) return step;
        power = power * Rational(10);
    }
}

std::string cut_text(const ValueCut& cut, int places, Lang lang) {
    return cut.label + " " + cmp_symbol(cut.cmp) + " " + format_exact(cut.value, places, lang) +
           (cut.partial ? " *" : "");
}

// Places each label of a lane in the first row where it overlaps nothing; a
// label that would leave the chart on the right hangs to the left of its line.
struct RowPacker {
    double chart_width;
    std::vector<double> row_ends;

    std::size_t place(CutMark& mark, double lane_top) {
        const double width = svg::text_width(mark.text, kCutFont);
        double start = mark.x + 4;
        mark.anchor = svg::Anchor::Start;
        if (start + width > chart_width - 4) {
            start = mark.x - 4 - width;
            mark.anchor = svg::Anchor::End;
        }
        std::size_t row = 0;
        while (row < row_ends.size() && row_ends[row] + 8 > start) ++row;
        if (row == row_ends.size()) row_ends.push_back(0);
        row_ends[row] = start + width;
        mark.top = lane_top + static_cast<double>(row) * kLabelRow;
        mark.label_at = {mark.anchor == svg::Anchor::Start ? mark.x + 4 : mark.x - 4, mark.top + kCutFont};
        return row_ends.size();
    }
};

struct LaneLayout {
    const Definition& def;
    Lang lang;
    BarChart& chart;
    bool partial_drawn = false;
    std::vector<std::string> points_not_drawn;

    // Returns the y below the lane.
    double add(const CutLane& lane, std::size_t index, double top) {
        std::vector<const ValueCut*> drawn;
        // A cut-off off the axis (index >= 120) holds for no bar: nothing to draw.
        const auto on_axis = [&](const ValueCut& cut) {
            return cut.value >= Rational(0) && cut.value.to_double() <= chart.scale;
        };
        for (const auto& cut : lane.index)
            if (on_axis(cut)) drawn.push_back(&cut);
        const bool points_axis = def.publish == Publish::Points;
        for (const auto& cut : lane.points) {
            if (!points_axis) points_not_drawn.push_back(cut_text(cut, def.places, lang));
            else if (on_axis(cut)) drawn.push_back(&cut);
        }
        if (drawn.empty()) return top;
        std::stable_sort(drawn.begin(), drawn.end(),
                         [](const ValueCut* a, const ValueCut* b) { return a->value < b->value; });
        RowPacker packer{chart.width, {}};
        std::size_t rows = 0;
        for (const ValueCut* cut : drawn) {
            CutMark mark;
            mark.x = chart.x_of(cut->value.to_double());
            mark.lane = index;
            mark.text = cut_text(*cut, def.places, lang);
            rows = packer.place(mark, top);
            partial_drawn = partial_drawn || cut->partial;
            chart.cuts.push_back(std::move(mark));
        }
        chart.lanes.push_back({lane.name, top + kCutFont});
        return top + static_cast<double>(rows) * kLabelRow + kLaneGap;
    }
};

std::string rank_text(const CutLane& lane, const RankCut& cut, Lang lang) {
    const std::string rung = cut.label + (cut.partial ? " *" : "");
    if (cut.top) return labels::format(labels::html_rank_top, lang, lane.name, rung, cut.after_rank);
    return labels::format(labels::html_rank_bottom, lang, lane.name, rung, cut.after_rank + 1);
}

// The bars from `top`, with a row for each rank cut-off that falls between two
// units; returns the y below the last bar.
double add_bars(BarChart& chart, const BlockResult& block, const std::vector<CutLane>& lanes, const Definition& def,
                Lang lang, double top, bool& partial) {
    double y = top;
    const auto& units = block.units;
    for (std::size_t i = 0; i < units.size(); ++i) {
        const double value = std::clamp(units[i].published.to_double(), 0.0, chart.scale);
        chart.bars.push_back({bar_label(units[i]), publication_of(def).text(units[i].published, lang),
                              y + (kRowHeight - kBarHeight) / 2, value / chart.scale * chart.plot_width});
        y += kRowHeight;
        if (i + 1 == units.size()) break;
        for (std::size_t l = 0; l < lanes.size(); ++l) {
            for (const auto& cut : lanes[l].ranks) {
                if (units[i].rank > cut.after_rank || units[i + 1].rank <= cut.after_rank) continue;
                chart.rank_cuts.push_back({y + 4, l, rank_text(lanes[l], cut, lang)});
                partial = partial || cut.partial;
                y += kRankGap;
            }
        }
    }
    return y;
}

void add_ticks(BarChart& chart, const Rational& scale, int places, Lang lang) {
    const Rational step = tick_step(scale);
    for (Rational v(0); v <= scale; v += step)
        chart.ticks.emplace_back(chart.x_of(v.to_double()), format_exact(v, places, lang));
}

double name_column(const BlockResult& block) {
    double widest = 100;
    for (const auto& unit : block.units) widest = std::max(widest, svg::text_width(bar_label(unit), kNameFont));
    return widest + 12;
}

}  // namespace

BarChart layout_bar_chart(const Definition& def, const BlockResult& block, Lang lang) {
    BarChart chart;
    const Rational scale = axis_scale(def, block);
    chart.scale = scale.to_double();
    chart.plot_left = kPad + name_column(block);
    chart.rank_cut_left = kPad;
    chart.plot_width = kPlotWidth;
    chart.width = chart.plot_left + kPlotWidth + kValueMargin;
    chart.bar_height = kBarHeight;
    chart.axis_title = def.publish == Publish::Points
                           ? labels::format(labels::html_axis_points, lang, format_exact(scale, def.places, lang))
                           : std::string(labels::text(labels::col_index_percent, lang));
    chart.aria_label = labels::text(labels::html_bar_title, lang);

    const auto lanes = cut_lanes(def, *block.block, lang);
    LaneLayout lane_layout{def, lang, chart, false, {}};
    double y = kPad;
    for (std::size_t i = 0; i < lanes.size(); ++i) y = lane_layout.add(lanes[i], i, y);
    chart.plot_top = y + 6;
    bool partial = lane_layout.partial_drawn;
    chart.plot_bottom = add_bars(chart, block, lanes, def, lang, chart.plot_top + 4, partial) + 4;
    add_ticks(chart, scale, def.places, lang);
    chart.height = chart.plot_bottom + 50 + kPad;
    if (partial) chart.notes.push_back(labels::text(labels::html_cut_partial, lang));
    if (!lane_layout.points_not_drawn.empty())
        chart.notes.push_back(labels::format(labels::html_points_cuts, lang, join(lane_layout.points_not_drawn, "; ")));
    return chart;
}

}  // namespace chiso::report
