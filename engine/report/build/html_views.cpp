// The HTML page's view (view/html_view.hpp): the report view with its tables, and
// per block the charts laid out and every unit's explanation rendered.
#include "engine/report/build/charts.hpp"
#include "engine/report/build/report_views.hpp"

namespace chiso::report {
namespace {

HtmlBlockView html_block(const Results& results, std::size_t index, Lang lang, const YearComparison* previous) {
    const Definition& def = *results.definition;
    const BlockResult& block = results.blocks[index];
    HtmlBlockView view;
    if (block.units.empty()) return view;  // the page says so, and draws nothing
    view.bar = layout_bar_chart(def, block, lang);
    view.heat = layout_heat_map(def, block, lang);
    if (previous && index < previous->blocks.size())
        view.slope = layout_slope_chart(block, previous->blocks[index], previous->previous->year, def.year, lang);
    const BlockFacts facts = block_facts(def, block);
    const auto tree = explain_tree(def.tree_of(*block.block));
    view.explanations.reserve(block.units.size());
    for (std::size_t u = 0; u < block.units.size(); ++u)
        view.explanations.push_back(unit_explanation(def, facts, u, lang, results.tracer.get(), tree));
    return view;
}

}  // namespace

// The view refers to `results` and `previous`, which must outlive it.
HtmlView html_view(const Results& results, Lang lang, const YearComparison* previous) {
    return {report_view(results, lang, previous, ViewNeeds{true, false}),
            [&results, lang, previous](std::size_t index) { return html_block(results, index, lang, previous); }};
}

}  // namespace chiso::report
