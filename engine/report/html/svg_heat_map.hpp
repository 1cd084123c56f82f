#pragma once
// The heat map of a block drawn as SVG, as laid out by view/heat_map.hpp.
#include <string>

#include "engine/report/view/heat_map.hpp"

namespace chiso::report {

// Not-applicable cells are filled with the page's hatching (svg::shared_defs).
std::string render_heat_map(const HeatMap& map);

}  // namespace chiso::report
