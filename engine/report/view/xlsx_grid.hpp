#pragma once
// A worksheet as data: typed cells, merged ranges, column widths, row heights and
// the table's header rows. The sheet builders (xlsx_*_sheet.cpp) compute it and
// unit tests read it; only xlsx_writer.cpp turns it into a workbook, so the
// layout is tested without reading a file back and libxlsxwriter stays in one place.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace chiso::report::xlsx {

// How a cell looks; the writer makes one workbook format per combination.
enum class Style {
    None,      // nothing written: a gap between parts of the sheet
    Title,     // bold, larger, centred: the annex's title
    Subtitle,  // bold, centred: the block
    Caption,   // italic, centred: locality and legal basis
    Header,    // bold, centred, bordered, shaded: a table's header
    Section,   // bold, bordered, shaded: a heading row inside a table
    Body,      // bordered table cell: text on the left, numbers on the right
    Note,      // plain text under a table
};

enum class Align { Auto, Left, Center, Right };

struct Cell {
    enum class Kind { Empty, Text, Number };
    Kind kind = Kind::Empty;
    Style style = Style::None;
    std::string text;    // Text: the text. Number: what it shows, for widths and tests
    double number = 0;   // Number: the nearest double to the published decimal
    std::string format;  // Number: an Excel number format, e.g. "[$-42A]0.00"
    bool bold = false;
    bool wrap = false;   // long text breaks into lines within the column
    int indent = 0;      // levels of indentation (the criteria tree)
    Align align = Align::Auto;
};

// Text in a table (Body) or in another style.
Cell text_cell(std::string text, Style style = Style::Body);
// A bordered table cell with nothing in it.
Cell blank_cell();
Cell number_cell(double value, std::string shown, std::string format);

struct Range {
    int first_row = 0;
    int first_col = 0;
    int last_row = 0;
    int last_col = 0;
    bool contains(int row, int col) const {
        return row >= first_row && row <= last_row && col >= first_col && col <= last_col;
    }
    friend bool operator==(const Range&, const Range&) = default;
};

struct Sheet {
    std::string name;
    std::vector<std::vector<Cell>> rows;  // rows[r][c]; short rows end with empty cells
    std::vector<Range> merges;            // each shows its first cell's content
    std::vector<double> widths;           // per column, in Excel's character units
    std::map<int, double> heights;        // row -> points
    int header_first = -1;                // the table's header rows: frozen above the
    int header_last = -1;                 // data and printed again on every page
    int frozen_columns = 0;               // kept in view when scrolling right
    std::optional<Range> filter;          // autofilter over the header's last row and the data
    bool landscape = true;

    // The cell at (row, col), created empty when the sheet is smaller.
    Cell& at(int row, int col);
    // nullptr outside the written area.
    const Cell* find(int row, int col) const;
    int row_count() const { return static_cast<int>(rows.size()); }
    int column_count() const;
    // `cell` at (row, first_col) spanning to last_col (and last_row), the rest
    // of the range blank in the same style.
    void merge(const Range& range, Cell cell);
    // The merged range that covers (row, col), if any.
    const Range* merge_at(int row, int col) const;
};

}  // namespace chiso::report::xlsx
