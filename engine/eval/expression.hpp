#pragma once
// Evaluates a formula over a unit's named inputs, exactly.
#include <optional>

#include "dsl/ast.hpp"
#include "engine/eval/leaf_rules.hpp"

namespace chiso {

std::optional<Rational> evaluate_expression(const ast::Expr& e, const NodeDef& node, const InputValue& inputs,
                                            const UnitScope& scope);

}  // namespace chiso
