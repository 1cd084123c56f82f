#pragma once
// Evaluates ladder and statistic conditions (engine/model/condition.hpp) for one ranked unit.
#include "engine/eval/results.hpp"

namespace chiso {

struct CondContext {
    const Definition& def;
    const TreeDef& tree;
    const UnitResult& unit;
    std::size_t tree_index = 0;  // of `tree` in Definition::trees: which binding of a condition applies
    const NodeColumns& nodes;  // of the unit's block: points(code) and index(code) read the unit's row
};

bool holds(const CondDef& cond, const CondContext& ctx);

// The index value that ranks, classes and statistics compare: rounded or exact per the criteria.
Rational compared_index(const Definition& def, const UnitResult& unit);

}  // namespace chiso
