#pragma once
// The HTML page's charts computed from the results (view/bar_chart.hpp,
// view/heat_map.hpp, view/slope_chart.hpp hold what they compute): the SVG writers
// (html/svg_*) draw the layouts and never see a result.
#include "engine/compare/year_comparison.hpp"
#include "engine/core/messages.hpp"
#include "engine/eval/results.hpp"
#include "engine/report/view/bar_chart.hpp"
#include "engine/report/view/heat_map.hpp"
#include "engine/report/view/slope_chart.hpp"

namespace chiso::report {

BarChart layout_bar_chart(const Definition& def, const BlockResult& block, Lang lang);

// Empty (no columns) when the block's tree has no areas.
HeatMap layout_heat_map(const Definition& def, const BlockResult& block, Lang lang);

// The colour step of `points` out of `max` (max > 0): 0 under 50%, then one step
// per 10 points of percent up to 5 (90% to under 100%), 6 for full marks.
int heat_step(const Rational& points, const Rational& max);
SlopeChart layout_slope_chart(const BlockResult& block, const BlockChange& change, int previous_year, int year,
                              Lang lang);

}  // namespace chiso::report
