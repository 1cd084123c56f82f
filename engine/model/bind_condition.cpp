#include "engine/model/bind_condition.hpp"

namespace chiso {
namespace {

Measure first_measure(const CondValue& v) {
    for (const auto& term : v.terms)
        if (term.value.kind != Measure::Number) return term.value.kind;
    return Measure::Number;
}

void scale(CondValue& number, const CondValue& other, const Definition& def);

// The value a percentage in a sum is a share of: the other side's, else the sum's own
// (`index >= mean + 10%`: 10% of the index's scale either way).
const CondValue& reference(const CondValue& own, const CondValue& other) {
    if (other.kind != Measure::Number && other.kind != Measure::Linear) return other;
    for (const auto& term : other.terms)
        if (term.value.kind != Measure::Number) return other;
    return own;
}

void bind_node(CondValue& v, const Definition& def, const CondValue& other) {
    v.node.clear();
    v.stat.node.clear();
    if (v.kind == Measure::Stat && (v.stat.of == Measure::NodeIndex || v.stat.of == Measure::NodePoints))
        for (const auto& tree : def.trees) v.stat.node.push_back(tree.find(v.stat.code));
    if (v.kind == Measure::Linear) {
        const CondValue& ref = reference(v, other);
        for (auto& term : v.terms) {
            bind_node(term.value, def, other);
            if (term.value.kind == Measure::Number) scale(term.value, ref, def);
        }
    }
    if (v.kind != Measure::NodeIndex && v.kind != Measure::NodePoints) return;
    for (const auto& tree : def.trees) v.node.push_back(tree.find(v.code));
}

// Once per condition and tree instead of once per unit (docs/language.md §14).
void scale(CondValue& number, const CondValue& other, const Definition& def) {
    number.scaled.clear();
    number.rank_share = false;
    if (number.kind != Measure::Number) return;
    if (number.percent && (other.kind == Measure::Rank || (other.kind == Measure::Linear && first_measure(other) == Measure::Rank))) {
        number.rank_share = true;  // a share of the units ranked together: known only when ranked
        return;
    }
    for (const auto& tree : def.trees)
        number.scaled.push_back(condition_number(number.number, number.percent, percent_scale(def, tree, other, 0)));
}

bool known(const CondValue& v, std::size_t tree) {
    for (const auto& term : v.terms)
        if (!known(term.value, tree)) return false;
    if (v.kind == Measure::Stat && (v.stat.of == Measure::NodeIndex || v.stat.of == Measure::NodePoints))
        return tree < v.stat.node.size() && v.stat.node[tree] != kNoNode;
    const bool node = v.kind == Measure::NodeIndex || v.kind == Measure::NodePoints;
    return !node || (tree < v.node.size() && v.node[tree] != kNoNode);
}

}  // namespace

// Recursion follows the written grouping, which the parser bounds.
void bind_condition(CondDef& cond, const Definition& def) {
    for (auto& link : cond.chain) {
        bind_node(link.lhs, def, link.rhs);
        bind_node(link.rhs, def, link.lhs);
        scale(link.lhs, link.rhs, def);
        scale(link.rhs, link.lhs, def);
    }
    for (auto& part : cond.parts) bind_condition(part, def);
}

bool uses_statistic(const CondValue& v) {
    if (v.kind == Measure::Stat) return true;
    for (const auto& term : v.terms)
        if (uses_statistic(term.value)) return true;
    return false;
}

bool uses_statistic(const CondDef& cond) {
    for (const auto& link : cond.chain)
        if (uses_statistic(link.lhs) || uses_statistic(link.rhs)) return true;
    for (const auto& part : cond.parts)
        if (uses_statistic(part)) return true;
    return false;
}

bool names_known_nodes(const CondDef& cond, std::size_t tree) {
    for (const auto& link : cond.chain)
        if (!known(link.lhs, tree) || !known(link.rhs, tree)) return false;
    for (const auto& part : cond.parts)
        if (!names_known_nodes(part, tree)) return false;
    return true;
}

}  // namespace chiso
