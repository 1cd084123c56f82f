#pragma once
// Column widths and row heights from the text of a sheet. Spreadsheets do not
// fit columns to their content when a file is opened, and a merged cell never
// grows to show wrapped text, so both are computed here, counting characters
// (display_width), never bytes: "Huyện Bạch Long Vỹ" is 18 characters, 24 bytes.
#include <string_view>
#include <vector>

#include "engine/report/view/xlsx_grid.hpp"

namespace chiso::report::xlsx {

struct WidthBounds {
    double min = 6;
    double max = 40;
};

// Width of `text` on one line in the style of `cell`, in Excel's character units.
double text_units(std::string_view text, const Cell& cell);
// Lines `text` takes when wrapped at word boundaries in a column `width` units wide.
int wrapped_lines(std::string_view text, const Cell& cell, double width);

// Each column as wide as its widest cell within `bounds` (the last bound applies
// to further columns). A header cell counts its longest word or half its text,
// whichever is wider, as it wraps; merged cells spanning columns do not count.
void fit_widths(Sheet& sheet, const std::vector<WidthBounds>& bounds);
// Every written row tall enough for its text, wrapped text and merged cells included.
void fit_heights(Sheet& sheet);

}  // namespace chiso::report::xlsx
