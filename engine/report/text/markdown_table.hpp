#pragma once
// GitHub pipe tables, for every Markdown report (results, diff).
#include <string>
#include <vector>

#include "engine/report/view/column.hpp"

namespace chiso::report {

// A cell's text: a '|' would end the cell and a newline the table.
std::string md_cell(const std::string& text);

// Numeric columns right-aligned.
std::string md_table(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows);

}  // namespace chiso::report
