// The terminal table: one aligned table per block. Widths are display widths,
// so "Sở Tư pháp" and "Phường Đồng Hòa" line up whatever their byte lengths.
#include <algorithm>

#include "engine/report/labels/labels.hpp"
#include "engine/report/text/text_writers.hpp"
#include "engine/report/view/text_width.hpp"

namespace chiso::report {
namespace {

constexpr std::string_view kSeparator = " | ";
constexpr std::string_view kRuleJoint = "-+-";  // same width as the separator

std::vector<std::size_t> column_widths(const BlockView& view) {
    std::vector<std::size_t> widths;
    for (const auto& col : view.columns) widths.push_back(display_width(col.header));
    for (const auto& row : view.rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], display_width(row[i]));
    return widths;
}

// Every cell, the last included, is padded so all lines have the same width.
std::string table_line(const BlockView& view, const std::vector<std::string>& cells,
                       const std::vector<std::size_t>& widths) {
    std::string line;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        if (i > 0) line += kSeparator;
        const std::string& cell = i < cells.size() ? cells[i] : std::string();
        line += view.columns[i].numeric ? pad_left(cell, widths[i]) : pad_right(cell, widths[i]);
    }
    return line + "\n";
}

std::string rule_line(const std::vector<std::size_t>& widths) {
    std::string line;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        if (i > 0) line += kRuleJoint;
        line.append(widths[i], '-');
    }
    return line + "\n";
}

std::string table(const BlockView& view) {
    const auto widths = column_widths(view);
    std::vector<std::string> headers;
    for (const auto& col : view.columns) headers.push_back(col.header);
    std::string out = table_line(view, headers, widths) + rule_line(widths);
    for (const auto& row : view.rows) out += table_line(view, row, widths);
    return out;
}

std::string block_text(const BlockReportView& block, Lang lang) {
    std::string out = block.heading + "\n";
    if (block.units.empty() && (!block.previous || block.previous->vanished.empty()))
        return out + labels::text(labels::no_units, lang) + "\n";
    const BlockView& view = block.table;
    if (!block.units.empty()) out += table(view);
    for (const auto& note : view.notes) out += "  " + note + "\n";
    if (!view.stats.empty()) out += "\n";
    for (const auto& [label, value] : view.stats) out += label + ": " + value + "\n";
    return out;
}

}  // namespace

// Last year's units in blocks the criteria no longer have, after a blank line.
std::string vanished_text(const PreviousReportView& previous, std::string_view bullet) {
    if (previous.vanished_heading.empty()) return {};
    std::string out = "\n" + previous.vanished_heading + "\n";
    for (const auto& line : previous.vanished_lines) out += std::string(bullet) + line + "\n";
    return out;
}

std::string render_table(const ReportView& view) {
    const Lang lang = view.criteria.lang;
    std::string out;
    if (view.previous) out += labels::format(labels::yr_heading, lang, view.previous->year) + "\n\n";
    for (std::size_t i = 0; i < view.blocks.size(); ++i) {
        if (i > 0) out += "\n";  // a blank line between blocks
        out += block_text(view.blocks[i], lang);
    }
    if (view.previous) out += vanished_text(*view.previous, "  ");
    return out;
}

}  // namespace chiso::report
