#pragma once
// What the comparison with last year adds to a block's view (docs/years.md):
// last year's rank and index with the change, a note for every renamed, merged,
// split or moved unit and for every unit no longer assessed, and last year's
// statistics beside this year's.
#include <string>

#include "engine/compare/year_comparison.hpp"
#include "engine/report/build/block_view.hpp"
#include "engine/report/build/block_facts.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report {

void add_previous_year(BlockView& view, const Definition& def, const BlockFacts& facts, const BlockChange& change,
                       int previous_year, Lang lang);

// Stable ids for machines (JSON, CSV): "same", "renamed", "merged", …
const char* status_id(PreviousStatus status);

// The rank-change cell of the table: "+4", or why there is none ("mới", "chưa có", …).
std::string rank_change_text(const UnitChange& change, Lang lang);

// "+4", "−1" (U+2212), "0".
std::string signed_whole(int value);
// "+1,23", "−0,27", "0,00" with the index's decimals.
std::string signed_index(const Rational& value, const Publication& pub, Lang lang);

}  // namespace chiso::report
