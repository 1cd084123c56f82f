#pragma once
// The points and applicable maxima of every node of one block's tree, for every
// unit of the block, stored by column (node-major: all units of node 0, then of
// node 1, ...). This is what evaluation produces and what reports read; a per-node
// value (NodeValue) is materialised only when a reader asks for one, through
// BlockResult::node (engine/eval/results.hpp).
//
// Two ways a row (a unit, in evaluation order) is held:
//  - fixed: points and max as 64-bit integers over the column set's common
//    denominator, or over the row's own multiple of it (a unit whose formula
//    points are whole only over D x k) — the columnar kernel's output, no
//    allocation per unit;
//  - exact: the reference evaluator's output, and the kernel's for the rows it
//    declined (a value outside 64 bits over the common denominator, a ratio whose
//    denominator does not divide it, ...): a PackedRow, integers over the row's own
//    denominator where they fit, else Rationals (packed_row.hpp).
// Both give the same NodeValue for the same unit: the kernel gives exactly the
// reference's result or declines (tests/unit/kernel/kernel_differential_test.cpp).
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/columns/packed_row.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

class NodeColumns {
public:
    NodeColumns() = default;
    // `denominator` > 0: the common denominator of the fixed rows (1 when every row
    // is exact). Every row starts fixed, all zero, flags 0.
    NodeColumns(std::size_t nodes, std::size_t rows, std::int64_t denominator);
    // Every row to be held exactly (the reference evaluator's block): no fixed
    // storage is allocated, and reading a row not yet set is a logic error.
    static NodeColumns all_exact(std::size_t nodes, std::size_t rows);
    // The rows of `parts`, in order, as one column set holding the same values row
    // for row: a block's units bound and run by the kernel in row ranges (on
    // threads) and joined. Every part has the same nodes and denominator; the parts
    // are emptied.
    static NodeColumns concatenate(std::vector<NodeColumns>& parts);

    std::size_t nodes() const { return nodes_; }
    std::size_t rows() const { return rows_; }
    std::int64_t denominator() const { return denominator_; }

    // Fixed storage, one contiguous column per node (rows() entries each); null when
    // every row is exact.
    std::int64_t* points_column(NodeId n) { return columns_.empty() ? nullptr : columns_[n].points.data(); }
    std::int64_t* max_column(NodeId n) { return columns_.empty() ? nullptr : columns_[n].max.data(); }
    std::uint8_t* flags_column(NodeId n) { return columns_.empty() ? nullptr : columns_[n].flags.data(); }
    const std::int64_t* points_column(NodeId n) const { return columns_.empty() ? nullptr : columns_[n].points.data(); }
    const std::int64_t* max_column(NodeId n) const { return columns_.empty() ? nullptr : columns_[n].max.data(); }
    const std::uint8_t* flags_column(NodeId n) const { return columns_.empty() ? nullptr : columns_[n].flags.data(); }
    // A fixed row over its own denominator (a multiple of denominator()): the
    // kernel's rows whose formula or ratio points are whole only over D x k.
    void set_row_denominator(std::size_t row, std::int64_t denominator);
    std::int64_t row_denominator(std::size_t row) const {
        return row < row_denominator_.size() && row_denominator_[row] != 0 ? row_denominator_[row] : denominator_;
    }

    // Holds `row` exactly: `values` has one entry per node (by NodeId).
    void set_exact(std::size_t row, std::vector<NodeValue> values);
    void set_exact(std::size_t row, PackedRow values);
    bool is_exact(std::size_t row) const { return row < exact_index_.size() && exact_index_[row] != kFixed; }

    // The node `n` of `row`, whichever way the row is held.
    NodeValue at(std::size_t row, NodeId n) const;
    // Only the points (what rank tie-breakers and conditions on points(code) read).
    Rational points(std::size_t row, NodeId n) const;

    // Records the assessed points of node `n` of `row`; rows in increasing order,
    // nodes in increasing order within a row (as a block is assembled), so the
    // sparse list stays sorted without a sort.
    void set_assessed(std::size_t row, NodeId n, Assessed assessed);
    // nullptr when the unit entered neither value for the node.
    const Assessed* assessed(std::size_t row, NodeId n) const;

private:
    void require_fixed(std::size_t row) const;  // throws std::logic_error when the row has no fixed cells
    static constexpr std::uint32_t kFixed = static_cast<std::uint32_t>(-1);
    std::size_t nodes_ = 0;
    std::size_t rows_ = 0;
    std::int64_t denominator_ = 1;
    // One allocation per node and kind, not one per kind: concatenate then frees each
    // part's column as soon as it is copied, so a block's columns are never held twice
    // (a national block's are tens of MB).
    struct Column {
        std::vector<std::int64_t> points, max;
        std::vector<std::uint8_t> flags;
    };
    std::vector<Column> columns_;  // by NodeId; empty: no fixed storage (every row exact)
    std::vector<std::int64_t> row_denominator_;      // row -> its own denominator (0: denominator_); empty: none
    std::vector<std::uint32_t> exact_index_;          // row -> index into exact_, or kFixed
    std::vector<PackedRow> exact_;                    // rows held exactly
    struct AssessedCell {
        std::size_t row;
        NodeId node;
        Assessed value;
    };
    std::vector<AssessedCell> assessed_;  // sorted by (row, node)
};

}  // namespace chiso
