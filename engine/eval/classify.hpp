#pragma once
// Classification ladders and block statistics, after ranking.
#include "engine/eval/results.hpp"

namespace chiso {

void classify_block(const Definition& def, BlockResult& block);
void compute_stats(const Definition& def, BlockResult& block);

}  // namespace chiso
