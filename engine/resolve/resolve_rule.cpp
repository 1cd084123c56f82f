#include "engine/resolve/resolve_rule.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <variant>

#include "engine/core/normalise.hpp"
#include "engine/core/overloaded.hpp"
#include "engine/resolve/resolve_expression.hpp"
#include "engine/resolve/resolve_messages.hpp"
#include "engine/resolve/resolve_tree.hpp"

namespace chiso {

namespace {

// A model kind made from the syntax tree's kind AstKind: both must be the same row of
// dsl/rule_words.hpp, so that the printer and the model dump write the same word.
template <class AstKind, class Kind>
RuleBody made(Kind kind) {
    static_assert(rule_words::row_of<Kind, RuleBody>::value == ast::rule_index_v<AstKind>,
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
    // A kind of standard operands: the model's kind of the same row, each operand
    // resolved by its type (dsl/rule_operands.hpp) into the field of the same place.
    template <ast::OperandsRule AstKind>
    RuleBody operator()(const AstKind& r) const {
        return operands(r, std::make_index_sequence<ast::rule_row_v<AstKind>.count>{});
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
    RuleBody operator()(const ast::AnswersRule& r) const {
        rule::Answers out;
        for (const auto& a : r.answers) out.answers.push_back({a.label, fraction_of(a.weight), a.loc});
        return made<ast::AnswersRule>(std::move(out));
    }

private:
    template <class AstKind, std::size_t... I>
    RuleBody operands(const AstKind& r, std::index_sequence<I...>) const {
        using Kind = std::variant_alternative_t<ast::rule_index_v<AstKind>, RuleBody>;
        static_assert(OperandsRule<Kind>, "a kind of standard operands as written has them in the model too");
        // The model's struct has exactly its row's operands (fields_of refuses more or
        // fewer), so the braces below fill every field.
        using ModelFields [[maybe_unused]] = decltype(rule_words::fields_of<sizeof...(I)>(std::declval<Kind&>()));
        [[maybe_unused]] const auto fields = rule_words::fields_of<sizeof...(I)>(r);
        // Braces: the operands are resolved (and their errors reported) in order.
        return made<AstKind>(Kind{operand(rule_words::operand_tag<ast::rule_index_v<AstKind>, I>{}, std::get<I>(fields))...});
    }

    // An operand's model value by its type; a required one the parser left empty is 0.
    template <class Tag>
    auto operand(Tag, const ast::ExprPtr& e) const {
        if constexpr (Tag::value.optional) return expression(e);
        else return expression(e).value_or(ExprDef{});
    }
    template <class Tag, class Written>
    auto operand(Tag, const std::optional<Written>& written) const {
        const std::string_view lead = Tag::value.lead(rule_words::kWords[Tag::row]);
        if constexpr (Tag::value.optional) {
            return written ? std::optional<Rational>(value(Tag::value.type, *written, lead)) : std::nullopt;
        } else {
            return written ? value(Tag::value.type, *written, lead) : Rational();
        }
    }
    // `cap 20%` (points) is a share of the node's maximum; `per 0.5` (a number) is as
    // written. A negative number would turn a bonus into a deduction (or the reverse):
    // refused with the message of every other number that must not be negative.
    Rational value(rule_words::OperandType type, const ast::Number& n, std::string_view lead) const {
        const Rational v = type == rule_words::OperandType::Points && n.percent ? node_.max * fraction_of(n) : n.value;
        return non_negative(v, n.loc, lead);
    }
    Rational value(rule_words::OperandType, const ast::Amount& a, std::string_view lead) const {
        return non_negative(amount_points(a, node_.max), a.loc, lead);
    }
    Rational non_negative(const Rational& v, const SourceLoc& loc, std::string_view lead) const {
        if (!v.is_negative()) return v;
        diags_.error(loc, msg::kNegativeNumber, std::string(lead));
        ok_ = false;
        return v;
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

// `proportional` always measures a ratio, a formula's value may go below 0 when
// allowed (their rows say so); `bands` measure a ratio too, unless they are `of` a
// formula with plain bounds (days, counts).
RuleMeasure rule_measure(const ast::Rule& rule) {
    const auto percent = [](const std::optional<ast::Bound>& b) { return b && b->value.percent; };
    return std::visit(overloaded{
                          // Every other kind: what its row in dsl/rule_words.hpp says.
                          []<class K>(const K&) {
                              constexpr rule_words::Measure m = ast::rule_row_v<K>.measure;
                              return RuleMeasure{m.ratio, m.takes_negative};
                          },
                          [&](const ast::BandsRule& r) {
                              const bool ratio = !r.of || std::any_of(r.bands.begin(), r.bands.end(), [&](const ast::BandEntry& b) {
                                                     return percent(b.interval.lower) || percent(b.interval.upper);
                                                 });
                              return RuleMeasure{ratio, ratio};
                          },
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
