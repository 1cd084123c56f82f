#pragma once
// The resolved rule kinds: one struct per kind with exactly its operands, in the
// order of the rule words (dsl/rule_words.hpp, the dsl's ast::RuleBody). Amounts are
// points (75% of max already applied), percentages fractions, formulas postfix
// steps over input slots. Each phase that has per-kind code visits RuleBody with one
// case per kind (engine/core/overloaded.hpp), so a kind a phase forgot does not
// compile — one generic case for the kinds of standard operands (OperandsRule below)
// where a phase only carries them; the compiled plan alone may decline a kind it
// does not know (the reference evaluator then scores the block).
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dsl/rule_words.hpp"  // plain constexpr words, no syntax-tree type
#include "engine/core/rational.hpp"
#include "engine/core/source.hpp"
#include "engine/model/expression.hpp"
#include "engine/model/interval.hpp"

namespace chiso::rule {

struct Points {};  // entered directly, 0..max
struct YesNo {};   // có -> max, không -> 0
struct Levels {
    // `key`: the label's text_key (engine/core/normalise.hpp), interned once by resolve
    // so that scoring a unit's level compares keys instead of normalising every label.
    struct Level { std::string label; Rational points; SourceLoc loc; std::string key; };
    std::vector<Level> levels;
};
struct Bands {
    struct Band { IntervalDef interval; Rational points; SourceLoc loc; };
    std::vector<Band> bands;
    std::optional<ExprDef> of;  // none: the value entered is the ratio
};
struct Proportional {
    std::optional<ExprDef> of;  // none: the value entered is the ratio
};
struct Rate {};  // a survey percentage
struct Answers {
    struct Answer { std::string label; Rational weight; SourceLoc loc; };  // weight as fraction
    std::vector<Answer> answers;
};
struct Bonus {
    Rational cap;
};
struct Deduction {
    Rational cap;
    std::optional<Rational> per;  // points per event: the value entered is a count
};
struct DeductPerEvent {
    Rational points;  // per event
};
struct Formula {
    ExprDef expr;
};

}  // namespace chiso::rule

namespace chiso {

using RuleBody = std::variant<rule::Points, rule::YesNo, rule::Levels, rule::Bands, rule::Proportional, rule::Rate,
                              rule::Answers, rule::Bonus, rule::Deduction, rule::DeductPerEvent, rule::Formula>;
static_assert(std::variant_size_v<RuleBody> == rule_words::kWords.size(), "one word per rule kind");

// A kind of standard operands (its row in dsl/rule_words.hpp lists them): its struct has
// exactly those operands as fields, in order — Rational for a number, points or amount
// (std::optional<Rational> when it may be left out), ExprDef for an expression
// (std::optional<ExprDef>) — and check and the model dump handle it generically.
template <class Kind>
concept OperandsRule = rule_words::OperandsRuleOf<Kind, RuleBody>;
// f(operand_tag, field) for each operand of a kind, in the order written.
template <OperandsRule Kind, class F>
void for_each_operand(Kind& kind, F&& f) {
    rule_words::for_each_operand<RuleBody>(kind, f);
}

struct RuleDef {
    using Level = rule::Levels::Level;
    using Band = rule::Bands::Band;
    using Answer = rule::Answers::Answer;

    RuleBody body;
    // The range of the rule's input — one home for every rule kind, set by resolve
    // from the kind and the node's declared exceptions (docs/language.md §11).
    // `ratio_limit`: the highest ratio accepted (1 = 100%; `up to 150%` makes it 1.5),
    // unset when what the rule measures is not a ratio (a formula's points, a count).
    // `allow_negative` (`allow negative`): ratios, formula inputs, divisors and the
    // measured value may be below 0; otherwise a value below 0 is refused.
    std::optional<Rational> ratio_limit;
    bool allow_negative = false;
    SourceLoc loc;

    template <class Kind>
    bool is() const { return std::holds_alternative<Kind>(body); }
    template <class Kind>
    const Kind* as() const { return std::get_if<Kind>(&body); }
    // The rule's word as the language writes it (`levels`).
    std::string_view word() const { return rule_words::kWords[body.index()]; }
    // The formula a rule evaluates: `formula …`, or `bands of …` / `proportional of …`.
    const ExprDef* expr() const;
    // The cap of a bonus or a deduction (0: none; every other kind: 0).
    Rational adjustment_cap() const;
};

}  // namespace chiso
