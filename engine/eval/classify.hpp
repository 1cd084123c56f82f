#pragma once
// Classification ladders and block statistics, after ranking.
#include "engine/eval/results.hpp"

namespace chiso {

class BlockDistribution;

// `dist`: the block's statistics its conditions compare with (engine/eval/distribution.hpp),
// computed before any unit is classed; null where the criteria name none.
void classify_block(const Definition& def, BlockResult& block, const BlockDistribution* dist = nullptr);
void compute_stats(const Definition& def, BlockResult& block, const BlockDistribution* dist = nullptr);

}  // namespace chiso
