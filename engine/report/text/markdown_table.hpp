#pragma once
// GitHub pipe tables, for every Markdown report (results, diff).
#include <string>
#include <vector>

namespace chiso::report {

// A cell's text: a '|' would end the cell and a newline the table.
std::string md_cell(const std::string& text);

struct MdColumn {
    std::string header;
    bool right_aligned = false;  // numbers
};

std::string md_table(const std::vector<MdColumn>& columns, const std::vector<std::vector<std::string>>& rows);

}  // namespace chiso::report
