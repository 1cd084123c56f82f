#pragma once
// One block's results laid out like the annex of a decision (Phụ lục kèm theo
// Quyết định): title rows, then a table — STT, the unit, its points per area
// (the children of the tree's root), total points, the index, the rank, one
// column per classification ladder and, compared with last year, last year's rank
// and index with the changes — then the notes on renamed or merged units.
#include "engine/core/messages.hpp"
#include "engine/eval/results.hpp"
#include "engine/report/build/block_view.hpp"
#include "engine/report/view/xlsx_grid.hpp"

namespace chiso::report::xlsx {

Sheet annex_sheet(const Definition& def, const BlockResult& block, Lang lang, YearView previous = {});

}  // namespace chiso::report::xlsx
