#pragma once
// The parts every sheet of the annex has: title rows over the whole width, a
// table header (two rows when columns are grouped under a common heading), full-
// width note rows, and the finishing touches (widths, heights, filter).
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/model/definition.hpp"
#include "engine/report/view/xlsx_grid.hpp"
#include "engine/report/view/xlsx_layout.hpp"

namespace chiso::report::xlsx {

struct TableColumn {
    std::string group;   // heading shared with the neighbouring columns of the same group, or ""
    std::string header;
    WidthBounds width;
};

// `cell` across columns 0 … columns−1 of `row`, wrapped.
void put_full_row(Sheet& sheet, int row, int columns, Cell cell);
// The header of a table starting at `row`; records the header rows in `sheet`.
// Returns the first row for data.
int put_header(Sheet& sheet, int row, const std::vector<TableColumn>& columns);
// Widths from the content within the columns' bounds, heights, and an autofilter
// over the header's last row and the data rows up to `last_row` (none if no data).
void finish_table(Sheet& sheet, const std::vector<TableColumn>& columns, int last_row);

// The limit of a bonus or a deduction with a cap ("tối đa …", the criteria sheet's
// remark and the annex's column header); "" for any other node.
std::string adjustment_cap_label(const NodeDef& node, int places, Lang lang);
// "1091/QĐ-UBND ngày 06/05/2020" (vi) or "1091/QĐ-UBND of 2020-05-06" (en).
std::string basis_reference(const BasisDef& basis, Lang lang);
// "Hải Phòng — Căn cứ: 1091/QĐ-UBND ngày 06/05/2020; …": under every title.
std::string caption_line(const Definition& def, Lang lang);
// `pattern` ({0} the index's name in capitals, {1} the year): "KẾT QUẢ CHỈ SỐ … NĂM 2019".
std::string title_line(const MessageDef& pattern, const Definition& def, Lang lang);
// Title, subtitle (when not empty) and caption from row 0; returns the row after a gap.
int put_titles(Sheet& sheet, int columns, const std::string& title, const std::string& subtitle,
               const std::string& caption);

}  // namespace chiso::report::xlsx
