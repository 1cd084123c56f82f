#pragma once
// Each node's exact share of a unit's index. The index is root points ÷ root
// applicable maximum × scale, and the evaluation is linear from the nodes where the
// points come from (leaf rules, totals given, defaults) up to the root, so every such
// node adds points × a factor: the index points one of its points is worth.
#include <vector>

#include "engine/eval/results.hpp"

namespace chiso::diff {

struct Contributions {
    std::vector<Rational> factor;  // per node: index points per point (0 where not reached)
    std::vector<bool> source;      // per node: the points come from here (evaluated, no evaluated child)
    std::vector<Rational> share;   // per node: points × factor on source nodes, else 0
    Rational sum;                  // Σ share
    // The published index − sum: a sum clamped to its maximum (bonus over the top),
    // a composite clamped, and the rounding of the published index.
    Rational rest;
};

// `unit` is one of `block`'s units (its nodes are read from the block's columns).
Contributions contributions(const Definition& def, const TreeDef& tree, const BlockResult& block,
                            const UnitResult& unit);

}  // namespace chiso::diff
