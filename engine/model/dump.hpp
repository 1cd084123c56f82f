#pragma once
// The resolved model as stable, readable text (`chiso show --definition`): what
// resolve hands to check, plan and evaluation — trees with node ids and maxima,
// rules resolved (levels in points, formulas as postfix steps over input slots),
// conditions with their ids and their binding in every tree, tie-breakers.
// Kept by a golden test for the demo, as each intermediate form should be.
#include <string>

#include "engine/model/definition.hpp"

namespace chiso {

std::string definition_dump(const Definition& def);

// An exact number: a decimal when it has a finite one ("12.5"), else "p/q".
std::string exact_text(const Rational& value);

}  // namespace chiso
