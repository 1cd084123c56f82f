// Markdown for reports and issue trackers: a GitHub pipe table per block and the
// block statistics as a bullet list.
#include "engine/report/view/block_view.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/text/markdown_table.hpp"
#include "engine/report/renderers.hpp"

namespace chiso::report {
namespace {

std::string block_markdown(const Definition& def, const BlockResult& block, Lang lang, YearView previous) {
    const BlockView view = make_block_view(def, block, lang, previous);
    std::string out = "## " + md_cell(block.block->name) + "\n\n" + md_table(view.columns, view.rows);
    if (!view.notes.empty()) out += "\n";
    for (const auto& note : view.notes) out += "- " + md_cell(note) + "\n";
    if (!view.stats.empty()) out += "\n";
    for (const auto& [label, value] : view.stats) out += "- " + md_cell(label) + ": " + value + "\n";
    return out;
}

}  // namespace

std::string render_markdown(const Results& results, Lang lang, const YearComparison* previous) {
    std::string out;
    if (previous) out += "_" + labels::format(labels::yr_heading, lang, previous->previous->year) + "_\n\n";
    for (std::size_t i = 0; i < results.blocks.size(); ++i) {
        if (i > 0) out += "\n";
        out += block_markdown(*results.definition, results.blocks[i], lang, year_view(previous, i));
    }
    if (previous) out += vanished_blocks_text(*previous, lang, "- ");
    return out;
}

}  // namespace chiso::report
