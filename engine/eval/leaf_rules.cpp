#include "engine/eval/leaf_rules.hpp"

#include <algorithm>
#include <variant>

#include "engine/model/interval_analysis.hpp"
#include "engine/core/normalise.hpp"
#include "engine/core/overloaded.hpp"
#include "engine/core/suggest.hpp"
#include "engine/eval/eval_messages.hpp"
#include "engine/eval/expression.hpp"

namespace chiso {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

struct Expectation {
    const char* vi;
    const char* en;
};

std::nullopt_t expected(const NodeDef& node, const UnitScope& s, Expectation what) {
    s.diags.error(s.loc, msg::kExpectedKind, s.unit, node.code, what.vi, what.en);
    return std::nullopt;
}

constexpr Expectation kPointsExpected{"một số điểm, ví dụ 1.5", "a number of points, e.g. 1.5"};
constexpr Expectation kYesNoExpected{"có hoặc không", "yes or no (có / không)"};
constexpr Expectation kLevelExpected{"tên một mức đánh giá", "the name of a level"};
constexpr Expectation kRatioExpected{"một tỷ lệ, ví dụ 95% hoặc 0.95", "a ratio, e.g. 95% or 0.95"};
constexpr Expectation kNamedExpected{"các biến theo tên, ví dụ {done: 8, assigned: 10}",
                                     "named variables, e.g. {done: 8, assigned: 10}"};
constexpr Expectation kCountsExpected{"số phiếu theo từng phương án, ví dụ {A: 10, B: 2}",
                                      "answer counts, e.g. {A: 10, B: 2}"};
constexpr Expectation kRawExpected{"một số, ví dụ 12.5 hoặc 45%", "a number, e.g. 12.5 or 45%"};
constexpr Expectation kCountExpected{"số lần (số nguyên)", "a count (whole number)"};

std::string percent_text(const Rational& x) { return (x * Rational(100)).to_string(4) + "%"; }

// The range of what a rule measures (RuleDef::ratio_limit, allow_negative), as shown
// in a message: "0%–100%", "≤ 150%", "≥ 0".
std::string range_text(const RuleDef& rule) {
    if (!rule.ratio_limit) return "≥ 0";
    const std::string upper = percent_text(*rule.ratio_limit);
    return rule.allow_negative ? "≤ " + upper : "0%–" + upper;
}

// One home for the range of every rule kind's measured value: a ratio above its limit
// or anything below 0 is refused unless the node declares it (`up to`, `allow negative`).
bool in_range(const NodeDef& node, const RuleDef& rule, const Rational& x, const UnitScope& s) {
    const bool below = x.is_negative() && !rule.allow_negative;
    const bool above = rule.ratio_limit && x > *rule.ratio_limit;
    if (!below && !above) return true;
    s.diags.error(s.loc, msg::kOutOfRange, s.unit, rule.ratio_limit ? percent_text(x) : x.to_string(4), node.code,
                  range_text(rule));
    return false;
}

// Where the `i`th named number is written; the value's own position for one built
// without (tests).
const SourceLoc& named_loc(const InputValue& v, std::size_t i, const UnitScope& s) {
    return v.named[i].loc.known() ? v.named[i].loc : s.loc;
}

// Formula inputs are counts and amounts: below 0 only where the node allows it.
bool inputs_in_range(const NodeDef& node, const RuleDef& rule, const InputValue& v, const UnitScope& s) {
    if (rule.allow_negative) return true;
    bool ok = true;
    for (std::size_t i = 0; i < v.named.size(); ++i) {
        if (!v.named[i].value.is_negative()) continue;
        s.diags.error(named_loc(v, i, s), msg::kNegativeInput, s.unit, node.code,
                      v.named[i].name, v.named[i].value.to_string());
        ok = false;
    }
    return ok;
}

// A ratio as entered: 95% -> 0.95, 0.95 -> 0.95. A bare number above 1 (87) is
// refused: it is almost surely a percentage typed without its sign, and reading
// it as 8700% would silently give full points.
std::optional<Rational> ratio_of(const NodeDef& node, const InputValue& v, const UnitScope& s) {
    if (v.kind != InputValue::Kind::Number) return expected(node, s, kRatioExpected);
    if (v.percent) return v.number / Rational(100);
    if (v.number > Rational(1)) {
        s.diags.error(s.loc, msg::kAmbiguousRatio, s.unit, v.number.to_string(), node.code, v.number.to_string() + "%");
        return std::nullopt;
    }
    return v.number;
}

bool check_variables(const NodeDef& node, const InputValue& v, const UnitScope& s) {
    bool ok = true;
    for (std::size_t i = 0; i < v.named.size(); ++i) {
        const auto& name = v.named[i].name;
        if (std::find(node.inputs.begin(), node.inputs.end(), name) != node.inputs.end()) continue;
        const SourceLoc& at = named_loc(v, i, s);
        s.diags.error(at, msg::kUnknownVariable, s.unit, node.code, name, joined(node.inputs));
        s.diags.suggest(closest_match(name, node.inputs));
        ok = false;
    }
    return ok;
}

// The quantity a band or proportional rule looks at: a formula over inputs, or the value.
// Checked against the rule's range here, so no rule kind scores a value outside it.
std::optional<Rational> measured(const NodeDef& node, const RuleDef& rule, const std::optional<ExprDef>& of,
                                 const InputValue& v, const UnitScope& s) {
    std::optional<Rational> x;
    if (!of) {
        x = ratio_of(node, v, s);
    } else {
        if (v.kind != InputValue::Kind::Named) return expected(node, s, kNamedExpected);
        if (!check_variables(node, v, s) || !inputs_in_range(node, rule, v, s)) return std::nullopt;
        x = evaluate_expression(*of, node, input_slots(node, v), s);
    }
    if (!x || !in_range(node, rule, *x, s)) return std::nullopt;
    return x;
}

std::optional<std::int64_t> count_of(const NodeDef& node, const InputValue& v, const UnitScope& s) {
    if (v.kind != InputValue::Kind::Number || v.percent) return expected(node, s, kCountExpected);
    if (v.number.den() != 1 || v.number.is_negative()) {
        s.diags.error(s.loc, msg::kNotWholeNumber, s.unit, node.code, v.number.to_string());
        return std::nullopt;
    }
    return v.number.num();
}

// The trace of a rule: which branch applied, the value it looked at.
RuleTrace traced(std::size_t choice, const Rational& value = Rational(0), std::optional<std::int64_t> count = std::nullopt) {
    return RuleTrace{choice, value, count, false};
}

// A value limited by its rule is never limited silently: a warning printed with the
// results names the unit, the node, the value and what was counted instead.
void warn_capped(const NodeDef& node, const Rational& value, const Rational& counted, const UnitScope& s) {
    s.diags.warning(s.loc, msg::kCapped, s.unit, node.code, value.to_string(4), counted.to_string(4));
}

LeafScore clamped(const NodeDef& node, const Rational& points, RuleTrace rule, const UnitScope& s) {
    const Rational counted = points > node.max ? node.max : points.is_negative() ? Rational(0) : points;
    if (counted == points) return {points, rule};
    warn_capped(node, points, counted, s);
    rule.capped = true;
    return {counted, rule};
}

std::optional<LeafScore> yes_no(const NodeDef& node, const InputValue& v, const UnitScope& s) {
    if (v.kind != InputValue::Kind::Boolean) return expected(node, s, kYesNoExpected);
    return LeafScore{v.boolean ? node.max : Rational(0), traced(v.boolean ? 1 : 0)};
}

std::optional<LeafScore> level(const NodeDef& node, const rule::Levels& rule, const InputValue& v, const UnitScope& s) {
    if (v.kind != InputValue::Kind::Text && v.kind != InputValue::Kind::Boolean) return expected(node, s, kLevelExpected);
    // As written, else by the normalised key (`Tốt`, `TỐT`, `tốt\u00a0` for "tốt"):
    // check refuses two labels of one key, so at most one matches.
    const auto fired = [&](std::size_t i) { return LeafScore{rule.levels[i].points, traced(i)}; };
    for (std::size_t i = 0; i < rule.levels.size(); ++i)
        if (rule.levels[i].label == v.text) return fired(i);
    const std::string key = text_key(v.text);
    for (std::size_t i = 0; i < rule.levels.size(); ++i)
        if (rule.levels[i].key == key) return fired(i);
    std::vector<std::string> labels;
    for (const auto& l : rule.levels) labels.push_back(l.label);
    s.diags.error(s.loc, msg::kUnknownLevel, s.unit, node.code, show_blanks(v.text), joined(labels));
    s.diags.suggest(closest_match(v.text, labels));
    return std::nullopt;
}

// A band value shown the way the bands were written: 95% when they use percentages.
std::string band_value_text(const rule::Bands& rule, const Rational& x) {
    return bands_in_percent(rule) ? (x * Rational(100)).to_string(4) + "%" : x.to_string(4);
}

std::optional<LeafScore> band(const NodeDef& node, const RuleDef& def, const rule::Bands& rule, const InputValue& v,
                               const UnitScope& s) {
    auto x = measured(node, def, rule.of, v, s);
    if (!x) return std::nullopt;
    for (std::size_t i = 0; i < rule.bands.size(); ++i)
        if (rule.bands[i].interval.contains(*x)) return LeafScore{rule.bands[i].points, traced(i, *x)};
    s.diags.error(s.loc, msg::kNoBand, s.unit, band_value_text(rule, *x), node.code);
    return std::nullopt;
}

std::optional<LeafScore> proportional(const NodeDef& node, const RuleDef& def, const rule::Proportional& rule,
                                      const InputValue& v, const UnitScope& s) {
    auto x = measured(node, def, rule.of, v, s);
    if (!x) return std::nullopt;
    return clamped(node, node.max * *x, traced(RuleTrace::kNone, *x), s);
}

std::optional<LeafScore> rate(const NodeDef& node, const InputValue& v, const UnitScope& s) {
    if (v.kind != InputValue::Kind::Number) return expected(node, s, kRatioExpected);
    // A survey rate is a percentage; a bare 0.9 could mean 90% or 0.9%, so only
    // bare numbers above 1 (92.5) are read as percentages without their sign.
    Rational p = v.number;
    if (!v.percent && !p.is_zero() && p <= Rational(1)) {
        s.diags.error(s.loc, msg::kAmbiguousRatio, s.unit, p.to_string(), node.code, (p * Rational(100)).to_string() + "%");
        return std::nullopt;
    }
    if (p.is_negative() || p > Rational(100)) {
        s.diags.error(s.loc, msg::kRateOutOfRange, s.unit, p.to_string() + "%", node.code);
        return std::nullopt;
    }
    return LeafScore{node.max * p / Rational(100), traced(RuleTrace::kNone, p)};
}

std::optional<LeafScore> answers(const NodeDef& node, const rule::Answers& rule, const InputValue& v, const UnitScope& s) {
    if (v.kind != InputValue::Kind::Named) return expected(node, s, kCountsExpected);
    const auto labels = [&] {
        std::vector<std::string> all;
        for (const auto& a : rule.answers) all.push_back(a.label);
        return all;
    };
    Rational weighted, total;
    bool ok = true;
    for (std::size_t i = 0; i < v.named.size(); ++i) {
        // Named, not a structured binding: clang 14 (the fuzz build) cannot capture those.
        const std::string& label = v.named[i].name;
        const Rational& count = v.named[i].value;
        auto it = std::find_if(rule.answers.begin(), rule.answers.end(), [&](const auto& a) { return a.label == label; });
        if (it == rule.answers.end()) {
            s.diags.error(named_loc(v, i, s), msg::kUnknownAnswer, s.unit, node.code,
                          label, joined(labels()));
            s.diags.suggest(closest_match(label, labels()));
            ok = false;
            continue;
        }
        if (count.den() != 1 || count.is_negative()) {
            s.diags.error(named_loc(v, i, s), msg::kNotWholeNumber, s.unit, node.code,
                          count.to_string());
            ok = false;
            continue;
        }
        weighted += count * it->weight;
        total += count;
    }
    if (!ok) return std::nullopt;
    if (total.is_zero()) {
        s.diags.error(s.loc, msg::kNoAnswers, s.unit, node.code);
        return std::nullopt;
    }
    Rational share = weighted / total;
    return LeafScore{node.max * share, traced(RuleTrace::kNone, share)};
}

// A bonus (bonus = true) or a deduction of the value entered (points) or of a count
// times `per`, up to the cap.
std::optional<LeafScore> adjustment(const NodeDef& node, bool bonus, const Rational& cap, const std::optional<Rational>& per,
                                    const InputValue& v, const UnitScope& s) {
    Rational amount;
    std::optional<std::int64_t> count;
    if (per) {
        count = count_of(node, v, s);
        if (!count) return std::nullopt;
        amount = Rational(*count) * *per;
    } else {
        if (v.kind != InputValue::Kind::Number || v.percent) return expected(node, s, kPointsExpected);
        if (v.number.is_negative()) {
            s.diags.error(s.loc, msg::kNegative, s.unit, node.code, v.number.to_string());
            return std::nullopt;
        }
        amount = v.number;
    }
    RuleTrace trace = traced(RuleTrace::kNone, amount, count);
    trace.capped = amount > cap;
    if (trace.capped) {
        warn_capped(node, amount, cap, s);
        amount = cap;
    }
    return LeafScore{bonus ? amount : -amount, trace};
}

std::optional<LeafScore> per_event(const NodeDef& node, const rule::DeductPerEvent& rule, const InputValue& v,
                                   const UnitScope& s) {
    auto n = count_of(node, v, s);
    if (!n) return std::nullopt;
    Rational points = node.max - Rational(*n) * rule.points;
    return clamped(node, points, traced(RuleTrace::kNone, Rational(0), *n), s);
}

std::optional<LeafScore> formula(const NodeDef& node, const RuleDef& def, const rule::Formula& rule, const InputValue& v,
                                 const UnitScope& s) {
    if (v.kind != InputValue::Kind::Named) return expected(node, s, kNamedExpected);
    if (!check_variables(node, v, s) || !inputs_in_range(node, def, v, s)) return std::nullopt;
    if (rule.expr.empty()) return std::nullopt;  // resolve gives every formula its expression
    auto x = evaluate_expression(rule.expr, node, input_slots(node, v), s);
    if (!x) return std::nullopt;
    return clamped(node, *x, traced(RuleTrace::kNone, *x), s);
}

}  // namespace

