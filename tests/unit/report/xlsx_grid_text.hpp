#pragma once
// A sheet's cells as text, one line per row ("a | b | c"), numbers as they show,
// so a layout test reads like the sheet. Trailing empty cells are left out.
#include <string>

#include "engine/report/view/xlsx_grid.hpp"

namespace chiso::testing {

inline std::string grid_text(const report::xlsx::Sheet& sheet) {
    std::string out;
    for (const auto& cells : sheet.rows) {
        std::size_t used = cells.size();
        while (used > 0 && cells[used - 1].text.empty()) --used;
        std::string line;
        for (std::size_t c = 0; c < used; ++c) line += (c > 0 ? " | " : "") + cells[c].text;
        out += line + "\n";
    }
    return out;
}

}  // namespace chiso::testing
