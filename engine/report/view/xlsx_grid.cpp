#include "engine/report/view/xlsx_grid.hpp"

#include <algorithm>

#include "engine/core/control_chars.hpp"

namespace chiso::report::xlsx {

Cell text_cell(std::string text, Style style) {
    Cell c;
    c.kind = Cell::Kind::Text;
    c.style = style;
    c.text = escape_control_chars(std::move(text));  // a NUL would end the cell early
    return c;
}

Cell blank_cell() {
    Cell c;
    c.style = Style::Body;
    return c;
}

Cell number_cell(double value, std::string shown, std::string format) {
    Cell c;
    c.kind = Cell::Kind::Number;
    c.style = Style::Body;
    c.number = value;
    c.text = std::move(shown);
    c.format = std::move(format);
    return c;
}

Cell& Sheet::at(int row, int col) {
    if (row >= row_count()) rows.resize(static_cast<std::size_t>(row) + 1);
    auto& cells = rows[static_cast<std::size_t>(row)];
    if (col >= static_cast<int>(cells.size())) cells.resize(static_cast<std::size_t>(col) + 1);
    return cells[static_cast<std::size_t>(col)];
}

const Cell* Sheet::find(int row, int col) const {
    if (row < 0 || col < 0 || row >= row_count()) return nullptr;
    const auto& cells = rows[static_cast<std::size_t>(row)];
    return col < static_cast<int>(cells.size()) ? &cells[static_cast<std::size_t>(col)] : nullptr;
}

int Sheet::column_count() const {
    std::size_t n = widths.size();
    for (const auto& cells : rows) n = std::max(n, cells.size());
    for (const auto& m : merges) n = std::max(n, static_cast<std::size_t>(m.last_col) + 1);
    return static_cast<int>(n);
}

void Sheet::merge(const Range& range, Cell cell) {
    Cell blank;
    blank.style = cell.style;
    for (int r = range.first_row; r <= range.last_row; ++r)
        for (int c = range.first_col; c <= range.last_col; ++c) at(r, c) = blank;
    at(range.first_row, range.first_col) = std::move(cell);
    if (range.first_row != range.last_row || range.first_col != range.last_col) merges.push_back(range);
}

const Range* Sheet::merge_at(int row, int col) const {
    for (const auto& m : merges)
        if (m.contains(row, col)) return &m;
    return nullptr;
}

}  // namespace chiso::report::xlsx
