#pragma once
// Evaluates ladder and statistic conditions (engine/model/condition.hpp) for one ranked unit.
#include <optional>

#include "engine/eval/results.hpp"

namespace chiso {

class BlockDistribution;

struct CondContext {
    const Definition& def;
    const TreeDef& tree;
    const UnitResult& unit;
    std::size_t tree_index = 0;  // of `tree` in Definition::trees: which binding of a condition applies
    const NodeColumns& nodes;  // of the unit's block: points(code) and index(code) read the unit's row
    // The block's statistics (`mean`, `sd(sample)` …); null where none were computed
    // (a condition naming one then does not hold).
    const BlockDistribution* dist = nullptr;
};

bool holds(const CondDef& cond, const CondContext& ctx);

// The value of one operand that is neither Linear nor a statistic for the unit;
// nullopt when it has none (a component that does not apply).
std::optional<Rational> unit_value(const CondValue& op, const CondContext& ctx);

// A side of a comparison as a + b × √v: a standard deviation is the one irrational
// value a condition has (resolve allows one per comparison), so every side is exact
// in this form; `b` is 0 when the side has no sd.
struct SurdValue {
    Rational a, b, v;
};
std::optional<SurdValue> side_value(const CondValue& op, const CondContext& ctx);

// The sign of a + b × √v (v >= 0), decided exactly: by squaring when a and b have
// opposite signs (|a| against |b| × √v is a² against b² × v).
int surd_sign(const Rational& a, const Rational& b, const Rational& v);

// The index value that ranks, classes and statistics compare: rounded or exact per the criteria.
Rational compared_index(const Definition& def, const UnitResult& unit);

// What the ranking compares: the index as compared_index, or the points, rounded or
// exact per the criteria — what a statistic written without a value summarises.
Rational ranked_value(const Definition& def, const UnitResult& unit);

}  // namespace chiso
