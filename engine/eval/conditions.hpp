#pragma once
// Evaluates ladder and statistic conditions for one ranked unit.
#include "engine/eval/results.hpp"

namespace chiso {

struct CondContext {
    const Definition& def;
    const TreeDef& tree;
    const UnitResult& unit;
    const NodeColumns& nodes;  // of the unit's block: points(code) and index(code) read the unit's row
};

bool holds(const ast::Cond& cond, const CondContext& ctx);

// The index value that ranks, classes and statistics compare: rounded or exact per the criteria.
Rational compared_index(const Definition& def, const UnitResult& unit);

}  // namespace chiso
