#pragma once
// The ranking table of a block (view/block_view.hpp) built from its results: the
// columns and cells, the statistics lines and, with last year, its columns and notes.
#include <string>

#include "engine/core/messages.hpp"
#include "engine/compare/year_comparison.hpp"
#include "engine/eval/results.hpp"
#include "engine/report/build/block_facts.hpp"
#include "engine/report/view/block_view.hpp"

namespace chiso::report {

struct YearView {
    const BlockChange* change = nullptr;
    int year = 0;  // last year
};
// With `previous.change`, last year's columns, notes and statistics too.
BlockView make_block_view(const Definition& def, const BlockFacts& facts, Lang lang, YearView previous = {});
// The same, with the block's facts computed here.
BlockView make_block_view(const Definition& def, const BlockResult& block, Lang lang, YearView previous = {});

// The comparison of block `index` of the results, if any.
YearView year_view(const YearComparison* previous, std::size_t index);
// Units of last year whose block no longer exists, as lines of text ("" if none).
std::string vanished_blocks_text(const YearComparison& previous, Lang lang, const std::string& bullet = "  ");

// A unit's rank as the tables print it: "—" for a unit not ranked.
std::string rank_text(const UnitResult& unit, Lang lang);
// What a block's statistics describe, when the score file declared a partial
// publication or units not ranked: "20 đơn vị được công bố, trên tổng số 63".
std::string population_stats_text(const Population& population, Lang lang);
// "Khối: <name> (<id>) — <n> đơn vị" (a partial publication: "… — 20 đơn vị được
// công bố, trên tổng số 63")
std::string block_heading(const BlockResult& block, Lang lang);

}  // namespace chiso::report