std::optional<Rational> raw_leaf_value(const NodeDef& node, const InputValue& v, const UnitScope& s) {
    const RuleDef none;
    const RuleDef& def = node.rule ? *node.rule : none;
    if (const auto* f = std::get_if<rule::Formula>(&def.body)) {
        if (v.kind != InputValue::Kind::Named) return expected(node, s, kNamedExpected);
        if (!check_variables(node, v, s) || !inputs_in_range(node, def, v, s)) return std::nullopt;
        if (f->expr.empty()) return std::nullopt;
        return evaluate_expression(f->expr, node, input_slots(node, v), s);
    }
    // The number entered: a count, an amount or a share (45% is 0.45), at least 0.
    if (v.kind != InputValue::Kind::Number) return expected(node, s, kRawExpected);
    const Rational x = v.percent ? v.number / Rational(100) : v.number;
    if (!in_range(node, def, x, s)) return std::nullopt;
    return x;
}

std::optional<Rational> score_points(const NodeDef& node, const InputValue& v, const UnitScope& s) {
    if (v.kind != InputValue::Kind::Number || v.percent) return expected(node, s, kPointsExpected);
    if (v.number.is_negative()) {
        s.diags.error(s.loc, msg::kNegative, s.unit, node.code, v.number.to_string());
        return std::nullopt;
    }
    if (v.number > node.max) {
        s.diags.error(s.loc, msg::kAboveMax, s.unit, v.number.to_string(), node.code, node.max.to_string());
        return std::nullopt;
    }
    return v.number;
}

