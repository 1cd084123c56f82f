#pragma once
// The bar chart of a block drawn as SVG, as laid out by view/bar_chart.hpp.
#include <string>

#include "engine/report/view/bar_chart.hpp"

namespace chiso::report {

std::string render_bar_chart(const BarChart& chart);

}  // namespace chiso::report
