#include "engine/bind/bind_value.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "engine/core/normalise.hpp"

namespace chiso {
namespace {

using Kind = InputValue::Kind;

constexpr std::array<std::int64_t, 19> kPow10 = [] {
    std::array<std::int64_t, 19> p{};
    p[0] = 1;
    for (std::size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
    return p;
}();

// A number as the checks below read it: its sign, and — when it fits 64 bits —
// its value as a *reduced* fraction, exactly what fixed::from gives for the
// Rational. Both forms of a value (the full InputValue, the sheet's exact decimal
// m/10^s) are brought here, so that each check has one home and both forms give
// the same answer and the same bound fraction.
struct Num {
    bool fits = false;
    bool negative = false;
    fixed::Fraction f;
};

Num num_of(const Rational& r) {
    Num n;
    n.negative = r.is_negative();
    n.fits = fixed::from(r, n.f);
    return n;
}

// m / 10^s reduced, as Rational(m, 10^s) would be (scale <= 18: SheetPool's decimals).
// gcd(m, 10^s) is 2^a x 5^b with a, b <= s: a from m's trailing zero bits, b by
// trial division — a reader writes the least s, so m rarely has both factors and the
// loop rarely turns; no general gcd.
fixed::Fraction reduced_decimal(std::int64_t m, std::uint8_t scale) {
    if (scale == 0) return fixed::Fraction{m, 1};
    if (m == 0) return fixed::Fraction{0, 1};
    const std::uint64_t magnitude = m < 0 ? 0 - static_cast<std::uint64_t>(m) : static_cast<std::uint64_t>(m);
    const int twos = std::min<int>(__builtin_ctzll(magnitude), scale);
    std::int64_t num = m / (std::int64_t{1} << twos), fives = 1;
    for (int b = 0; b < scale && num % 5 == 0; ++b) num /= 5, fives *= 5;
    return fixed::Fraction{num, kPow10[scale] / (std::int64_t{1} << twos) / fives};
}

Num num_of_decimal(std::int64_t m, std::uint8_t scale) {
    Num n;
    n.fits = true;
    n.negative = m < 0;
    n.f = reduced_decimal(m, scale);
    return n;
}

// A value's kind, flags and number (for a named value, the number is unused).
struct ValueView {
    Kind kind = Kind::Number;
    bool percent = false;
    bool boolean = false;
    Num number;
};

// The items of a named value, in file order: in full, or the sheet's.
struct FullNamed {
    const std::vector<NamedValue>& items;
    std::size_t size() const { return items.size(); }
    // Whether item i is the declared name k (spelt `declared`).
    bool same(std::size_t i, std::size_t, const std::string& declared) const { return items[i].name == declared; }
    Num value(std::size_t i) const { return num_of(items[i].value); }
};

struct PoolNamed {
    const SheetPool& pool;
    const TextId* names;  // ValueBinder::names, or null
    std::uint32_t first, count;
    std::size_t size() const { return count; }
    // A text has one id per pool, so equal ids are equal names.
    bool same(std::size_t i, std::size_t k, const std::string& declared) const {
        const TextId name = pool.named(first + i).name;
        return names ? names[k] == name : pool.text(name) == declared;
    }
    Num value(std::size_t i) const {
        const NamedItem& item = pool.named(first + i);
        return item.big() ? num_of(pool.number(item)) : num_of_decimal(item.number, item.scale());
    }
};

bool plain_number(const ValueView& v) { return v.kind == Kind::Number && !v.percent; }

// x > max, exactly (the maximum is a small Rational but for absurd files).
bool above(const fixed::Fraction& x, const Rational& max) {
    if (max.is_big()) return fixed::to_rational(x) > max;
    return fixed::compare(x, fixed::Fraction{max.num(), max.den()}) > 0;
}

// A points value (a leaf's `points` rule or a total at an inner node): 0..max,
// then over D (a value finer than D, or one that does not fit, is left to the reference).
bool points_over_d(const NodeDef& node, const ValueView& v, std::int64_t d, std::int64_t& out) {
    if (!plain_number(v) || !v.number.fits || v.number.negative || above(v.number.f, node.max)) return false;
    return fixed::over(v.number.f, d, out);
}

// ratio_of and in_range of the reference for a ratio typed as a value.
bool ratio(const CompiledLeaf& leaf, const ValueView& v, fixed::Fraction& out) {
    if (v.kind != Kind::Number || !v.number.fits) return false;
    const fixed::Fraction& n = v.number.f;  // den > 0
    if (v.percent) {
        // n / 100 as fixed::div gives it: over den x 100, unreduced, while that fits.
        constexpr std::int64_t kRoom = INT64_MAX / 100;
        if (n.den <= kRoom) out = fixed::Fraction{n.num, n.den * 100};
        else if (!fixed::div(n, fixed::Fraction{100, 1}, out)) return false;
    } else {
        if (n.num > n.den) return false;  // above 1 — 87: a percentage without its sign
        out = n;
    }
    if (out.num < 0 && !leaf.allow_negative) return false;
    return !(leaf.has_limit && fixed::compare(out, leaf.ratio_limit) > 0);
}

// check_variables and inputs_in_range of the reference, then each declared input
// in its slot (the first entry of its name, as the reference reads it; den 0 when
// absent). One pass over the entries: files write the inputs in the declared order,
// so the entry at position j is tried against input j before the others.
template <class Named>
bool inputs(const NodeDef& node, const CompiledLeaf& leaf, const Named& named, std::vector<fixed::Fraction>& slots) {
    const std::size_t n = node.inputs.size();
    std::fill(slots.begin(), slots.begin() + static_cast<std::ptrdiff_t>(n), fixed::Fraction{0, 0});
    for (std::size_t j = 0; j < named.size(); ++j) {
        std::size_t i = j;
        if (i >= n || !named.same(j, i, node.inputs[i]))
            for (i = 0; i < n && !named.same(j, i, node.inputs[i]);) ++i;
        if (i == n) return false;  // not a declared input: reported by the reference
        const Num value = named.value(j);
        if (value.negative && !leaf.allow_negative) return false;
        if (slots[i].den == 0) {
            if (!value.fits) return false;
            slots[i] = value.f;
        }
    }
    return true;
}

bool whole_count(const Num& n) { return n.fits && n.f.den == 1 && !n.negative; }

// Survey rate: a percentage; a bare number of at most 1 is ambiguous, beyond 100 out of range.
bool rate(const ValueView& v, fixed::Fraction& out) {
    if (v.kind != Kind::Number || !v.number.fits) return false;
    out = v.number.f;
    if (!v.percent && out.num != 0 && fixed::compare(out, fixed::Fraction{1, 1}) <= 0) return false;
    return out.num >= 0 && fixed::compare(out, fixed::Fraction{100, 1}) <= 0;
}

// Answer counts by answer number: every label known, every count whole, some answer.
template <class Named>
bool answers(const RuleDef& rule, const Named& named, std::vector<fixed::Fraction>& slots) {
    const rule::Answers* kind = rule.as<rule::Answers>();
    if (!kind) return false;
    std::fill(slots.begin(), slots.end(), fixed::Fraction{0, 1});
    bool any = false;
    const std::size_t n = kind->answers.size();
    for (std::size_t j = 0; j < named.size(); ++j) {
        std::size_t k = 0;
        while (k < n && !named.same(j, k, kind->answers[k].label)) ++k;
        const Num count = named.value(j);
        if (k == n || !whole_count(count)) return false;
        fixed::Fraction& slot = slots[k];
        if (__builtin_add_overflow(slot.num, count.f.num, &slot.num)) return false;
        any = any || count.f.num != 0;
    }
    return any;
}

// The checks of one value, whichever form it came in: `text` is its text (read only
// for a level label), `named` its items (read only for a named value).
template <class Named>
bool bind_view(const ValueBinder& b, const ValueView& v, std::string_view text, const Named& named, BoundValue& out) {
    if (!b.leaf) return points_over_d(b.node, v, b.denominator, out.value);
    switch (b.leaf->op) {
        case LeafOp::Points: return points_over_d(b.node, v, b.denominator, out.value);
        case LeafOp::YesNo:
            if (v.kind != Kind::Boolean) return false;
            out.value = v.boolean ? 1 : 0;
            return true;
        case LeafOp::Levels: {
            if (v.kind != Kind::Text && v.kind != Kind::Boolean) return false;
            const int level = b.levels->find(std::string(text));
            out.value = level;
            return level >= 0;
        }
        case LeafOp::Bands:
        case LeafOp::Proportional:
            if (!b.leaf->has_expr) return ratio(*b.leaf, v, out.slots[0]);
            return v.kind == Kind::Named && inputs(b.node, *b.leaf, named, out.slots);
        case LeafOp::Formula: return v.kind == Kind::Named && inputs(b.node, *b.leaf, named, out.slots);
        case LeafOp::Rate: return rate(v, out.slots[0]);
        case LeafOp::Answers: return v.kind == Kind::Named && answers(*b.node.rule, named, out.slots);
        case LeafOp::Bonus:
        case LeafOp::Deduction:
            if (!plain_number(v) || v.number.negative) return false;
            if (b.leaf->has_per && !whole_count(v.number)) return false;
            if (!v.number.fits) return false;
            out.slots[0] = v.number.f;
            return true;
        case LeafOp::DeductPerEvent:
            if (!plain_number(v) || !whole_count(v.number)) return false;
            out.value = v.number.f.num;
            return true;
    }
    return false;
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
    ValueView view{v.kind, v.percent, v.boolean, {}};
    if (v.kind != Kind::Named) view.number = num_of(v.number);
    return bind_view(*this, view, v.text, FullNamed{v.named}, out);
}

bool ValueBinder::bind(const SheetValue& v, const SheetPool& pool, BoundValue& out) const {
    ValueView view{v.value_kind(), v.percent(), v.boolean(), {}};
    if (view.kind != Kind::Named)
        view.number = (v.flags & SheetValue::kBigNumber) != 0 ? num_of(pool.number(v)) : num_of_decimal(v.payload, v.scale);
    const bool label = view.kind == Kind::Text || view.kind == Kind::Boolean;
    const std::string_view text = label ? std::string_view(pool.text(v.text)) : std::string_view();
    return bind_view(*this, view, text, PoolNamed{pool, names, v.first_named(), v.named_count()}, out);
}

ColumnBinder::ColumnBinder(const ValueBinder& b) : b_(b) {
    for (std::size_t s = 0; s < d_by_pow10_.size(); ++s)
        d_by_pow10_[s] = b.denominator % kPow10[s] == 0 ? b.denominator / kPow10[s] : 0;
    if (!b.leaf) return;
    switch (b.leaf->op) {
        case LeafOp::YesNo: form_ = Form::YesNo; break;
        case LeafOp::Bands:
        case LeafOp::Proportional: form_ = b.leaf->has_expr ? Form::Inputs : Form::Ratio; break;
        case LeafOp::Formula: form_ = Form::Inputs; break;
        case LeafOp::DeductPerEvent: form_ = Form::PerEvent; break;
        default: break;
    }
    if (form_ == Form::Inputs && !b.names) form_ = Form::General;  // names matched by text
    // Over D the maximum is exact, so value x D > max x D is the reference's "above".
    const Rational& max = b.node.max;
    if (b.leaf->op == LeafOp::Points && !max.is_big() && fixed::over(fixed::Fraction{max.num(), max.den()}, b.denominator, max_d_))
        form_ = Form::Points;
}

bool ColumnBinder::bind(const SheetValue& v, const SheetPool& pool, BoundValue& out) const {
    switch (form_) {
        case Form::Points: {
            // A plain short decimal m / 10^s whose 10^s divides D: m x (D / 10^s), no
            // fraction; a percentage, a big number or a finer scale: the general path.
            if (!v.is(Kind::Number) || (v.flags & (SheetValue::kPercent | SheetValue::kBigNumber)) != 0 ||
                v.scale >= d_by_pow10_.size())
                break;
            const std::int64_t factor = d_by_pow10_[v.scale];
            std::int64_t d = 0;
            if (factor == 0 || __builtin_mul_overflow(v.payload, factor, &d)) break;
            out.value = d;
            return d >= 0 && d <= max_d_;
        }
        case Form::YesNo:
            if (!v.is(Kind::Boolean)) return false;
            out.value = v.boolean() ? 1 : 0;
            return true;
        case Form::Ratio:  // a measured ratio typed as a number (87%, 0.87)
            if (!v.is(Kind::Number) || (v.flags & SheetValue::kBigNumber) != 0) break;
            return ratio(*b_.leaf, ValueView{Kind::Number, v.percent(), false, num_of_decimal(v.payload, v.scale)},
                         out.slots[0]);
        case Form::Inputs:
            if (!v.is(Kind::Named)) return false;
            return bind_inputs(v, pool, out);
        case Form::PerEvent:  // a count of events: a whole number, not negative
            if (!v.is(Kind::Number) || (v.flags & (SheetValue::kPercent | SheetValue::kBigNumber)) != 0 || v.scale != 0)
                break;
            out.value = v.payload;
            return v.payload >= 0;
        case Form::General: break;
    }
    return b_.bind(v, pool, out);
}

// A formula's inputs written as declared — every name in its place, each once, short
// decimals — each straight into its slot; any other named value (another order, a
// repeated or unknown name, a big number) goes through `inputs`, which decides the
// same way for these.
bool ColumnBinder::bind_inputs(const SheetValue& v, const SheetPool& pool, BoundValue& out) const {
    const std::size_t n = b_.node.inputs.size();
    const std::uint32_t first = v.first_named();
    if (v.named_count() == n) {
        bool in_order = true;
        for (std::size_t i = 0; i < n && in_order; ++i) {
            const NamedItem& item = pool.named(first + i);
            in_order = item.name == b_.names[i] && !item.big() && (item.number >= 0 || b_.leaf->allow_negative);
            if (in_order) out.slots[i] = reduced_decimal(item.number, item.scale());
        }
        if (in_order) return true;
    }
    return inputs(b_.node, *b_.leaf, PoolNamed{pool, b_.names, first, v.named_count()}, out.slots);
}

}  // namespace chiso
