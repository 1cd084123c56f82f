#pragma once
// The slope chart of a block's rank moves drawn as SVG, as laid out by view/slope_chart.hpp.
#include <string>

#include "engine/report/view/slope_chart.hpp"

namespace chiso::report {

std::string render_slope_chart(const SlopeChart& chart);

}  // namespace chiso::report
