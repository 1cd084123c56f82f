#include "engine/model/bind_condition.hpp"

namespace chiso {
namespace {

void bind_node(CondValue& v, const Definition& def) {
    v.node.clear();
    if (v.kind != Measure::NodeIndex && v.kind != Measure::NodePoints) return;
    for (const auto& tree : def.trees) v.node.push_back(tree.find(v.code));
}

// Once per condition and tree instead of once per unit (docs/language.md §14).
void scale(CondValue& number, const CondValue& other, const Definition& def) {
    number.scaled.clear();
    number.rank_share = false;
    if (number.kind != Measure::Number) return;
    if (number.percent && other.kind == Measure::Rank) {
        number.rank_share = true;  // a share of the units ranked together: known only when ranked
        return;
    }
    for (const auto& tree : def.trees)
        number.scaled.push_back(condition_number(number.number, number.percent, percent_scale(def, tree, other, 0)));
}

bool known(const CondValue& v, std::size_t tree) {
    const bool node = v.kind == Measure::NodeIndex || v.kind == Measure::NodePoints;
    return !node || (tree < v.node.size() && v.node[tree] != kNoNode);
}

}  // namespace

// Recursion follows the written grouping, which the parser bounds.
void bind_condition(CondDef& cond, const Definition& def) {
    for (auto& link : cond.chain) {
        bind_node(link.lhs, def);
        bind_node(link.rhs, def);
        scale(link.lhs, link.rhs, def);
        scale(link.rhs, link.lhs, def);
    }
    for (auto& part : cond.parts) bind_condition(part, def);
}

bool names_known_nodes(const CondDef& cond, std::size_t tree) {
    for (const auto& link : cond.chain)
        if (!known(link.lhs, tree) || !known(link.rhs, tree)) return false;
    for (const auto& part : cond.parts)
        if (!names_known_nodes(part, tree)) return false;
    return true;
}

}  // namespace chiso
