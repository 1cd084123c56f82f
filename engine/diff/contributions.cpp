#include "engine/diff/contributions.hpp"

namespace chiso::diff {
namespace {

// One unit's nodes, materialised once from its block's columns.
using Values = std::vector<NodeValue>;

// The applicable weights of a weighted node's children (inapplicable ones share theirs out).
Rational applicable_weights(const TreeDef& tree, const Values& unit, const NodeDef& node) {
    Rational total;
    for (NodeId c : node.children)
        if (!unit[c].max.is_zero()) total += tree.nodes[c].weight.value_or(Rational(0));
    return total;
}

// As evaluate_unit.cpp computes a weighted node: max × Σ w·p/m ÷ Σw, linear in each p.
Rational child_factor(const TreeDef& tree, const Values& unit, NodeId parent, NodeId child, const Rational& of_parent) {
    const NodeDef& p = tree.nodes[parent];
    if (!p.weighted) return of_parent;
    const NodeValue& c = unit[child];
    const Rational weights = applicable_weights(tree, unit, p);
    if (c.max.is_zero() || weights.is_zero()) return Rational(0);
    const Rational w = tree.nodes[child].weight.value_or(Rational(0));
    return of_parent * unit[parent].max * w / (c.max * weights);
}

bool has_evaluated_child(const NodeDef& node, const Values& unit) {
    for (NodeId c : node.children)
        if (unit[c].evaluated) return true;
    return false;
}

}  // namespace

Contributions contributions(const Definition& def, const TreeDef& tree, const BlockResult& block,
                            const UnitResult& result) {
    const std::size_t n = tree.nodes.size();
    Contributions out;
    out.factor.assign(n, Rational(0));
    out.source.assign(n, false);
    out.share.assign(n, Rational(0));
    if (block.nodes.nodes() != n || result.max.is_zero()) return out;
    Values unit;
    unit.reserve(n);
    for (NodeId id = 0; id < static_cast<NodeId>(n); ++id) unit.push_back(block.node(result, id));
    const Rational scale = def.publish == Publish::Percent ? Rational(100) : tree.root().max;
    out.factor[0] = scale / result.max;
    // Nodes are in pre-order: a parent's factor is known before its children's.
    for (NodeId id = 0; id < n; ++id) {
        const NodeDef& node = tree.nodes[id];
        const NodeValue& o = unit[id];
        if (!o.evaluated) continue;
        // A geometric or harmonic mean is not linear in its children: its points are
        // charged to the node itself rather than split among them.
        if (!has_evaluated_child(node, unit) || (node.weighted && node.mean != Mean::Arithmetic)) {
            out.source[id] = true;
            out.share[id] = o.points * out.factor[id];
            out.sum += out.share[id];
            continue;
        }
        for (NodeId c : node.children) out.factor[c] = child_factor(tree, unit, id, c, out.factor[id]);
    }
    out.rest = result.published - out.sum;
    return out;
}

}  // namespace chiso::diff
