#pragma once
// A small hand-built evaluation for the renderer tests: two blocks sharing one
// tree, Vietnamese names (one typed with combining marks), a tie for first place,
// a not-applicable node, a ladder and a counted statistic.
#include <functional>
#include <memory>
#include <string>

#include "engine/eval/results.hpp"

namespace chiso::testing {

// "ở" typed decomposed: o + combining horn + combining hook above (5 bytes, 1 column).
inline const std::string kDecomposedO = "o\xCC\x9B\xCC\x89";

struct ReportFixture {
    Definition definition;
    Results results;
};

// Owned by a unique_ptr because Results points into the Definition.
// Its results' tracer tells what each unit entered and which rule branch applied.
std::unique_ptr<ReportFixture> make_report_fixture();

// Changes node `id` of the block's unit `unit` (tests vary a hand-built result).
void edit_node(BlockResult& block, std::size_t unit, NodeId id, const std::function<void(NodeValue&)>& edit);

}  // namespace chiso::testing
