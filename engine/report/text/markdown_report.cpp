// Markdown for reports and issue trackers: a GitHub pipe table per block and the
// block statistics as a bullet list.
#include "engine/report/labels/labels.hpp"
#include "engine/report/text/markdown_table.hpp"
#include "engine/report/text/text_writers.hpp"

namespace chiso::report {
namespace {

std::string block_markdown(const BlockReportView& block) {
    const BlockView& view = block.table;
    std::string out = "## " + md_cell(block.name) + "\n\n" + md_table(view.columns, view.rows);
    if (!view.notes.empty()) out += "\n";
    for (const auto& note : view.notes) out += "- " + md_cell(note) + "\n";
    if (!view.stats.empty()) out += "\n";
    for (const auto& [label, value] : view.stats) out += "- " + md_cell(label) + ": " + value + "\n";
    return out;
}

}  // namespace

std::string render_markdown(const ReportView& view) {
    const Lang lang = view.criteria.lang;
    std::string out;
    if (view.previous) out += "_" + labels::format(labels::yr_heading, lang, view.previous->year) + "_\n\n";
    for (std::size_t i = 0; i < view.blocks.size(); ++i) {
        if (i > 0) out += "\n";
        out += block_markdown(view.blocks[i]);
    }
    if (view.previous) out += vanished_text(*view.previous, "- ");
    return out;
}

}  // namespace chiso::report
