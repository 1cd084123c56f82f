#pragma once
// One unit's node values held exactly, compactly: each value as its 64-bit
// numerator and denominator (33 bytes a node instead of NodeValue's 64, whose
// Rationals carry a handle for GMP values), else — a row with a value beyond 64
// bits — as NodeValues. One row's values share no small common denominator (the
// weighted composites multiply the formula results' denominators), so each value
// keeps its own. Rows are packed as each unit is evaluated, so a block's
// NodeValues never all sit in memory at once. Lossless either way.
#include <cstdint>
#include <vector>

#include "engine/columns/node_value.hpp"

namespace chiso {

class PackedRow {
public:
    PackedRow() = default;
    explicit PackedRow(std::vector<NodeValue> values);
    // Straight from 64-bit fractions (the kernel's exact rows): per node points
    // numerator, denominator, max numerator, denominator (denominators > 0, not
    // necessarily reduced: a value is read back as a Rational, which reduces), and
    // its NodeFlags. No Rational is made.
    PackedRow(std::vector<std::int64_t> cells, std::vector<std::uint8_t> flags);

    std::size_t size() const { return exact_.empty() ? flags_.size() : exact_.size(); }

    NodeValue at(std::size_t node) const;
    Rational points(std::size_t node) const;

private:
    // Per node: points numerator, points denominator, max numerator, max denominator.
    std::vector<std::int64_t> cells_;
    std::vector<std::uint8_t> flags_;  // NodeFlags
    std::vector<NodeValue> exact_;     // when a value has no 64-bit form
};

}  // namespace chiso
