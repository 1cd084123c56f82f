#include "engine/resolve/resolve_condition.hpp"

#include "dsl/print.hpp"
#include "engine/model/bind_condition.hpp"
#include "engine/resolve/resolve_messages.hpp"

namespace chiso {
namespace {

CondValue atom_of(const ast::Operand& op) {
    CondValue v;
    v.kind = op.kind;
    v.number = op.number.value;
    v.percent = op.number.percent;
    v.loc = op.loc;
    if (op.kind == Measure::NodeIndex || op.kind == Measure::NodePoints) v.code = op.code.text;
    return v;
}

// A value of a condition as a sum of coefficient x value (docs/language.md §15d).
using Terms = std::vector<CondTerm>;

bool constant(const Terms& t) {
    for (const auto& term : t)
        if (term.value.kind != Measure::Number) return false;
    return true;
}

// A constant factor's value: a percentage that multiplies is a fraction (50% x a = a / 2).
Rational constant_value(const Terms& t) {
    Rational out;
    for (const auto& term : t)
        out += term.coef * (term.value.percent ? Rational::percent(term.value.number) : term.value.number);
    return out;
}

void scale_terms(Terms& t, const Rational& k) {
    for (auto& term : t) term.coef = term.coef * k;
}

class Linearise {
public:
    Linearise(Diagnostics& diags) : diags_(diags) {}

    // Recursion follows the written grouping, which the parser bounds.
    Terms operator()(const ast::Operand& op) {
        using A = ast::Operand::Arith;
        if (op.arith == A::Sum) return sum(op);
        if (op.arith == A::Product) return product(op);
        if (op.kind == Measure::Stat) return {CondTerm{Rational(1), stat(op)}};
        return {CondTerm{Rational(1), atom_of(op)}};
    }

private:
    Terms sum(const ast::Operand& op) {
        Terms out = op.first ? (*this)(*op.first) : Terms{};
        for (const auto& link : op.rest) {
            if (!link.operand) continue;
            Terms next = (*this)(*link.operand);
            if (link.op == ast::ExprOp::Sub) scale_terms(next, Rational(-1));
            out.insert(out.end(), next.begin(), next.end());
        }
        return out;
    }

    Terms product(const ast::Operand& op) {
        Terms out = op.first ? (*this)(*op.first) : Terms{};
        for (const auto& link : op.rest) {
            if (!link.operand) continue;
            Terms next = (*this)(*link.operand);
            const bool divide = link.op == ast::ExprOp::Div;
            if (divide || constant(next)) {
                if (!constant(next)) {
                    diags_.error(link.operand->loc, msg::kCondNotLinear, value_source_text(op));
                    continue;
                }
                const Rational k = constant_value(next);
                if (divide && k.is_zero()) {
                    diags_.error(link.operand->loc, msg::kCondDivideByZero, value_source_text(op));
                    continue;
                }
                scale_terms(out, divide ? Rational(1) / k : k);
            } else if (constant(out)) {
                scale_terms(next, constant_value(out));
                out = std::move(next);
            } else {
                diags_.error(link.operand->loc, msg::kCondNotLinear, value_source_text(op));
            }
        }
        return out;
    }

    CondValue stat(const ast::Operand& op) {
        CondValue v = atom_of(op);
        v.stat.kind = op.stat;
        v.stat.method = op.method;
        v.stat.p = op.p.value;
        if (op.stat == StatKind::Percentile && (op.p.value.is_negative() || op.p.value > Rational(100) || op.p.percent))
            diags_.error(op.p.loc, msg::kPercentileRange, op.p.value.to_string() + (op.p.percent ? "%" : ""));
        if (op.of) {
            v.stat.of = op.of->kind;
            if (op.of->kind == Measure::NodeIndex || op.of->kind == Measure::NodePoints) v.stat.code = op.of->code.text;
        }
        v.stat.written = value_source_text(op);
        return v;
    }

    Diagnostics& diags_;
};

// A side that is one value as before (`index`, `90`, `55%`) keeps its plain form, so
// every reader of a plain threshold (the checker, the charts, classify's fast path)
// reads it as it did; anything else is Linear.
CondValue side_of(const ast::Operand& op, Diagnostics& diags) {
    Terms terms = Linearise(diags)(op);
    if (terms.size() == 1 && terms[0].coef == Rational(1) && terms[0].value.kind != Measure::Stat) return terms[0].value;
    CondValue v;
    v.kind = Measure::Linear;
    v.terms = std::move(terms);
    v.loc = op.loc;
    return v;
}

// One square root per comparison: `a + b x sd cmp c + d x sd` is decided exactly by
// squaring (engine/eval/conditions.cpp); two different roots would need more.
void one_sd(const Comparison& c, Diagnostics& diags) {
    const StatSpec* seen = nullptr;
    for (const CondValue* side : {&c.lhs, &c.rhs})
        for (const auto& term : side->terms) {
            if (term.value.kind != Measure::Stat || term.value.stat.kind != StatKind::Sd) continue;
            if (!seen) seen = &term.value.stat;
            else if (seen->written != term.value.stat.written)
                diags.error(term.value.loc, msg::kTwoSd, seen->written, term.value.stat.written);
        }
}

CondDef::Kind kind_of(ast::Cond::Kind kind) {
    switch (kind) {
        case ast::Cond::Kind::Compare: return CondDef::Kind::Compare;
        case ast::Cond::Kind::And: return CondDef::Kind::All;
        case ast::Cond::Kind::Or: return CondDef::Kind::Any;
        case ast::Cond::Kind::Not: return CondDef::Kind::Not;
        case ast::Cond::Kind::Flag: return CondDef::Kind::Flag;
    }
    return CondDef::Kind::Compare;
}

// Recursion follows the written grouping, which the parser bounds.
CondDef resolve(const ast::Cond& c, Diagnostics& diags) {
    CondDef out;
    out.kind = kind_of(c.kind);
    out.flag = c.flag;
    out.loc = c.loc;
    for (std::size_t i = 0; i < c.cmps.size() && i + 1 < c.operands.size(); ++i) {
        out.chain.push_back({side_of(c.operands[i], diags), c.cmps[i], side_of(c.operands[i + 1], diags)});
        one_sd(out.chain.back(), diags);
    }
    if (c.top && !out.chain.empty()) {
        CondValue& share = out.chain.front().rhs;
        if (!share.percent || share.number.is_negative() || share.number > Rational(100))
            diags.error(share.loc, msg::kTopNotPercent, share.number.to_string() + (share.percent ? "%" : ""));
        share.top = c.top;
    }
    for (const auto& part : c.parts)
        if (part) out.parts.push_back(resolve(*part, diags));
    return out;
}

}  // namespace

CondDef resolve_condition(const ast::Cond& cond, const Definition& def, Diagnostics& diags) {
    CondDef out = resolve(cond, diags);
    out.written = condition_source_text(cond);  // the whole condition's; its parts keep none
    bind_condition(out, def);
    return out;
}

TieBreakDef resolve_tie_break(const ast::TieBreak& tie, const Definition& def) {
    TieBreakDef out{tie.kind, {}, {}, tie.loc};
    if (tie.kind == TieKey::NodePoints) {
        out.code = tie.code.text;
        for (const auto& tree : def.trees) out.node.push_back(tree.find(out.code));
    }
    return out;
}

}  // namespace chiso
