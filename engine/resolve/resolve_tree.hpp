#pragma once
// Resolves one criteria tree: codes, maxima (written or derived from the
// children), weights and leaf rules as exact values.
#include <optional>

#include "dsl/ast.hpp"
#include "engine/core/diagnostics.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

std::optional<TreeDef> resolve_tree(const ast::Tree& tree, NaPolicy default_na, Diagnostics& diags);

// The value of a written number as used in computations: 75% -> 3/4.
Rational fraction_of(const ast::Number& n);

}  // namespace chiso
