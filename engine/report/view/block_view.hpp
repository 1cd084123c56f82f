#pragma once
// What people see of one block, independent of layout: the columns and cells of
// the ranking table and the statistics lines. The terminal table and Markdown
// lay this same view out, so both always show the same numbers.
#include <string>
#include <utility>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/compare/year_comparison.hpp"
#include "engine/eval/results.hpp"
#include "engine/report/view/block_facts.hpp"
#include "engine/report/view/column.hpp"

namespace chiso::report {

struct BlockView {
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;                // one per unit, in rank order
    std::vector<std::pair<std::string, std::string>> stats;  // label, value
    std::vector<std::string> notes;                            // lines under the table
};

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

// "Khối: <name> (<id>) — <n> đơn vị"
std::string block_heading(const BlockResult& block, Lang lang);

}  // namespace chiso::report
