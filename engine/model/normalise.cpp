#include "engine/model/normalise.hpp"

namespace chiso {

Rational normalised_points(const NormaliseDef& n, const Rational& x, const Rational& low, const Rational& high) {
    const Rational distance = n.lower_better ? high - x : x - low;
    return n.from + distance / (high - low) * (n.to - n.from);
}

Rational rank_points(const NormaliseDef& n, std::int64_t rank, std::int64_t count) {
    return n.from + Rational(count - rank, count - 1) * (n.to - n.from);
}

}  // namespace chiso
