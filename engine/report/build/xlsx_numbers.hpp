#pragma once
// Number cells of the Excel annex: real numbers, never text, so they sum, sort and
// chart; each with the number format that shows it as the other reports print it.
//
// The value is the nearest double to the printed decimal (json_number), not a
// conversion of the exact rational, so 91.93 in the workbook is 91.93 in JSON.
// Formats carry a locale tag: [$-42A] (Vietnamese) makes LibreOffice show the
// decimal comma (91,93) whatever its own locale; [$-409] (English, US) the point.
// Excel shows the separators of the computer's regional settings whatever the tag
// (docs/excel.md).
#include <cstddef>
#include <string>

#include "engine/core/messages.hpp"
#include "engine/core/rational.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/view/xlsx_grid.hpp"

namespace chiso::report::xlsx {

// "[$-42A]" for Vietnamese, "[$-409]" for English.
std::string locale_tag(Lang lang);
// "[$-42A]0.00" (places 2), "[$-42A]0" (places 0).
std::string fixed_format(int places, Lang lang);
// Signed, with the minus sign U+2212 as the other reports print it: "+1,25", "−0,27", "0,00".
std::string signed_fixed_format(int places, Lang lang);

// A result — points, a maximum, an index, a mean, minimum or maximum of indices —
// at its published value (Publication): the cell holds the rounded number and its
// format shows exactly `places` decimals, so the workbook shows what the other
// reports print, and a sum of cells is the sum of the published figures.
Cell published_cell(const Rational& value, const Publication& pub, Lang lang);
// A change of index: "+1,25", "−0,27".
Cell published_change_cell(const Rational& value, const Publication& pub, Lang lang);
// A value written in the criteria (a maximum on the criteria sheet): as many
// decimals as it has, up to places + 2 (format "General").
Cell declared_cell(const Rational& value, int places, Lang lang);
// Counts, ranks and row numbers.
Cell whole_cell(long long value);
// A change of rank: "+4", "−1", "0".
Cell rank_change_cell(int value);
// `part` of `whole` as a percent cell (the value is the fraction): "93,33%".
Cell share_cell(std::size_t part, std::size_t whole, Lang lang);
// A weight (a fraction) as a percent with the decimals it needs: "60%", "12,5%".
Cell weight_cell(const Rational& fraction, Lang lang);

}  // namespace chiso::report::xlsx
