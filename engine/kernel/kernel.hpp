#pragma once
// The columnar exact kernel: a bound block (engine/bind/) evaluated step by step
// of the compiled plan, each step a loop over the block's units writing int64
// points and maxima over the tree's common denominator D into NodeColumns. Every
// addition and product is checked; a unit is accepted only when every node was
// computed exactly and silently, otherwise declined — an overflow, a value that
// is not whole over D (a ratio whose denominator does not divide D), a sum or a
// rule's points beyond [0, max] (the reference warns), a band that does not contain the value, a
// division by zero, nothing applicable… The reference evaluator then does the
// declined units and reports what there is to report. One warning is the kernel's
// to keep: a bonus or deduction over its cap counts the cap (flagged capped) and the
// row is marked `warned`; evaluate() then gives the reference's eval.capped
// warnings for it (warn_capped_adjustments, engine/eval/evaluate_block.hpp), the
// unit's only messages. For every accepted unit the
// kernel gives exactly the reference's points, maxima, sources and flags
// (tests/unit/kernel/kernel_differential_test.cpp, fuzz/fuzz_kernel.cpp).
#include <cstdint>
#include <vector>

#include "engine/bind/bound_block.hpp"
#include "engine/columns/node_columns.hpp"

namespace chiso {

struct KernelBlock {
    NodeColumns columns;                // fixed rows over D; a declined row's cells are meaningless
    std::vector<std::uint8_t> accepted;  // row -> 1: the row's columns are the result
    // row -> the node whose step declined it (kNoNode: accepted, or declined by bind):
    // what the bench and the tests report as the reason.
    std::vector<NodeId> declined_at;
    // row -> 1: accepted, with a bonus or deduction over its cap (the reference warns).
    std::vector<std::uint8_t> warned;
    std::size_t accepted_count() const;
};

// No allocation per unit: the scratch columns are sized once per block.
KernelBlock run_kernel(const CompiledTree& tree, const BoundBlock& bound);

// The kernel's passes over consecutive row ranges of one block, joined in order
// (NodeColumns::concatenate): a row's result does not depend on the other rows of
// its range, so the join equals one pass over the whole block. The parts are emptied.
KernelBlock concatenate(std::vector<KernelBlock>& parts);

}  // namespace chiso
