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
    // Per node, the last fraction turned into a Rational and that Rational: most
    // nodes of exact rows hold the same values from row to row (a maximum, a
    // level's points, 0), and a Rational costs a gcd to make.
    struct Converted {
        fixed::Fraction from{0, 0};
        Rational to;
    };
    std::vector<Converted> points_as, max_as;
};

bool exact_row(const CompiledTree& tree, const BoundBlock& bound, std::size_t row, ExactScratch& scratch,
               std::vector<NodeValue>& out);

}  // namespace chiso::kernel
