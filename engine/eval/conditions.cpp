#include "engine/eval/conditions.hpp"

#include <algorithm>

#include "engine/eval/distribution.hpp"
#include "engine/eval/unit_labels.hpp"

namespace chiso {
namespace {

// nullopt when the operand has no value for this unit (a component that does not apply).
// Numbers are on their scale already (resolve); a share of the rank needs the units ranked.
std::optional<Rational> operand_value(const CondValue& op, const CondContext& ctx) {
    switch (op.kind) {
        case Measure::Number:
            if (op.rank_share && !ctx.unit.ranked) return std::nullopt;  // a unit not ranked has no rank, nor a share of one
            if (op.rank_share && op.top) {  // `top 10% rounded up`: a whole number of units
                const Rational units = condition_number(op.number, true, Rational(ctx.unit.ranked_among));
                switch (*op.top) {
                    case ShareRounding::Up: return units.round(0, RoundingMode::Up);
                    case ShareRounding::Down: return units.round(0, RoundingMode::Down);
                    case ShareRounding::Nearest: return units.round(0, RoundingMode::HalfUp);
                }
            }
            if (op.rank_share) return condition_number(op.number, true, Rational(ctx.unit.ranked_among));
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
        case Measure::Stat:
        case Measure::Linear: return std::nullopt;  // side_value's
    }
    return std::nullopt;
}

int sign_of(const Rational& x) { return x.is_negative() ? -1 : (x.is_zero() ? 0 : 1); }

bool sign_holds(int sign, Cmp cmp) { return compares(sign, cmp, 0); }

bool chain_holds(const CondDef& c, const CondContext& ctx) {
    for (const auto& link : c.chain) {
        if (link.lhs.kind != Measure::Linear && link.rhs.kind != Measure::Linear) {
            auto a = operand_value(link.lhs, ctx);
            auto b = operand_value(link.rhs, ctx);
            if (!a || !b || !compares(*a, link.cmp, *b)) return false;
            continue;
        }
        auto a = side_value(link.lhs, ctx);
        auto b = side_value(link.rhs, ctx);
        if (!a || !b) return false;
        // One sd per comparison (resolve): the two sides share v where both have one.
        const Rational& v = a->b.is_zero() ? b->v : a->v;
        if (!sign_holds(surd_sign(a->a - b->a, a->b - b->b, v), link.cmp)) return false;
    }
    return true;
}

}  // namespace

std::optional<Rational> unit_value(const CondValue& op, const CondContext& ctx) { return operand_value(op, ctx); }

std::optional<SurdValue> side_value(const CondValue& op, const CondContext& ctx) {
    if (op.kind != Measure::Linear) {
        auto x = operand_value(op, ctx);
        if (!x) return std::nullopt;
        return SurdValue{*x, Rational(0), Rational(0)};
    }
    SurdValue out;
    for (const auto& term : op.terms) {
        if (term.value.kind == Measure::Stat) {
            const DistributionFact* fact = ctx.dist ? ctx.dist->find(term.value.stat, ctx.unit) : nullptr;
            if (!fact) return std::nullopt;
            if (fact->is_sd) {
                out.b += term.coef;
                out.v = fact->value;
            } else {
                out.a += term.coef * fact->value;
            }
            continue;
        }
        auto x = operand_value(term.value, ctx);
        if (!x) return std::nullopt;
        out.a += term.coef * *x;
    }
    return out;
}

int surd_sign(const Rational& a, const Rational& b, const Rational& v) {
    const int sa = sign_of(a);
    if (b.is_zero() || v.is_zero()) return sa;
    const int sb = sign_of(b);
    if (sa == 0) return sb;
    if (sa == sb) return sa;
    // Opposite signs: a + b√v has the sign of the larger of |a| and |b|√v, compared squared.
    const Rational a2 = a * a, b2v = b * b * v;
    if (a2 == b2v) return 0;
    return (a2 > b2v) ? sa : sb;
}

Rational ranked_value(const Definition& def, const UnitResult& unit) {
    if (def.ranking.by == RankBy::Index) return compared_index(def, unit);
    return def.ranking.on_rounded ? def.published(unit.points) : unit.points;
}

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
