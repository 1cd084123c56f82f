#include "engine/report/build/xlsx_sheet_parts.hpp"

#include "engine/core/upper_case.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/labels/xlsx_labels.hpp"

namespace chiso::report::xlsx {
namespace {

Cell header_cell(const std::string& text) {
    Cell c = text_cell(text, Style::Header);
    c.wrap = true;
    return c;
}

// The column runs sharing a group heading: [first, last] pairs.
std::vector<std::pair<int, int>> group_runs(const std::vector<TableColumn>& columns) {
    std::vector<std::pair<int, int>> out;
    for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
        const auto& group = columns[static_cast<std::size_t>(c)].group;
        if (group.empty()) continue;
        if (!out.empty() && out.back().second == c - 1 &&
            columns[static_cast<std::size_t>(out.back().first)].group == group)
            out.back().second = c;
        else
            out.emplace_back(c, c);
    }
    return out;
}

}  // namespace

void put_full_row(Sheet& sheet, int row, int columns, Cell cell) {
    cell.wrap = true;
    sheet.merge(Range{row, 0, row, std::max(columns, 1) - 1}, std::move(cell));
}

int put_header(Sheet& sheet, int row, const std::vector<TableColumn>& columns) {
    const auto runs = group_runs(columns);
    const int last = runs.empty() ? row : row + 1;
    for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
        const auto& column = columns[static_cast<std::size_t>(c)];
        if (column.group.empty())
            sheet.merge(Range{row, c, last, c}, header_cell(column.header));
        else
            sheet.at(last, c) = header_cell(column.header);
    }
    for (const auto& [first, end] : runs)
        sheet.merge(Range{row, first, row, end}, header_cell(columns[static_cast<std::size_t>(first)].group));
    sheet.header_first = row;
    sheet.header_last = last;
    return last + 1;
}

void finish_table(Sheet& sheet, const std::vector<TableColumn>& columns, int last_row) {
    std::vector<WidthBounds> bounds;
    for (const auto& c : columns) bounds.push_back(c.width);
    fit_widths(sheet, bounds);
    fit_heights(sheet);
    if (last_row > sheet.header_last && !columns.empty())
        sheet.filter = Range{sheet.header_last, 0, last_row, static_cast<int>(columns.size()) - 1};
}

std::string basis_reference(const BasisDef& basis, Lang lang) {
    if (basis.date.empty()) return basis.number;
    return labels::format(labels::ex_basis_dated, lang, basis.number, format_date(basis.date, lang));
}

std::string caption_line(const Definition& def, Lang lang) {
    std::string bases;
    for (const auto& basis : def.bases) bases += (bases.empty() ? "" : "; ") + basis_reference(basis, lang);
    std::string out = def.locality_name;
    if (!bases.empty()) out += (out.empty() ? "" : " — ") + labels::format(labels::xlsx::kBasisLine, lang, bases);
    return out;
}

std::string title_line(const MessageDef& pattern, const Definition& def, Lang lang) {
    return labels::format(pattern, lang, upper_case(def.index_name), def.year);
}

int put_titles(Sheet& sheet, int columns, const std::string& title, const std::string& subtitle,
               const std::string& caption) {
    int row = 0;
    put_full_row(sheet, row++, columns, text_cell(title, Style::Title));
    if (!subtitle.empty()) put_full_row(sheet, row++, columns, text_cell(subtitle, Style::Subtitle));
    if (!caption.empty()) put_full_row(sheet, row++, columns, text_cell(caption, Style::Caption));
    return row + 1;
}

std::string adjustment_cap_label(const NodeDef& node, int places, Lang lang) {
    if (!node.is_adjustment() || node.rule->adjustment_cap().is_zero()) return {};
    const auto& cap = node.rule->is<rule::Bonus>() ? labels::xlsx::kBonusCap : labels::xlsx::kDeductionCap;
    return labels::format(cap, lang, format_exact(node.rule->adjustment_cap(), places, lang));
}

}  // namespace chiso::report::xlsx
