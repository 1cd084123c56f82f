#pragma once
// The weighted geometric and harmonic means of a node's children (docs/language.md
// §15d). Both act, like `weighted`, on each applicable child's share of its maximum
// (points ÷ max, between 0 and 1), and give the node's maximum times the mean.
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/core/rational_root.hpp"
#include "engine/model/policies.hpp"

namespace chiso {

struct MeanPart {
    Rational weight;  // as declared (not yet divided by the applicable weights)
    Rational share;   // the child's points ÷ its maximum
};

// max × W ÷ Σ(wᵢ ÷ sᵢ), W = Σ wᵢ > 0: exact. A child with share 0 and a positive
// weight makes the mean 0 (the limit as that share goes to 0).
Rational harmonic_mean(const std::vector<MeanPart>& parts, const Rational& weights, const Rational& max);

// max × Π sᵢ^(wᵢ ÷ W), bounded to 2^−bits (engine/core/rational_root.hpp); exact when
// rational (a share 0 with a positive weight gives exactly 0). The exponents wᵢ ÷ W
// are written over their common denominator q (at most kMaxMeanDenominator, which
// the checker guarantees through the weights' own, see check_tree.cpp).
RootBounds geometric_mean(const std::vector<MeanPart>& parts, const Rational& weights, const Rational& max,
                          unsigned bits);

}  // namespace chiso
