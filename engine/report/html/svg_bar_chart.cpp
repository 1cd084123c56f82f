#include "engine/report/html/svg_bar_chart.hpp"

#include "engine/report/html/svg_canvas.hpp"

namespace chiso::report {

std::string render_bar_chart(const BarChart& chart) {
    using svg::Anchor;
    svg::Canvas canvas(chart.width, chart.height, "chart bar-chart", chart.aria_label);
    const double right = chart.plot_left + chart.plot_width;
    canvas.group("grid");
    for (const auto& [x, label] : chart.ticks) {
        canvas.line({x, chart.plot_top}, {x, chart.plot_bottom}, "gridline");
        canvas.text({x, chart.plot_bottom + 18}, label, "tick", Anchor::Middle);
    }
    canvas.text({chart.plot_left + chart.plot_width / 2, chart.plot_bottom + 42}, chart.axis_title, "axis-title",
                Anchor::Middle);
    canvas.end_group();
    canvas.group("bars");
    for (const auto& bar : chart.bars) {
        canvas.rect(chart.plot_left, bar.y, bar.length, chart.bar_height, "bar", bar.label + ": " + bar.value);
        const double baseline = bar.y + chart.bar_height / 2 + 5;
        canvas.text({chart.plot_left - 8, baseline}, bar.label, "bar-name", Anchor::End);
        canvas.text({chart.plot_left + bar.length + 6, baseline}, bar.value, "bar-value");
    }
    canvas.line({chart.plot_left, chart.plot_top}, {chart.plot_left, chart.plot_bottom}, "axis");
    canvas.line({chart.plot_left, chart.plot_bottom}, {right, chart.plot_bottom}, "axis");
    canvas.end_group();
    canvas.group("cuts");
    for (const auto& lane : chart.lanes) canvas.text({chart.plot_left - 8, lane.y}, lane.text, "lane-name", Anchor::End);
    for (const auto& cut : chart.cuts) {
        const std::string lane = " lane-" + std::to_string(cut.lane % 4);
        canvas.line({cut.x, cut.top}, {cut.x, chart.plot_bottom}, "cut" + lane, cut.text);
        canvas.text(cut.label_at, cut.text, "cut-label" + lane, cut.anchor);
    }
    for (const auto& cut : chart.rank_cuts) {
        const std::string lane = " lane-" + std::to_string(cut.lane % 4);
        canvas.line({chart.rank_cut_left, cut.y}, {right, cut.y}, "rank-cut" + lane, cut.text);
        canvas.text({chart.plot_left + 6, cut.y + 15}, cut.text, "cut-label" + lane);
    }
    canvas.end_group();
    return std::move(canvas).finish();
}

}  // namespace chiso::report
