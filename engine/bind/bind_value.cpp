#include "engine/bind/bind_value.hpp"

#include <algorithm>

#include "engine/core/normalise.hpp"

namespace chiso {
namespace {

using Kind = InputValue::Kind;

bool plain_number(const InputValue& v) { return v.kind == Kind::Number && !v.percent; }

// A points value (a leaf's `points` rule or a total at an inner node): 0..max,
// then over D (a value finer than D is left to the reference).
bool points_over_d(const NodeDef& node, const InputValue& v, std::int64_t d, std::int64_t& out) {
    if (!plain_number(v) || v.number.is_negative() || v.number > node.max) return false;
    fixed::Fraction f;
    return fixed::from(v.number, f) && fixed::over(f, d, out);
}

// ratio_of and in_range of the reference for a ratio typed as a value.
bool ratio(const CompiledLeaf& leaf, const InputValue& v, fixed::Fraction& out) {
    if (v.kind != Kind::Number) return false;
    fixed::Fraction n;
    if (!fixed::from(v.number, n)) return false;
    if (v.percent) {
        if (!fixed::div(n, fixed::Fraction{100, 1}, out)) return false;
    } else {
        if (fixed::compare(n, fixed::Fraction{1, 1}) > 0) return false;  // 87: a percentage without its sign
        out = n;
    }
    if (out.num < 0 && !leaf.allow_negative) return false;
    return !(leaf.has_limit && fixed::compare(out, leaf.ratio_limit) > 0);
}

// check_variables and inputs_in_range of the reference, then each declared input
// in its slot (the first entry of its name, as the reference reads it; den 0 when
// absent). One pass over the entries: files write the inputs in the declared order,
// so the entry at position j is tried against input j before the others.
bool inputs(const NodeDef& node, const CompiledLeaf& leaf, const InputValue& v, std::vector<fixed::Fraction>& slots) {
    if (v.kind != Kind::Named) return false;
    const std::size_t n = node.inputs.size();
    std::fill(slots.begin(), slots.begin() + static_cast<std::ptrdiff_t>(n), fixed::Fraction{0, 0});
    for (std::size_t j = 0; j < v.named.size(); ++j) {
        const auto& named = v.named[j];
        std::size_t i = j;
        if (i >= n || node.inputs[i] != named.name)
            i = static_cast<std::size_t>(std::find(node.inputs.begin(), node.inputs.end(), named.name) - node.inputs.begin());
        if (i == n) return false;  // not a declared input: reported by the reference
        if (named.value.is_negative() && !leaf.allow_negative) return false;
        if (slots[i].den == 0 && !fixed::from(named.value, slots[i])) return false;
    }
    return true;
}

bool whole_count(const Rational& n) { return !n.is_big() && n.den() == 1 && !n.is_negative(); }

// Survey rate: a percentage; a bare number of at most 1 is ambiguous, beyond 100 out of range.
bool rate(const InputValue& v, fixed::Fraction& out) {
    if (v.kind != Kind::Number || !fixed::from(v.number, out)) return false;
    if (!v.percent && out.num != 0 && fixed::compare(out, fixed::Fraction{1, 1}) <= 0) return false;
    return out.num >= 0 && fixed::compare(out, fixed::Fraction{100, 1}) <= 0;
}

// Answer counts by answer number: every label known, every count whole, some answer.
bool answers(const RuleDef& rule, const InputValue& v, std::vector<fixed::Fraction>& slots) {
    const rule::Answers* kind = rule.as<rule::Answers>();
    if (v.kind != Kind::Named || !kind) return false;
    std::fill(slots.begin(), slots.end(), fixed::Fraction{0, 1});
    bool any = false;
    for (const auto& named : v.named) {
        auto it = std::find_if(kind->answers.begin(), kind->answers.end(),
                               [&](const RuleDef::Answer& a) { return a.label == named.name; });
        if (it == kind->answers.end() || !whole_count(named.value)) return false;
        fixed::Fraction& slot = slots[static_cast<std::size_t>(it - kind->answers.begin())];
        if (__builtin_add_overflow(slot.num, named.value.num(), &slot.num)) return false;
        any = any || named.value.num() != 0;
    }
    return any;
}

}  // namespace

LevelIndex::LevelIndex(const RuleDef& rule) {
    const rule::Levels* kind = rule.as<rule::Levels>();
    for (std::size_t i = 0; kind && i < kind->levels.size(); ++i) {
        exact_.emplace(kind->levels[i].label, static_cast<int>(i));
        by_key_.emplace(text_key(kind->levels[i].label), static_cast<int>(i));
    }
}

int LevelIndex::find(const std::string& text) const {
    if (auto it = exact_.find(text); it != exact_.end()) return it->second;
    if (auto it = by_key_.find(text_key(text)); it != by_key_.end()) return it->second;
    return -1;
}

std::size_t ValueBinder::slots_of(const NodeDef& node, const CompiledLeaf& leaf) {
    switch (leaf.op) {
        case LeafOp::Bands:
        case LeafOp::Proportional:
        case LeafOp::Formula: return leaf.has_expr ? node.inputs.size() : 1;
        case LeafOp::Rate:
        case LeafOp::Bonus:
        case LeafOp::Deduction: return 1;
        case LeafOp::Answers: {
            const rule::Answers* kind = node.rule->as<rule::Answers>();
            return kind ? kind->answers.size() : 0;
        }
        default: return 0;
    }
}

bool ValueBinder::silent_kind() const {
    if (!leaf) return true;
    switch (leaf->op) {
        case LeafOp::Points:
        case LeafOp::YesNo:
        case LeafOp::Levels:
        case LeafOp::Rate:
        case LeafOp::Answers: return true;
        default: return false;  // bands may miss, formulas divide by 0, amounts are capped
    }
}

bool ValueBinder::bind(const InputValue& v, BoundValue& out) const {
    if (!leaf) return points_over_d(node, v, denominator, out.value);
    switch (leaf->op) {
        case LeafOp::Points: return points_over_d(node, v, denominator, out.value);
        case LeafOp::YesNo:
            if (v.kind != Kind::Boolean) return false;
            out.value = v.boolean ? 1 : 0;
            return true;
        case LeafOp::Levels: {
            if (v.kind != Kind::Text && v.kind != Kind::Boolean) return false;
            const int level = levels->find(v.text);
            out.value = level;
            return level >= 0;
        }
        case LeafOp::Bands:
        case LeafOp::Proportional:
            return leaf->has_expr ? inputs(node, *leaf, v, out.slots) : ratio(*leaf, v, out.slots[0]);
        case LeafOp::Formula: return inputs(node, *leaf, v, out.slots);
        case LeafOp::Rate: return rate(v, out.slots[0]);
        case LeafOp::Answers: return answers(*node.rule, v, out.slots);
        case LeafOp::Bonus:
        case LeafOp::Deduction:
            if (!plain_number(v) || v.number.is_negative()) return false;
            if (leaf->has_per && !whole_count(v.number)) return false;
            return fixed::from(v.number, out.slots[0]);
        case LeafOp::DeductPerEvent:
            if (!plain_number(v) || !whole_count(v.number)) return false;
            out.value = v.number.num();
            return true;
    }
    return false;
}

}  // namespace chiso
