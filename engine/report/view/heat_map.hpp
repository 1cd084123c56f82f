#pragma once
// The heat map of a block: a row per unit (rank order), a column per area (the
// children of the tree's root), each cell coloured by the unit's points as a
// share of the area's applicable maximum, in seven steps from "under 50%" to
// "full marks", with the points printed. It shows at a glance where each unit
// loses points. Not applicable is hatched ("KAD"), an area whose points were not
// entered separately is blank ("—"), bonus and deduction points are shown signed.
// The layout is here; html/svg_heat_map draws it.
#include <string>
#include <vector>

#include "engine/core/messages.hpp"

namespace chiso::report {

inline constexpr int kHeatSteps = 7;

struct HeatColumn {
    std::vector<std::string> title_lines;  // "1. Công tác chỉ đạo," "điều hành …"
    std::string title;                     // whole, for the tooltip
    std::string subtitle;                  // "tối đa 10" or "cộng/trừ"
    double x = 0;
};

struct HeatCell {
    double x = 0, y = 0;
    std::string css;  // "heat h3", "heat na", "heat none", "heat adj-minus"
    std::string text;
    std::string tooltip;
    bool dark = false;  // white text on a dark colour
};

struct HeatRow {
    std::string label;
    double y = 0;
};

struct HeatLegendItem {
    std::string css;
    std::string text;
    double x = 0, y = 0;
};

struct HeatMap {
    double width = 0, height = 0;
    double names_right = 0;  // row labels end here
    double cell_width = 0, cell_height = 0;
    double header_top = 0;
    double header_font = 0, header_line = 0;  // size and line step of the column titles
    double legend_left = 0, swatch = 0;       // where the legend starts; a swatch's side
    std::string aria_label;
    std::vector<HeatColumn> columns;
    std::vector<HeatRow> rows;
    std::vector<HeatCell> cells;  // rows × columns, row by row
    std::vector<HeatLegendItem> legend;
    std::string legend_title;
    double legend_y = 0;

    bool empty() const { return columns.empty(); }
};

}  // namespace chiso::report
