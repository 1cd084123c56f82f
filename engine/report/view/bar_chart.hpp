#pragma once
// The bar chart of a block: one horizontal bar per unit in rank order, its
// length proportional to the index on a 0–100 axis (0 to the tree's maximum when
// the index is published in points), with the classification cut-offs drawn:
// vertical lines at index (or points) thresholds, labelled with the rung, and
// horizontal lines between ranks for rank-based rungs ("top 5"). The layout is
// here; html/svg_bar_chart draws it.
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/report/view/chart_geometry.hpp"

namespace chiso::report {

struct BarGeometry {
    std::string label;  // "1. Quận Ngô Quyền"
    std::string value;  // "91,93"
    double y = 0;       // top of the bar
    double length = 0;  // proportional to the index
};

struct CutMark {
    double x = 0;    // on the axis
    double top = 0;  // the line runs from its label row down through the bars
    std::size_t lane = 0;
    std::string text;  // "Xuất sắc ≥ 90"
    svg::Point label_at;
    svg::Anchor anchor = svg::Anchor::Start;
};

struct RankMark {
    double y = 0;  // between two bars
    std::size_t lane = 0;
    std::string text;
};

struct LaneName {
    std::string text;
    double y = 0;  // baseline of its first label row
};

struct BarChart {
    double width = 0, height = 0;
    double plot_left = 0, plot_width = 0, plot_top = 0, plot_bottom = 0;
    double scale = 100;  // the axis maximum
    double bar_height = 0;
    double rank_cut_left = 0;  // where the lines between ranks start
    std::string axis_title;
    std::string aria_label;
    std::vector<std::pair<double, std::string>> ticks;  // x, label
    std::vector<BarGeometry> bars;
    std::vector<LaneName> lanes;
    std::vector<CutMark> cuts;
    std::vector<RankMark> rank_cuts;
    std::vector<std::string> notes;  // for the caption: partial cut-offs, points cut-offs not drawn

    double x_of(double value) const { return plot_left + value / scale * plot_width; }
};

}  // namespace chiso::report
