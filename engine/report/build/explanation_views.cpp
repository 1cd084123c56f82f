// A unit's explanation as data (view/explanation_view.hpp): the trace rendered in
// the run's language once, for `chiso explain` and the HTML page alike.
#include <algorithm>

#include "engine/report/build/explanation.hpp"
#include "engine/report/build/publication.hpp"
#include "engine/report/build/report_views.hpp"

namespace chiso::report {

std::shared_ptr<const ExplainTree> explain_tree(const TreeDef& tree) {
    auto out = std::make_shared<ExplainTree>();
    out->reserve(tree.nodes.size());
    for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
        const NodeDef& node = tree.nodes[i];
        ExplainTreeNode n{static_cast<std::size_t>(node.depth), node.code, node_title(tree, i), {}};
        for (NodeId child : node.children) n.children.push_back(child);
        out->push_back(std::move(n));
    }
    return out;
}

UnitExplanation unit_explanation(const Definition& def, const BlockFacts& facts, std::size_t position, Lang lang,
                                 const UnitTracer* tracer, std::shared_ptr<const ExplainTree> shared) {
    const BlockResult& block = *facts.block;
    const UnitResult& unit = block.units[position];
    const TreeDef& tree = def.tree_of(*block.block);
    const Publication pub = publication_of(def);
    UnitExplanation out{unit.id, unit.name, block.block->id, block.block->name, unit.rank, unit.published,
                        shared ? std::move(shared) : explain_tree(tree), {}, {}, {}};
    const UnitTrace trace = unit_trace(tracer, block, unit);
    out.nodes.reserve(std::min(tree.nodes.size(), trace.nodes.size()));
    for (std::size_t i = 0; i < tree.nodes.size() && i < trace.nodes.size(); ++i) {
        const NodeTrace& t = trace.nodes[i];
        ExplainNode n{t.value.evaluated, t.value.not_applicable, t.value.points, t.value.max, {}};
        if (n.shown) n.notes = node_notes(tree.nodes[i], t, pub, lang);
        out.nodes.push_back(std::move(n));
    }
    out.formula = index_formula(def, tree, unit, lang);
    out.standing = standing_lines(def, facts, position, lang);
    return out;
}

}  // namespace chiso::report
