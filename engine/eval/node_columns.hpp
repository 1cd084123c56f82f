#pragma once
// The points and applicable maxima of every node of one block's tree, for every
// unit of the block, stored by column (node-major: all units of node 0, then of
// node 1, ...). This is what evaluation produces and what reports read; a per-node
// record (NodeOutcome) is materialised only when a report asks for one.
//
// Two ways a row (a unit, in evaluation order) is held:
//  - fixed: points and max as 64-bit integers over the column set's common
//    denominator, or over the row's own multiple of it (a unit whose formula
//    points are whole only over D x k) — the columnar kernel's output;
//  - exact: a vector of Rationals per node — the reference evaluator's output, and
//    the kernel's for the rows it declined (a value outside 64 bits over the common
//    denominator, a ratio whose denominator does not divide it, ...).
// Both give the same NodeOutcome for the same unit: the kernel gives exactly the
// reference's result or declines (tests/unit/kernel/kernel_differential_test.cpp).
#include <cstdint>
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

// How a node got its points (for explanations and the annex).
enum class NodeSource : std::uint8_t { Rule, Given, Children, NotApplicable, Excluded, Default };

// One byte per node and unit: the source and three flags.
struct NodeFlags {
    static constexpr std::uint8_t kSourceMask = 0x07;
    static constexpr std::uint8_t kEvaluated = 0x08;      // false: below a node whose total was given
    static constexpr std::uint8_t kNotApplicable = 0x10;  // not applicable (or excluded for the block)
    static constexpr std::uint8_t kCapped = 0x20;         // clamped to [0, max] (bonus over the top, ...)

    static std::uint8_t make(NodeSource s, bool evaluated, bool not_applicable, bool capped) {
        return static_cast<std::uint8_t>(static_cast<std::uint8_t>(s) | (evaluated ? kEvaluated : 0) |
                                         (not_applicable ? kNotApplicable : 0) | (capped ? kCapped : 0));
    }
    static NodeSource source(std::uint8_t f) { return static_cast<NodeSource>(f & kSourceMask); }
};

// A node of one unit, materialised from the columns.
struct NodeValue {
    NodeSource source = NodeSource::Children;
    Rational points;
    Rational max;  // applicable maximum (0 when not applicable and excluded)
    bool evaluated = false;
    bool not_applicable = false;
    bool capped = false;
};

class NodeColumns {
public:
    NodeColumns() = default;
    // `denominator` > 0: the common denominator of the fixed rows (1 when every row
    // is exact). Every row starts fixed, all zero, flags 0.
    NodeColumns(std::size_t nodes, std::size_t rows, std::int64_t denominator);

    std::size_t nodes() const { return nodes_; }
    std::size_t rows() const { return rows_; }
    std::int64_t denominator() const { return denominator_; }

    // Fixed storage, one contiguous column per node (rows() entries each).
    std::int64_t* points_column(NodeId n) { return points_.data() + n * rows_; }
    std::int64_t* max_column(NodeId n) { return max_.data() + n * rows_; }
    std::uint8_t* flags_column(NodeId n) { return flags_.data() + n * rows_; }
    const std::int64_t* points_column(NodeId n) const { return points_.data() + n * rows_; }
    const std::int64_t* max_column(NodeId n) const { return max_.data() + n * rows_; }
    const std::uint8_t* flags_column(NodeId n) const { return flags_.data() + n * rows_; }

    // A fixed row over its own denominator (a multiple of denominator()): the
    // kernel's rows whose formula or ratio points are whole only over D x k.
    void set_row_denominator(std::size_t row, std::int64_t denominator);
    std::int64_t row_denominator(std::size_t row) const {
        return row < row_denominator_.size() && row_denominator_[row] != 0 ? row_denominator_[row] : denominator_;
    }

    // Holds `row` exactly: `values` has one entry per node (by NodeId).
    void set_exact(std::size_t row, std::vector<NodeValue> values);
    bool is_exact(std::size_t row) const { return row < exact_index_.size() && exact_index_[row] != kFixed; }

    // The node `n` of `row`, whichever way the row is held.
    NodeValue at(std::size_t row, NodeId n) const;
    // Only the points (what rank tie-breakers and conditions on points(code) read).
    Rational points(std::size_t row, NodeId n) const;

private:
    static constexpr std::uint32_t kFixed = static_cast<std::uint32_t>(-1);
    std::size_t nodes_ = 0;
    std::size_t rows_ = 0;
    std::int64_t denominator_ = 1;
    std::vector<std::int64_t> points_, max_;
    std::vector<std::uint8_t> flags_;
    std::vector<std::int64_t> row_denominator_;      // row -> its own denominator (0: denominator_); empty: none
    std::vector<std::uint32_t> exact_index_;          // row -> index into exact_, or kFixed
    std::vector<std::vector<NodeValue>> exact_;       // rows held exactly
};

}  // namespace chiso
