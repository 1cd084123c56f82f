#pragma once
// One leaf rule applied to one bound value: the points over D, or false (declined).
// The rule kinds of engine/eval/leaf_rules.cpp, in exact integer arithmetic.
#include <cstdint>
#include <vector>

#include "engine/bind/bound_block.hpp"

namespace chiso::kernel {

struct LeafInput {
    const CompiledLeaf& leaf;
    const CompiledNode& node;
    std::int64_t denominator;      // D
    std::int64_t value;            // BoundBlock::value of the cell
    const fixed::Fraction* slots;  // the leaf's slots of the row, `stride` apart
    std::size_t stride;            // BoundBlock::rows
    fixed::Fraction* stack;        // room for the formula (ExprCode::depth)
    std::int64_t scale = 1;        // leaf_points: the row's denominator is D x scale
    // A bonus or deduction over its cap counts the cap, as the reference does
    // (leaf_rules.cpp, `adjustment`), and sets *capped: the caller flags the cell and
    // has evaluate() give the reference's warning (eval.capped). Null: such a cell is
    // declined instead.
    bool* capped = nullptr;
};

// The rules' own steps that the kernel's leaf loops call per cell (leaf_points
// calls them too: one home each).
// `deduct … per event`: max - count x per event, over D, within [0, max].
inline bool per_event_points(std::int64_t count, const CompiledLeaf& leaf, const CompiledNode& node,
                             std::int64_t& points_d) {
    std::int64_t taken = 0;
    if (__builtin_mul_overflow(count, leaf.per_event_d, &taken)) return false;
    if (__builtin_sub_overflow(node.max_d, taken, &points_d)) return false;
    return points_d >= 0 && points_d <= node.max_d;
}
// Bands: the points over D of the first band containing `x`; false when none does (reported).
bool band_points(const CompiledLeaf& leaf, const fixed::Fraction& x, std::int64_t& points_d);
// A ratio measured by a formula, checked against the rule's range (a bound ratio
// was checked by bind): not negative unless allowed, not above the limit.
inline bool measured_in_range(const CompiledLeaf& leaf, const fixed::Fraction& x) {
    if (x.num < 0 && !leaf.allow_negative) return false;
    return !(leaf.has_limit && fixed::compare(x, leaf.ratio_limit) > 0);
}
// Points within [0, max]: beyond, the reference limits them with a warning, so the
// unit is declined.
inline bool within_max(const CompiledNode& node, const fixed::Fraction& points) {
    return points.num >= 0 && fixed::compare(points, node.max) <= 0;
}
// `proportional` of a bound ratio x: max x x, within [0, max].
inline bool proportional_points(const CompiledNode& node, const fixed::Fraction& x, fixed::Fraction& points) {
    return fixed::mul(node.max, x, points) && within_max(node, points);
}
// `rate`: max x p / 100 (bind checked 0 <= p <= 100).
inline bool rate_points(const CompiledNode& node, const fixed::Fraction& p, fixed::Fraction& points) {
    return fixed::make(static_cast<fixed::i128>(node.max.num) * p.num,
                       static_cast<fixed::i128>(node.max.den) * p.den * 100, points);
}
// The formula shapes of ExprCode::Shape in one exact step over the leaf's slots of
// one row (`stride` apart): 1 done (out set), 0 declined, -1 not this shape or
// operands too large for one 128-bit product (the interpreter then runs). The
// same refusals as the interpreter: an input absent, a division by 0 or (unless
// allowed) by a negative number; the value is exact, reduced only if it must be.
inline int shaped_formula(const CompiledLeaf& leaf, const fixed::Fraction* slots, std::size_t stride,
                          fixed::Fraction& out) {
    const auto small = [](std::int64_t v) { return v > -(std::int64_t{1} << 31) && v < (std::int64_t{1} << 31); };
    const std::vector<ExprCode::Instr>& code = leaf.expr.code;
    switch (leaf.expr.shape) {
        case ExprCode::Shape::Code: return -1;
        case ExprCode::Shape::Ratio: {  // `a / b` (bands of dat / tong)
            const fixed::Fraction& a = slots[code[0].slot * stride];
            const fixed::Fraction& b = slots[code[1].slot * stride];
            if (a.den == 0 || b.den == 0) return 0;  // not entered: the reference names it
            if (b.num == 0 || (b.num < 0 && !leaf.allow_negative)) return 0;
            return fixed::div(a, b, out) ? 1 : 0;
        }
        case ExprCode::Shape::ScaledRatio: {  // `c * a / b` (max * dat / tong)
            const fixed::Fraction& c = code[0].value;
            const fixed::Fraction& a = slots[code[1].slot * stride];
            const fixed::Fraction& b = slots[code[3].slot * stride];
            if (a.den == 0 || b.den == 0) return 0;
            if (b.num == 0 || (b.num < 0 && !leaf.allow_negative)) return 0;
            if (!small(c.num) || !small(c.den) || !small(a.num) || !small(a.den) || !small(b.num) || !small(b.den))
                return -1;
            // Three factors below 2^31 each: both products fit 128 bits.
            const fixed::i128 num = static_cast<fixed::i128>(c.num) * a.num * b.den;
            const fixed::i128 den = static_cast<fixed::i128>(c.den) * a.den * b.num;
            return fixed::make(num, den, out) ? 1 : 0;
        }
    }
    return -1;
}

// Over D x scale: whole or declined (the fixed rows).
bool leaf_points(const LeafInput& in, std::int64_t& points_d);
// As an exact fraction (the kernel's row scales and exact rows): the same rule,
// the same refusals; `scale` is not used.
bool leaf_fraction(const LeafInput& in, fixed::Fraction& points);

// A formula's value (postfix code over the slots), or false: an input absent,
// a division by 0 or (unless allowed) by a negative number, an overflow.
bool formula_value(const LeafInput& in, fixed::Fraction& out);

}  // namespace chiso::kernel
