#pragma once
// A condition's syntax tree turned into the model's typed predicates
// (engine/model/condition.hpp), bound for every tree of the definition.
#include "dsl/ast.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

// Needs `def.trees` and `def.publish` resolved. Codes absent from a tree bind to
// kNoNode there (whether that is an error is the caller's: resolve reports a code
// missing from the tree of a block the condition is used for).
CondDef resolve_condition(const ast::Cond& cond, const Definition& def);

// A tie-breaker bound for every tree.
TieBreakDef resolve_tie_break(const ast::TieBreak& tie, const Definition& def);

}  // namespace chiso
