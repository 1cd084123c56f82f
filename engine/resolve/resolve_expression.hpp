#pragma once
// A formula's syntax tree turned into the model's postfix form (engine/model/expression.hpp).
#include <string>
#include <vector>

#include "dsl/ast.hpp"
#include "engine/model/expression.hpp"

namespace chiso {

// Variables become the index of the declared input of that name (`inputs`); a name
// not declared has been reported by the caller and gets slot `inputs.size()`.
// Numbers (`50%` = 0.5), signs of numbers and operations on two numbers are folded,
// except a division by a number that is not positive: its error stays a per-unit error.
ExprDef resolve_expression(const ast::Expr& expr, const std::vector<std::string>& inputs);

}  // namespace chiso
