#pragma once
// A respondent-level answer sheet (one row per form), as KoboToolbox, ODK or Google
// Forms export it: CSV in UTF-8 with or without BOM, `,` `;` or tab between cells
// (detected from the header line unless declared), RFC 4180 quotes (commas, quotes
// `""` and line breaks inside a quoted cell). Only the shape is read here; what the
// columns mean is the criteria's `survey` (engine/survey). A file saved by Excel in
// UTF-16 or Windows-1258 is named as such; a quote never closed, a stray quote, a
// row with another number of cells than the header and a column named twice are
// refused with the row and the column.
//
// Cells are views into the file's text (a quoted cell with `""` into the table's own
// storage), so a sheet of 100,000 forms × 40 questions is read in one pass.
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"

namespace chiso {

class AnswerTable {
public:
    const SourceFile* file() const { return file_; }
    char separator() const { return separator_; }
    const std::vector<std::string>& columns() const { return columns_; }
    std::size_t width() const { return columns_.size(); }
    std::size_t rows() const { return width() == 0 ? 0 : cells_.size() / width(); }
    // Cell `col` of row `row` (0-based, header excluded), blanks around it kept.
    std::string_view cell(std::size_t row, std::size_t col) const { return cells_[row * width() + col]; }
    // Where the cell starts (a quoted cell: its opening quote), and its row's number as
    // the messages say it: the form's place in the file, counting the header as row 1.
    SourceLoc loc(std::size_t row, std::size_t col) const;
    SourceLoc column_loc(std::size_t col) const;
    std::uint32_t row_number(std::size_t row) const { return row_numbers_[row]; }
    // The column called `name` (compared by text_key), or -1.
    std::ptrdiff_t column(std::string_view name) const;

private:
    friend class AnswerReader;
    const SourceFile* file_ = nullptr;
    char separator_ = ',';
    std::vector<std::string> columns_;
    std::vector<std::string> column_keys_;
    std::vector<std::uint32_t> column_offsets_;
    std::vector<std::string_view> cells_;  // row-major
    std::vector<std::uint32_t> offsets_;   // byte offset of each cell
    std::vector<std::uint32_t> row_numbers_;
    std::deque<std::string> unescaped_;  // quoted cells with `""`: their bytes never move
};

struct AnswerReadOptions {
    char separator = 0;  // 0: detected from the header line (`,`, `;` or a tab)
};

// Reads the sheet; nullopt when its encoding or header make it unreadable. Rows with a
// problem are reported and left out (every problem of the file in one run).
std::optional<AnswerTable> read_answer_sheet(const SourceFile& file, const AnswerReadOptions& options,
                                             Diagnostics& diags);

}  // namespace chiso
