#pragma once
// The cut-offs of a rung that compares with the year's distribution, as `explain`
// shows them for a unit: each computed cut-off ("mean + 1 × sd(sample) = 65,72 + 1 ×
// 9,02 = 74,74") and the rung with the unit's values ("61,21 ≤ 63,87 < 70,23").
#include <string>
#include <vector>

#include "engine/eval/results.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report {

// Nothing when the rung compares with no statistic (its numbers say everything).
std::vector<std::string> cutoff_lines(const Definition& def, const BlockResult& block, const UnitResult& unit,
                                      const RungDef& rung, Lang lang);

// The statistics the block's conditions used, one line each ("mean = 65,7167").
std::vector<std::string> distribution_lines(const Definition& def, const BlockResult& block, Lang lang);

// √v rounded down to `places` decimals, exactly: the largest m / 10^places whose square
// is at most v (an error below 10^-places).
Rational sqrt_down(const Rational& v, int places);

}  // namespace chiso::report
