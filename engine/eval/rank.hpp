#pragma once
// Ranking per block (and per group when declared), with the declared tie policy.
#include "engine/eval/results.hpp"

namespace chiso {

// Sorts the block's units into rank order and assigns ranks.
void rank_block(const Definition& def, BlockResult& block);

}  // namespace chiso
