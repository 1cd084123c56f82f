// `chiso explain`: one unit's tree with the reason for every node's points, then
// the arithmetic from the total to the published index, the rank and classes.
// A reader should be able to recompute every number from this text alone.
#include "engine/core/control_chars.hpp"
#include "engine/report/view/explanation.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/report.hpp"

namespace chiso {
namespace {

std::string header(const Definition& def, const BlockDef& block, const UnitResult& unit, Lang lang) {
    std::string out = labels::format(labels::ex_unit, lang, unit.name, unit.id) + "\n";
    out += labels::format(labels::ex_block, lang, block.name, block.id) + "\n";
    out += labels::format(labels::ex_index, lang, def.index_name, def.year) + "\n";
    if (def.bases.empty()) return out;
    out += std::string(labels::text(labels::ex_bases, lang)) + "\n";
    for (const auto& basis : def.bases) out += "  - " + report::basis_line(basis, lang) + "\n";
    return out;
}

std::string node_line(const TreeDef& tree, std::size_t i, const NodeTrace& trace, const Publication& pub,
                      Lang lang) {
    const NodeDef& def = tree.nodes[i];
    const NodeValue& node = trace.value;
    std::string line(static_cast<std::size_t>(def.depth) * 2, ' ');
    line += def.code + "  " + report::node_title(tree, i) + "  " + pub.text(node.points, lang) + "/" +
            pub.text(node.max, lang);
    const auto notes = report::node_notes(def, trace, pub, lang);
    if (!notes.empty()) line += "  [" + join(notes, "; ") + "]";
    return line + "\n";
}

std::string tree_text(const TreeDef& tree, const UnitTrace& unit, const Publication& pub, Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < tree.nodes.size() && i < unit.nodes.size(); ++i)
        if (unit.nodes[i].value.evaluated) out += node_line(tree, i, unit.nodes[i], pub, lang);
    return out;
}

}  // namespace

std::string render_explanation(const Results& results, const BlockResult& block, const UnitResult& unit,
                               const ReportOptions& options) {
    const Definition& def = *results.definition;
    const Lang lang = options.lang;
    const TreeDef& tree = def.tree_of(*block.block);
    const auto standing = report::standing_lines(report::block_facts(def, block), report::unit_position(block, unit), lang);
    // No control character reaches the screen (engine/core/control_chars.hpp).
    return escape_control_chars(header(def, *block.block, unit, lang) + "\n" +
                                tree_text(tree, report::unit_trace(results.tracer.get(), block, unit),
                                          Publication::of(def), lang) + "\n" +
                                report::index_formula(def, tree, unit, lang) + "\n" +
                                join(standing, "\n") + "\n");
}

}  // namespace chiso
