#pragma once
// The summary sheet: every block's statistics in one table, one row per measure —
// number of units, mean, lowest and highest index, the units in each class of each
// ladder and in each counted statistic, with their share — and, compared with last
// year, last year's figures and the change of the mean, lowest and highest.
#include "engine/core/messages.hpp"
#include "engine/compare/year_comparison.hpp"
#include "engine/eval/results.hpp"
#include "engine/report/view/xlsx_grid.hpp"

namespace chiso::report::xlsx {

Sheet summary_sheet(const Results& results, Lang lang, const YearComparison* previous = nullptr);

}  // namespace chiso::report::xlsx
