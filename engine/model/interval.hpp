#pragma once
// An interval of a ratio or an index: a band of a rule, a rung of a ladder.
#include <optional>

#include "engine/core/rational.hpp"
#include "engine/model/policies.hpp"

namespace chiso {

// A band boundary with the percent already applied (80% -> 0.8 when the band
// variable is a ratio; see Rule::value_is_percent).
struct BoundDef {
    Cmp cmp = Cmp::Ge;
    Rational value;
    bool percent = false;  // written as 80%: shown back to users as 80%, not 0.8
};
struct IntervalDef {
    std::optional<BoundDef> lower;
    std::optional<BoundDef> upper;
    bool contains(const Rational& x) const;
};

}  // namespace chiso
