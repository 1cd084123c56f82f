#include "engine/resolve/resolve_rule.hpp"

#include <algorithm>
#include <variant>

#include "engine/core/normalise.hpp"
#include "engine/core/overloaded.hpp"
#include "engine/resolve/resolve_expression.hpp"
#include "engine/resolve/resolve_messages.hpp"
#include "engine/resolve/resolve_tree.hpp"

namespace chiso {

namespace {

// The position of Kind among the alternatives of Variant.
template <class Kind, class Variant>
struct index_in;
template <class Kind, class... Kinds>
struct index_in<Kind, std::variant<Kinds...>> {
    static constexpr std::size_t value = [] {
        constexpr bool same[] = {std::is_same_v<Kind, Kinds>...};
        for (std::size_t i = 0; i < sizeof...(Kinds); ++i)
            if (same[i]) return i;
        return sizeof...(Kinds);
    }();
};

// A model kind made from the syntax tree's kind AstKind: both must be the same row of
// dsl/rule_words.hpp, so that the printer and the model dump write the same word.
template <class AstKind, class Kind>
RuleBody made(Kind kind) {
    static_assert(index_in<Kind, RuleBody>::value == ast::rule_index_v<AstKind>,
                  "the model's RuleBody and ast::RuleBody list the kinds in the order of dsl/rule_words.hpp");
    return RuleBody(std::move(kind));
}

Rational amount_points(const ast::Amount& a, const Rational& max) {
    switch (a.kind) {
        case ast::Amount::Kind::Max: return max;
        case ast::Amount::Kind::PercentOfMax: return max * a.value / Rational(100);
        case ast::Amount::Kind::Points: return a.value;
    }
    return max;
}

IntervalDef interval_of(const ast::Interval& in) {
    IntervalDef out;
    if (in.lower) out.lower = BoundDef{in.lower->cmp, fraction_of(in.lower->value), in.lower->value.percent};
    if (in.upper) out.upper = BoundDef{in.upper->cmp, fraction_of(in.upper->value), in.upper->value.percent};
    return out;
}

class RuleResolver {
public:
    RuleResolver(const NodeDef& node, Diagnostics& diags, bool& ok) : node_(node), diags_(diags), ok_(ok) {}

    // Amounts relative to the maximum need it first; leaves have theirs already.
    // A kind without operands: the model's kind of the same row, without operands too.
    template <rule_words::WordOnlyRule AstKind>
    RuleBody operator()(const AstKind&) const {
        using Kind = std::variant_alternative_t<ast::rule_index_v<AstKind>, RuleBody>;
        static_assert(rule_words::WordOnlyRule<Kind>, "a kind without operands as written has none in the model");
        return RuleBody(Kind{});
    }
    RuleBody operator()(const ast::LevelsRule& r) const {
        rule::Levels out;
        for (const auto& l : r.levels)
            out.levels.push_back({l.label, amount_points(l.amount, node_.max), l.loc, text_key(l.label)});
        return made<ast::LevelsRule>(std::move(out));
    }
    RuleBody operator()(const ast::BandsRule& r) const {
        rule::Bands out;
        for (const auto& b : r.bands) out.bands.push_back({interval_of(b.interval), amount_points(b.amount, node_.max), b.loc});
        out.of = expression(r.of);
        return made<ast::BandsRule>(std::move(out));
    }
    RuleBody operator()(const ast::ProportionalRule& r) const {
        return made<ast::ProportionalRule>(rule::Proportional{expression(r.of)});
    }
    RuleBody operator()(const ast::AnswersRule& r) const {
        rule::Answers out;
        for (const auto& a : r.answers) out.answers.push_back({a.label, fraction_of(a.weight), a.loc});
        return made<ast::AnswersRule>(std::move(out));
    }
    RuleBody operator()(const ast::BonusRule& r) const { return made<ast::BonusRule>(rule::Bonus{cap(r.cap)}); }
    RuleBody operator()(const ast::DeductionRule& r) const {
        rule::Deduction out{cap(r.cap), std::nullopt};
        if (r.per) out.per = r.per->value;
        return made<ast::DeductionRule>(std::move(out));
    }
    RuleBody operator()(const ast::DeductPerEventRule& r) const {
        return made<ast::DeductPerEventRule>(rule::DeductPerEvent{r.per_event ? amount_points(*r.per_event, node_.max) : Rational()});
    }
    RuleBody operator()(const ast::FormulaRule& r) const {
        return made<ast::FormulaRule>(rule::Formula{expression(r.expr).value_or(ExprDef{})});
    }

private:
    // `cap 20%` is a share of the node's maximum.
    Rational cap(const std::optional<ast::Number>& c) const {
        if (!c) return Rational();
        return c->percent ? node_.max * fraction_of(*c) : c->value;
    }

    std::optional<ExprDef> expression(const ast::ExprPtr& e) const {
        if (!e) return std::nullopt;
        check_variables(*e);
        return resolve_expression(*e, node_.inputs);
    }

    // Recursion follows parentheses, signs and calls (at most 100 levels, the
    // parser's limit); the operands of a chain are a loop.
    void check_variables(const ast::Expr& e) const {
        if (e.kind == ast::Expr::Kind::Variable &&
            std::find(node_.inputs.begin(), node_.inputs.end(), e.name) == node_.inputs.end()) {
            diags_.error(e.loc, msg::kUnknownInput, e.name, node_.code);
            ok_ = false;
        }
        if (e.lhs) check_variables(*e.lhs);
        if (e.rhs) check_variables(*e.rhs);
        for (const auto& link : e.rest) check_variables(*link.operand);
    }

    const NodeDef& node_;
    Diagnostics& diags_;
    bool& ok_;
};

}  // namespace

// `proportional` always measures a ratio; `bands` too, unless they are `of` a formula
// with plain bounds (days, counts); a formula's value may go below 0 when allowed.
RuleMeasure rule_measure(const ast::Rule& rule) {
    const auto percent = [](const std::optional<ast::Bound>& b) { return b && b->value.percent; };
    return std::visit(overloaded{
                          []<rule_words::WordOnlyRule K>(const K&) { return RuleMeasure{}; },
                          [](const ast::LevelsRule&) { return RuleMeasure{}; },
                          [&](const ast::BandsRule& r) {
                              const bool ratio = !r.of || std::any_of(r.bands.begin(), r.bands.end(), [&](const ast::BandEntry& b) {
                                                     return percent(b.interval.lower) || percent(b.interval.upper);
                                                 });
                              return RuleMeasure{ratio, ratio};
                          },
                          [](const ast::ProportionalRule&) { return RuleMeasure{true, true}; },
                          [](const ast::AnswersRule&) { return RuleMeasure{}; },
                          [](const ast::BonusRule&) { return RuleMeasure{}; },
                          [](const ast::DeductionRule&) { return RuleMeasure{}; },
                          [](const ast::DeductPerEventRule&) { return RuleMeasure{}; },
                          [](const ast::FormulaRule&) { return RuleMeasure{false, true}; },
                      },
                      rule.body);
}

RuleDef resolve_rule(const ast::Rule& rule, const NodeDef& node, Diagnostics& diags, bool& ok) {
    RuleDef out;
    out.loc = rule.loc;
    out.body = std::visit(RuleResolver(node, diags, ok), rule.body);
    return out;
}

}  // namespace chiso
