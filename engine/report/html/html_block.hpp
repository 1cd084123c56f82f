#pragma once
// One block of the HTML report, in the order a reader wants it: the bar chart
// with the cut-offs, the heat map by area, the rank moves since last year, the
// ranking table and statistics, then every unit's explanation.
#include <string>

#include "engine/report/view/html_view.hpp"

namespace chiso::report {

struct BlockContext {
    const CriteriaView& criteria;
    const BlockReportView& block;    // with its table
    const HtmlBlockView& drawn;      // its charts and explanations
    std::size_t index;               // in the view's blocks: the section's anchor
    int previous_year = 0;           // with last year
};

std::string render_block_section(const BlockContext& context);

// The anchor of block `index` ("block-0"): ids from positions, never from user text.
std::string block_anchor(std::size_t index);

}  // namespace chiso::report
