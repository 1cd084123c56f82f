#pragma once
// The criteria sheet: what the numbers of the annex mean. The legal bases, then
// every tree (the blocks it assesses in its heading) node by node in the order of
// the decision: code, title indented by level, maximum, weight, the scoring rule as
// written in the criteria file, and remarks (survey, may be not applicable,
// default, bonus or deduction cap, blocks that do not assess it).
#include "engine/core/messages.hpp"
#include "engine/model/definition.hpp"
#include "engine/report/view/xlsx_grid.hpp"

namespace chiso::report::xlsx {

Sheet criteria_sheet(const Definition& def, Lang lang);

}  // namespace chiso::report::xlsx
