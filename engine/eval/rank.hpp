#pragma once
// Ranking per block (and per group when declared), with the declared tie policy.
#include "engine/core/diagnostics.hpp"
#include "engine/eval/results.hpp"

namespace chiso {

// Sorts the block's units into rank order and assigns ranks. Under `ties distinct`,
// units that no declared tie-breaker separates are an error at the `ranking`
// statement: their order would otherwise hang on their ids, unwritten.
void rank_block(const Definition& def, BlockResult& block, Diagnostics& diags);

}  // namespace chiso
