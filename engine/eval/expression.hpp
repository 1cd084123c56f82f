#pragma once
// Evaluates a resolved formula (engine/model/expression.hpp) over a unit's inputs, exactly.
#include <optional>
#include <vector>

#include "engine/eval/leaf_rules.hpp"

namespace chiso {

// The value of each declared input (NodeDef::inputs), nullopt where the unit gave none.
using InputSlots = std::vector<std::optional<Rational>>;

// The entered named values by slot: the one place their names are matched. Names
// not declared are left out (check_variables reports them first).
InputSlots input_slots(const NodeDef& node, const InputValue& inputs);

// nullopt (reported) when an input is missing, on division by zero or, unless the
// node allows it, by a negative number. Every missing input is reported, in the
// order written.
std::optional<Rational> evaluate_expression(const ExprDef& e, const NodeDef& node, const InputSlots& inputs,
                                            const UnitScope& scope);

}  // namespace chiso
