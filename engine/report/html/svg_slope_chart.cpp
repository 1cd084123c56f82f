#include "engine/report/html/svg_slope_chart.hpp"

#include "engine/report/html/svg_canvas.hpp"

namespace chiso::report {

std::string render_slope_chart(const SlopeChart& chart) {
    using svg::Anchor;
    svg::Canvas canvas(chart.width, chart.height, "chart slope-chart", chart.aria_label);
    canvas.group("slope-axes");
    canvas.text({chart.left_x, chart.title_y}, chart.left_title, "axis-title", Anchor::End);
    canvas.text({chart.right_x, chart.title_y}, chart.right_title, "axis-title", Anchor::Start);
    canvas.line({chart.left_x, chart.top}, {chart.left_x, chart.bottom}, "axis");
    canvas.line({chart.right_x, chart.top}, {chart.right_x, chart.bottom}, "axis");
    canvas.end_group();
    canvas.group("slope-lines");
    for (const auto& line : chart.lines)
        canvas.line({chart.left_x, line.from_y}, {chart.right_x, line.to_y}, line.css, line.tooltip);
    canvas.end_group();
    canvas.group("slope-left");
    for (const auto& end : chart.left) {
        const double baseline = end.y + 5;
        canvas.circle({chart.left_x, end.y}, 4, "dot " + end.css);
        canvas.text({chart.left_x - 8, baseline}, end.rank, "slope-rank", Anchor::End);
        const std::string label = end.tag.empty() ? end.label : end.label + " (" + end.tag + ")";
        canvas.text({chart.left_x - chart.name_gap, baseline}, label, "slope-name " + end.css, Anchor::End);
    }
    canvas.end_group();
    canvas.group("slope-right");
    for (const auto& end : chart.right) {
        const double baseline = end.y + 5;
        canvas.circle({chart.right_x, end.y}, 4, "dot " + end.css);
        canvas.text({chart.right_x + 8, baseline}, end.rank, "slope-rank");
        canvas.text({chart.right_x + chart.name_gap, baseline}, end.label, "slope-name");
        canvas.text({chart.tag_x, baseline}, end.tag, "slope-tag " + end.css);
    }
    canvas.end_group();
    return std::move(canvas).finish();
}

}  // namespace chiso::report