// Each kind scored by its own function above; a kind without a case does not compile.
std::optional<LeafScore> score_leaf(const NodeDef& node, const InputValue& v, const UnitScope& s) {
    const RuleDef& def = *node.rule;
    using Score = std::optional<LeafScore>;
    return std::visit(
        overloaded{
            [&](const rule::Points&) -> Score {
                auto p = score_points(node, v, s);
                return p ? Score(LeafScore{*p, traced(RuleTrace::kNone, *p)}) : std::nullopt;
            },
            [&](const rule::YesNo&) { return yes_no(node, v, s); },
            [&](const rule::Levels& r) { return level(node, r, v, s); },
            [&](const rule::Bands& r) { return band(node, def, r, v, s); },
            [&](const rule::Proportional& r) { return proportional(node, def, r, v, s); },
            [&](const rule::Rate&) { return rate(node, v, s); },
            [&](const rule::Answers& r) { return answers(node, r, v, s); },
            [&](const rule::Bonus& r) { return adjustment(node, true, r.cap, std::nullopt, v, s); },
            [&](const rule::Deduction& r) { return adjustment(node, false, r.cap, r.per, v, s); },
            [&](const rule::DeductPerEvent& r) { return per_event(node, r, v, s); },
            [&](const rule::Formula& r) { return formula(node, def, r, v, s); },
        },
        def.body);
}

}  // namespace chiso
