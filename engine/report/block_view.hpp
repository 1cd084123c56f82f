#pragma once
// What people see of one block, independent of layout: the columns and cells of
// the ranking table and the statistics lines. The terminal table and Markdown
// lay this same view out, so both always show the same numbers.
#include <string>
#include <utility>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/eval/results.hpp"

namespace chiso::report {

struct Column {
    std::string header;
    bool numeric = false;  // right-aligned
};

struct BlockView {
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;                // one per unit, in rank order
    std::vector<std::pair<std::string, std::string>> stats;  // label, value
};

BlockView make_block_view(const Definition& def, const BlockResult& block, Lang lang);

// "Khối: <name> (<id>) — <n> đơn vị"
std::string block_heading(const BlockResult& block, Lang lang);

// The ladders that apply to `block`, in declaration order.
std::vector<const LadderDef*> ladders_for(const Definition& def, const BlockDef& block);

}  // namespace chiso::report
