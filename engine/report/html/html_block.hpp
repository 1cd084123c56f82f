#pragma once
// One block of the HTML report, in the order a reader wants it: the bar chart
// with the cut-offs, the heat map by area, the rank moves since last year, the
// ranking table and statistics, then every unit's explanation.
#include <string>

#include "engine/compare/year_comparison.hpp"
#include "engine/core/messages.hpp"
#include "engine/eval/results.hpp"

namespace chiso::report {

struct BlockContext {
    const Definition& def;
    const BlockResult& block;
    std::size_t index;                     // in Results::blocks: the section's anchor
    const BlockChange* change = nullptr;  // with last year
    int previous_year = 0;
    Lang lang = Lang::Vi;
    const UnitTracer* tracer = nullptr;  // Results::tracer: why each node of each unit has its points
};

std::string render_block_section(const BlockContext& context);

// The anchor of block `index` ("block-0"): ids from positions, never from user text.
std::string block_anchor(std::size_t index);

}  // namespace chiso::report
