#include "engine/diff/syntax.hpp"

namespace chiso::diff {
namespace {

void collect(const std::string& tree_id, const TreeDef& tree, const std::vector<ast::Node>& nodes,
             std::vector<const ast::Node*>& out) {
    for (const auto& n : nodes) {
        const NodeId id = tree.find(n.code.text);
        if (id != kNoNode) out[id] = &n;
        collect(tree_id, tree, n.children, out);
    }
}

bool same_amount(const ast::Amount& a, const ast::Amount& b) {
    if (a.kind != b.kind) return false;
    return a.kind == ast::Amount::Kind::Max || a.value == b.value;
}

bool same_bound(const std::optional<ast::Bound>& a, const std::optional<ast::Bound>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || (a->cmp == b->cmp && a->value.value == b->value.value && a->value.percent == b->value.percent);
}

bool same_operand(const ast::Operand& a, const ast::Operand& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case ast::Operand::Kind::Number: return a.number.value == b.number.value && a.number.percent == b.number.percent;
        case ast::Operand::Kind::NodeIndex:
        case ast::Operand::Kind::NodePoints: return a.code.text == b.code.text;
        default: return true;
    }
}

template <typename T, typename Eq>
bool same_list(const std::vector<T>& a, const std::vector<T>& b, Eq eq) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!eq(a[i], b[i])) return false;
    return true;
}

}  // namespace

std::vector<const ast::Node*> written_nodes(const Definition& def, std::size_t tree) {
    const TreeDef& t = def.trees[tree];
    std::vector<const ast::Node*> out(t.nodes.size(), nullptr);
    if (const ast::Tree* written = written_tree(def, t.id)) collect(t.id, t, written->children, out);
    return out;
}

const ast::Tree* written_tree(const Definition& def, const std::string& id) {
    if (!def.syntax) return nullptr;
    for (const auto& t : def.syntax->trees)
        if (t.id.text == id) return &t;
    return nullptr;
}

const ast::Ladder* written_ladder(const Definition& def, const std::string& id) {
    if (!def.syntax) return nullptr;
    for (const auto& l : def.syntax->ladders)
        if (l.id.text == id) return &l;
    return nullptr;
}

bool same_number(const std::optional<ast::Number>& a, const std::optional<ast::Number>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || (a->value == b->value && a->percent == b->percent);
}

bool same_expr(const ast::Expr* a, const ast::Expr* b) {
    if (!a || !b) return a == b;
    if (a->kind != b->kind) return false;
    switch (a->kind) {
        case ast::Expr::Kind::Number: return a->number.value == b->number.value && a->number.percent == b->number.percent;
        case ast::Expr::Kind::Variable: return a->name == b->name;
        case ast::Expr::Kind::Max: return true;
        default: break;
    }
    if (!same_expr(a->lhs.get(), b->lhs.get()) || !same_expr(a->rhs.get(), b->rhs.get())) return false;
    // A chain's operands are a loop; recursion follows only the parser-bounded nesting.
    return same_list(a->rest, b->rest, [](const ast::ExprLink& x, const ast::ExprLink& y) {
        return x.op == y.op && same_expr(x.operand.get(), y.operand.get());
    });
}

bool same_cond(const ast::Cond* a, const ast::Cond* b) {
    if (!a || !b) return a == b;
    if (a->kind != b->kind || a->flag != b->flag || a->cmps != b->cmps) return false;
    if (!same_list(a->operands, b->operands, same_operand)) return false;
    return same_list(a->parts, b->parts, [](const ast::CondPtr& x, const ast::CondPtr& y) {
        return same_cond(x.get(), y.get());
    });
}

bool same_rule(const ast::Rule* a, const ast::Rule* b) {
    if (!a || !b) {
        // No rule written is the default rule: the same as writing `points`.
        const ast::Rule* written = a ? a : b;
        return !written || (written->kind == ast::Rule::Kind::Points && !written->expr);
    }
    if (a->kind != b->kind || !same_expr(a->expr.get(), b->expr.get())) return false;
    if (!same_number(a->cap, b->cap) || !same_number(a->per, b->per)) return false;
    if (a->per_event.has_value() != b->per_event.has_value()) return false;
    if (a->per_event && !same_amount(*a->per_event, *b->per_event)) return false;
    const bool levels = same_list(a->levels, b->levels, [](const ast::LevelEntry& x, const ast::LevelEntry& y) {
        return x.label == y.label && same_amount(x.amount, y.amount);
    });
    const bool bands = same_list(a->bands, b->bands, [](const ast::BandEntry& x, const ast::BandEntry& y) {
        return same_bound(x.interval.lower, y.interval.lower) && same_bound(x.interval.upper, y.interval.upper) &&
               same_amount(x.amount, y.amount);
    });
    const bool answers = same_list(a->answers, b->answers, [](const ast::AnswerEntry& x, const ast::AnswerEntry& y) {
        return x.label == y.label && x.weight.value == y.weight.value;
    });
    return levels && bands && answers;
}

}  // namespace chiso::diff
