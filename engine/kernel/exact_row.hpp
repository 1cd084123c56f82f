#pragma once
// The kernel's second form for one unit: every node as an exact int64 fraction,
// for the units the fixed form declined because a value is not whole over D (a
// formula's dat / tong, answer shares, weighted shares) or a product of the fixed
// form would not fit. Same steps, same rules, same refusals as the fixed form;
// false when a value leaves 64-bit fractions or the reference would say something.
#include <vector>

#include "engine/bind/bound_block.hpp"
#include "engine/columns/node_columns.hpp"

namespace chiso::kernel {

struct ExactScratch {
    std::vector<fixed::Fraction> points, max;
    std::vector<std::uint8_t> flags;
    std::vector<fixed::Fraction> stack;
};

// The row as a PackedRow made straight from the fractions (no Rational: a value
// is reduced when read); `capped`: some node was capped (a bonus over its cap).
bool exact_row(const CompiledTree& tree, const BoundBlock& bound, std::size_t row, ExactScratch& scratch,
               PackedRow& out, bool& capped);

}  // namespace chiso::kernel
