#include "engine/model/interval.hpp"

#include "engine/model/condition.hpp"

namespace chiso {

bool IntervalDef::contains(const Rational& x) const {
    if (lower && !compares(x, lower->cmp, lower->value)) return false;
    if (upper && !compares(x, upper->cmp, upper->value)) return false;
    return true;
}

}  // namespace chiso
