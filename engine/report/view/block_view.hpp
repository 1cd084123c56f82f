#pragma once
// What people see of one block, independent of layout: the columns and cells of
// the ranking table and the statistics lines. The terminal table, Markdown and the
// HTML page lay this same view out, so all of them show the same numbers. Built by
// build/block_view.hpp; plain data, so a writer never needs the results to print it.
#include <string>
#include <utility>
#include <vector>

#include "engine/report/view/column.hpp"

namespace chiso::report {

struct BlockView {
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;                // one per unit, in rank order
    std::vector<std::pair<std::string, std::string>> stats;  // label, value
    std::vector<std::string> notes;                            // lines under the table
};

}  // namespace chiso::report
