#pragma once
// A condition's syntax tree turned into the model's typed predicates
// (engine/model/condition.hpp), bound for every tree of the definition.
#include "dsl/ast.hpp"
#include "engine/core/diagnostics.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

// Needs `def.trees` and `def.publish` resolved. Codes absent from a tree bind to
// kNoNode there (whether that is an error is the caller's: resolve reports a code
// missing from the tree of a block the condition is used for).
// Arithmetic is made linear here (docs/language.md §15d): a product needs a number on
// one side, a division a number other than 0, one comparison one standard deviation;
// a percentile's p lies in 0..100. What breaks these is reported in `diags`.
CondDef resolve_condition(const ast::Cond& cond, const Definition& def, Diagnostics& diags);

// A tie-breaker bound for every tree.
TieBreakDef resolve_tie_break(const ast::TieBreak& tie, const Definition& def);

}  // namespace chiso
