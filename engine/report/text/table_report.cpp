// The terminal table: one aligned table per block. Widths are display widths,
// so "Sở Tư pháp" and "Phường Đồng Hòa" line up whatever their byte lengths.
#include <algorithm>

#include "engine/report/view/block_view.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/renderers.hpp"
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

std::string block_text(const Definition& def, const BlockResult& block, Lang lang, YearView previous) {
    std::string out = block_heading(block, lang) + "\n";
    if (block.units.empty() && (!previous.change || previous.change->vanished.empty()))
        return out + labels::text(labels::no_units, lang) + "\n";
    const BlockView view = make_block_view(def, block, lang, previous);
    if (!block.units.empty()) out += table(view);
    for (const auto& note : view.notes) out += "  " + note + "\n";
    if (!view.stats.empty()) out += "\n";
    for (const auto& [label, value] : view.stats) out += label + ": " + value + "\n";
    return out;
}

}  // namespace

std::string render_table(const Results& results, Lang lang, const YearComparison* previous) {
    std::string out;
    if (previous) out += labels::format(labels::yr_heading, lang, previous->previous->year) + "\n\n";
    for (std::size_t i = 0; i < results.blocks.size(); ++i) {
        if (i > 0) out += "\n";  // a blank line between blocks
        out += block_text(*results.definition, results.blocks[i], lang, year_view(previous, i));
    }
    if (previous) out += vanished_blocks_text(*previous, lang);
    return out;
}

}  // namespace chiso::report
