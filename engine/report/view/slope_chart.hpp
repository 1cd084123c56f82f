#pragma once
// The slope chart of a block's rank moves: last year's ranks on the left, this
// year's on the right, a line per unit whose rank can be compared (blue up, red
// down, grey kept). Following the comparison with last year (docs/years.md): a
// renamed unit starts from its old name; a split unit's successors fan out from
// one point; a merged unit gets a dashed line from each predecessor; a new unit,
// one not known last year or one from another block stands on the right alone
// with the reason; a unit no longer assessed stands on the left alone. The layout
// is here; html/svg_slope_chart draws it.
#include <string>
#include <vector>

#include "engine/core/messages.hpp"

namespace chiso::report {

struct SlopeEnd {
    std::string rank;   // "4"
    std::string label;  // the unit's name
    std::string tag;    // "+3", "−1", "mới", "hợp nhất", "không còn đánh giá"
    std::string css;    // "up", "down", "same", "merged", "alone"
    double y = 0;
};

struct SlopeLine {
    double from_y = 0;  // on the left axis
    double to_y = 0;    // on the right axis
    std::string css;    // "slope up", "slope down", "slope same", "slope merged"
    std::string tooltip;
};

struct SlopeChart {
    double width = 0, height = 0;
    double left_x = 0, right_x = 0;  // the two rank axes
    double tag_x = 0;                // the column of changes and statuses, right of the names
    double top = 0, bottom = 0;
    double title_y = 0;      // baseline of the two axis titles
    double name_gap = 0;     // from an axis to its names (the ranks stand between)
    std::string left_title, right_title, aria_label;
    std::vector<SlopeEnd> left, right;
    std::vector<SlopeLine> lines;

    bool empty() const { return lines.empty(); }
};

}  // namespace chiso::report
