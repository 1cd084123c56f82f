#include "engine/report/text/markdown_table.hpp"

namespace chiso::report {
namespace {

std::string md_row(const std::vector<std::string>& cells) {
    std::string line = "|";
    for (const auto& cell : cells) line += " " + md_cell(cell) + " |";
    return line + "\n";
}

}  // namespace

std::string md_cell(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

std::string md_table(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::string> headers;
    std::string align = "|";
    for (const auto& c : columns) {
        headers.push_back(c.header);
        align += c.numeric ? " ---: |" : " :--- |";
    }
    std::string out = md_row(headers) + align + "\n";
    for (const auto& row : rows) out += md_row(row);
    return out;
}

}  // namespace chiso::report
