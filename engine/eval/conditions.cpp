#include "engine/eval/conditions.hpp"

#include <algorithm>

#include "engine/eval/unit_labels.hpp"

namespace chiso {
namespace {

bool compare(const Rational& a, Cmp cmp, const Rational& b) {
    switch (cmp) {
        case Cmp::Lt: return a < b;
        case Cmp::Le: return a <= b;
        case Cmp::Gt: return a > b;
        case Cmp::Ge: return a >= b;
        case Cmp::Eq: return a == b;
    }
    return false;
}

// nullopt when the operand has no value for this unit (a component that does not apply).
// `other`: the operand it is compared with, whose scale a percentage refers to.
std::optional<Rational> operand_value(const ast::Operand& op, const ast::Operand& other, const CondContext& ctx) {
    using K = ast::Operand::Kind;
    switch (op.kind) {
        case K::Number:  // the scale is looked up only for a percentage, not for every number of every unit
            if (!op.number.percent) return op.number.value;
            return condition_number(op.number, percent_scale(ctx.def, ctx.tree, other, ctx.unit.ranked_among));
        case K::Index: return compared_index(ctx.def, ctx.unit);
        case K::Points: return ctx.unit.points;
        case K::Rank: return Rational(ctx.unit.rank);
        case K::NodePoints:
        case K::NodeIndex: {
            NodeId id = ctx.tree.find(op.code.text);
            if (id == kNoNode || id >= ctx.nodes.nodes()) return std::nullopt;
            const NodeValue n = ctx.nodes.at(ctx.unit.row, id);
            if (!n.evaluated || n.max.is_zero()) return std::nullopt;
            if (op.kind == K::NodePoints) return n.points;
            Rational index = n.points / n.max * Rational(100);
            return ctx.def.ranking.on_rounded ? ctx.def.published(index) : index;
        }
    }
    return std::nullopt;
}

bool chain_holds(const ast::Cond& c, const CondContext& ctx) {
    for (std::size_t i = 0; i < c.cmps.size(); ++i) {
        const ast::Operand& left = c.operands[i];
        const ast::Operand& right = c.operands[i + 1];
        auto a = operand_value(left, right, ctx);
        auto b = operand_value(right, left, ctx);
        if (!a || !b || !compare(*a, c.cmps[i], *b)) return false;
    }
    return true;
}

}  // namespace

Rational compared_index(const Definition& def, const UnitResult& unit) {
    return def.ranking.on_rounded ? unit.published : unit.index;
}

bool holds(const ast::Cond& c, const CondContext& ctx) {
    using K = ast::Cond::Kind;
    switch (c.kind) {
        case K::Compare: return chain_holds(c, ctx);
        case K::And:
            return std::all_of(c.parts.begin(), c.parts.end(), [&](const auto& p) { return holds(*p, ctx); });
        case K::Or:
            return std::any_of(c.parts.begin(), c.parts.end(), [&](const auto& p) { return holds(*p, ctx); });
        case K::Not: return !holds(*c.parts.at(0), ctx);
        case K::Flag:
            return std::any_of(ctx.unit.flags.begin(), ctx.unit.flags.end(),
                               [&](const std::string& f) { return same_flag(c.flag, f); });
    }
    return false;
}

}  // namespace chiso
