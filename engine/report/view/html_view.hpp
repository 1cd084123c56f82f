#pragma once
// What the HTML page (html/) shows, as data: the report view with its ranking
// tables, and per block the laid-out charts and every unit's explanation.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/report/view/bar_chart.hpp"
#include "engine/report/view/explanation_view.hpp"
#include "engine/report/view/heat_map.hpp"
#include "engine/report/view/report_view.hpp"
#include "engine/report/view/slope_chart.hpp"

namespace chiso::report {

struct HtmlBlockView {
    BarChart bar;
    HeatMap heat;                     // empty when the block's tree has no areas
    std::optional<SlopeChart> slope;  // with last year
    std::vector<UnitExplanation> explanations;  // every unit, in rank order
};

// The page's blocks are drawn one at a time: `block(i)` builds the charts and the
// explanations of block i as the page writes it, so that the explanations of
// 100,000 units are never all in memory at once (each is built once all the same).
struct HtmlView {
    ReportView report;  // built with its tables
    std::function<HtmlBlockView(std::size_t)> block;  // for each of report.blocks, in order
};

}  // namespace chiso::report
