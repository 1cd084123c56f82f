// `chiso explain`: one unit's tree with the reason for every node's points, then
// the arithmetic from the total to the published index, the rank and classes.
// A reader should be able to recompute every number from this text alone.
#include "engine/core/text.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/text/text_writers.hpp"

namespace chiso::report {
namespace {

std::string header(const CriteriaView& criteria, const UnitExplanation& unit) {
    const Lang lang = criteria.lang;
    std::string out = labels::format(labels::ex_unit, lang, unit.name, unit.id) + "\n";
    out += labels::format(labels::ex_block, lang, unit.block_name, unit.block_id) + "\n";
    out += labels::format(labels::ex_index, lang, criteria.index_name, criteria.year) + "\n";
    if (criteria.bases.empty()) return out;
    out += std::string(labels::text(labels::ex_bases, lang)) + "\n";
    for (const auto& basis : criteria.bases) out += "  - " + basis.line + "\n";
    return out;
}

std::string node_line(const ExplainTreeNode& at, const ExplainNode& node, const Publication& pub, Lang lang) {
    std::string line(at.depth * 2, ' ');
    line += at.code + "  " + at.title + "  " + pub.text(node.points, lang) + "/" + pub.text(node.max, lang);
    if (!node.notes.empty()) line += "  [" + join(node.notes, "; ") + "]";
    return line + "\n";
}

std::string tree_text(const UnitExplanation& unit, const Publication& pub, Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < unit.nodes.size() && unit.tree && i < unit.tree->size(); ++i)
        if (unit.nodes[i].shown) out += node_line((*unit.tree)[i], unit.nodes[i], pub, lang);
    return out;
}

}  // namespace

std::string render_explanation_text(const CriteriaView& criteria, const UnitExplanation& unit) {
    const Lang lang = criteria.lang;
    return header(criteria, unit) + "\n" + tree_text(unit, criteria.pub, lang) + "\n" + unit.formula + "\n" +
           join(unit.standing, "\n") + "\n";
}

}  // namespace chiso::report
