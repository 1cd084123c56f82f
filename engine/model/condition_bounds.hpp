#pragma once
// What a condition says about a unit's index, points and rank, as bounds
// `measure cmp value` — extracted once, here, for the checker (gaps and overlaps of
// a ladder, engine/check/check_ladders.cpp) and for the charts' cut-off lines
// (engine/report/svg_cutoffs.cpp), so that both read a threshold as evaluation does.
#include <optional>
#include <vector>

#include "engine/model/condition.hpp"
#include "engine/model/interval.hpp"

namespace chiso {

struct MeasureBound {
    Measure on = Measure::Index;  // Index, Points or Rank
    Cmp cmp = Cmp::Ge;            // the measure on the left: `index >= 80`
    Rational value;               // on the measure's scale, in the tree asked for
    bool rank_share = false;      // `rank <= 10%`: a share of the units ranked, `value` is the 10
    const CondValue* number = nullptr;  // the number as written
};

struct ConditionBounds {
    std::vector<MeasureBound> bounds;  // every one necessary: only `and` and chains are followed
    // The condition depends on something else too: `or`, `not`, a flag, a node's
    // value, two measures compared with each other.
    bool other = false;
};

// The bounds of `cond` for a unit of Definition::trees[tree].
ConditionBounds condition_bounds(const CondDef& cond, std::size_t tree);

// The index interval `cond` selects, when it speaks of nothing but the index with
// at most one lower and one upper bound (`=` a point); nullopt otherwise.
std::optional<IntervalDef> index_interval(const CondDef& cond, std::size_t tree);

}  // namespace chiso
