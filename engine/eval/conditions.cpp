#include "engine/eval/conditions.hpp"

#include <algorithm>

#include "engine/eval/unit_labels.hpp"

namespace chiso {
namespace {

// nullopt when the operand has no value for this unit (a component that does not apply).
// Numbers are on their scale already (resolve); a share of the rank needs the units ranked.
std::optional<Rational> operand_value(const CondValue& op, const CondContext& ctx) {
    switch (op.kind) {
        case Measure::Number:
            if (op.rank_share) {
                if (!ctx.unit.ranked) return std::nullopt;  // a unit not ranked has no rank, nor a share of one
                return condition_number(op.number, true, Rational(ctx.unit.ranked_among));
            }
            if (ctx.tree_index < op.scaled.size()) return op.scaled[ctx.tree_index];
            return op.number;
        case Measure::Index: return compared_index(ctx.def, ctx.unit);
        case Measure::Points: return ctx.unit.points;
        case Measure::Rank:
            if (!ctx.unit.ranked) return std::nullopt;
            return Rational(ctx.unit.rank);
        case Measure::NodePoints:
        case Measure::NodeIndex: {
            const NodeId id = ctx.tree_index < op.node.size() ? op.node[ctx.tree_index] : kNoNode;
            if (id == kNoNode || id >= ctx.nodes.nodes()) return std::nullopt;
            const NodeValue n = ctx.nodes.at(ctx.unit.row, id);
            if (!n.evaluated || n.max.is_zero()) return std::nullopt;
            if (op.kind == Measure::NodePoints) return n.points;
            Rational index = n.points / n.max * Rational(100);
            return ctx.def.ranking.on_rounded ? ctx.def.published(index) : index;
        }
    }
    return std::nullopt;
}

bool chain_holds(const CondDef& c, const CondContext& ctx) {
    for (const auto& link : c.chain) {
        auto a = operand_value(link.lhs, ctx);
        auto b = operand_value(link.rhs, ctx);
        if (!a || !b || !compares(*a, link.cmp, *b)) return false;
    }
    return true;
}

}  // namespace

Rational compared_index(const Definition& def, const UnitResult& unit) {
    return def.ranking.on_rounded ? unit.published : unit.index;
}

bool holds(const CondDef& c, const CondContext& ctx) {
    using K = CondDef::Kind;
    switch (c.kind) {
        case K::Compare: return chain_holds(c, ctx);
        case K::All:
            return std::all_of(c.parts.begin(), c.parts.end(), [&](const CondDef& p) { return holds(p, ctx); });
        case K::Any:
            return std::any_of(c.parts.begin(), c.parts.end(), [&](const CondDef& p) { return holds(p, ctx); });
        case K::Not: return !c.parts.empty() && !holds(c.parts.front(), ctx);
        case K::Flag:
            return std::any_of(ctx.unit.flags.begin(), ctx.unit.flags.end(),
                               [&](const std::string& f) { return same_flag(c.flag, f); });
    }
    return false;
}

}  // namespace chiso
