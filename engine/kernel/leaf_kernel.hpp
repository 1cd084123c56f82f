#pragma once
// One leaf rule applied to one bound value: the points over D, or false (declined).
// The rule kinds of engine/eval/leaf_rules.cpp, in exact integer arithmetic.
#include <cstdint>

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

// Over D x scale: whole or declined (the fixed rows).
bool leaf_points(const LeafInput& in, std::int64_t& points_d);
// As an exact fraction (the kernel's row scales and exact rows): the same rule,
// the same refusals; `scale` is not used.
bool leaf_fraction(const LeafInput& in, fixed::Fraction& points);

// A formula's value (postfix code over the slots), or false: an input absent,
// a division by 0 or (unless allowed) by a negative number, an overflow.
bool formula_value(const LeafInput& in, fixed::Fraction& out);

}  // namespace chiso::kernel
