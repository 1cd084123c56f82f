#include "engine/report/view/xlsx_layout.hpp"

#include <algorithm>
#include <cmath>

#include "engine/report/view/text_width.hpp"

namespace chiso::report::xlsx {
namespace {

constexpr double kPadding = 1.5;        // units around the text inside a cell
constexpr double kCellPaddingPt = 3.0;  // points above and below the text

double font_points(Style style) { return style == Style::Title ? 14.0 : 12.0; }

bool is_bold(const Cell& cell) {
    return cell.bold || cell.style == Style::Title || cell.style == Style::Subtitle || cell.style == Style::Header ||
           cell.style == Style::Section;
}

// One character of the 12-point body font is about 1.1 units of Excel's column
// width (the width of "0" in the default font) in Times New Roman and 1.3 in the
// wider serif fonts that replace it where it is not installed (DejaVu Serif in
// LibreOffice on Linux); 1.2 keeps both readable. Bold and larger text are wider.
double units_per_character(const Cell& cell) {
    return 1.2 * font_points(cell.style) / 12.0 * (is_bold(cell) ? 1.1 : 1.0);
}

double line_points(Style style) { return font_points(style) * 1.3; }

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find_first_of(" \n", start), text.size());
        if (end > start) out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

double longest_word_units(std::string_view text, const Cell& cell) {
    double out = 0;
    for (auto word : words(text)) out = std::max(out, text_units(word, cell));
    return out;
}

// What a cell asks of its column's width.
double wanted_width(const Cell& cell) {
    if (cell.kind == Cell::Kind::Empty || cell.text.empty()) return 0;
    if (cell.style == Style::Header) return std::max(longest_word_units(cell.text, cell), text_units(cell.text, cell) / 2);
    return text_units(cell.text, cell) + cell.indent * 2.0;
}

bool spans_columns(const Sheet& sheet, int row, int col) {
    const Range* m = sheet.merge_at(row, col);
    return m && m->first_col != m->last_col;
}

double span_width(const Sheet& sheet, int first_col, int last_col) {
    double out = 0;
    for (int c = first_col; c <= last_col; ++c)
        out += c < static_cast<int>(sheet.widths.size()) ? sheet.widths[static_cast<std::size_t>(c)] : 8.43;
    return out;
}

// Points a cell needs; spread over the rows of a vertical merge by the caller.
double needed_points(const Sheet& sheet, int row, int col, const Cell& cell) {
    const Range* m = sheet.merge_at(row, col);
    const int last_col = m ? m->last_col : col;
    const double width = span_width(sheet, col, last_col) - cell.indent * 2.0;
    const int lines = cell.wrap ? wrapped_lines(cell.text, cell, width) : 1;
    return lines * line_points(cell.style) + kCellPaddingPt;
}

}  // namespace

double text_units(std::string_view text, const Cell& cell) {
    return static_cast<double>(display_width(text)) * units_per_character(cell) + kPadding;
}

int wrapped_lines(std::string_view text, const Cell& cell, double width) {
    const double room = std::max(1.0, (width - kPadding) / units_per_character(cell));
    int lines = 0;
    std::size_t start = 0;
    while (start <= text.size()) {  // each paragraph ("\n") wraps on its own
        const std::size_t end = std::min(text.find('\n', start), text.size());
        double used = 0;
        ++lines;
        for (auto word : words(text.substr(start, end - start))) {
            const double w = static_cast<double>(display_width(word));
            if (used > 0 && used + 1 + w > room) {
                ++lines;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + w;
            while (used > room) {  // a word longer than the line breaks anywhere
                ++lines;
                used -= room;
            }
        }
        start = end + 1;
    }
    return lines;
}

void fit_widths(Sheet& sheet, const std::vector<WidthBounds>& bounds) {
    const int columns = sheet.column_count();
    sheet.widths.assign(static_cast<std::size_t>(columns), 0.0);
    for (int r = 0; r < sheet.row_count(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const Cell* cell = sheet.find(r, c);
            if (!cell || spans_columns(sheet, r, c)) continue;
            auto& w = sheet.widths[static_cast<std::size_t>(c)];
            w = std::max(w, wanted_width(*cell));
        }
    }
    for (int c = 0; c < columns && !bounds.empty(); ++c) {
        const WidthBounds& b = bounds[std::min(static_cast<std::size_t>(c), bounds.size() - 1)];
        auto& w = sheet.widths[static_cast<std::size_t>(c)];
        w = std::ceil(std::clamp(w, b.min, b.max) * 4) / 4;  // quarter units: stable, readable XML
    }
}

void fit_heights(Sheet& sheet) {
    sheet.heights.clear();
    std::vector<std::pair<Range, double>> tall_merges;
    for (int r = 0; r < sheet.row_count(); ++r) {
        for (int c = 0; c < static_cast<int>(sheet.rows[static_cast<std::size_t>(r)].size()); ++c) {
            const Cell& cell = sheet.rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
            if (cell.style == Style::None) continue;
            const Range* m = sheet.merge_at(r, c);
            if (m && (m->first_row != r || m->first_col != c)) continue;  // covered by the merge's first cell
            const double points = std::ceil(needed_points(sheet, r, c, cell) * 4) / 4;
            if (m && m->first_row != m->last_row) {
                tall_merges.emplace_back(*m, points);
                continue;
            }
            sheet.heights[r] = std::max(sheet.heights[r], points);
        }
    }
    // A cell merged over several rows: the last row takes what the others lack.
    for (const auto& [m, points] : tall_merges) {
        double have = 0;
        for (int r = m.first_row; r <= m.last_row; ++r) have += sheet.heights[r];
        if (have < points) sheet.heights[m.last_row] += points - have;
    }
}

}  // namespace chiso::report::xlsx
