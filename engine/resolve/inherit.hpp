#pragma once
// Inheritance: a criteria file may extend another (`extends "../vn/par-tinh-2022.chiso"`)
// and state its differences as changes (`edit tree …`, `edit block …`, `edit ladder …`,
// `replace ladder|stat …`, `remove …`, new declarations, new header statements).
// merge() applies one child to the effective file of its parent; the driver calls it
// along the chain, oldest file first. The result is a plain file (no `extends`, no
// changes) that resolve and check then treat exactly as a file written in one piece.
//
// Positions: every item keeps the position of the file it comes from; an attribute
// a child changes carries the child's position where the syntax tree has one
// (numbers, names, rules, conditions). For what carries no position (titles, flags,
// a block's name, a rung turned into `otherwise`, a moved node) merge() records the
// change in Origins, for `chiso show --resolved`.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/origins.hpp"
#include "engine/core/diagnostics.hpp"

namespace chiso {

// Applies `child`'s changes to `parent_effective`. Every problem is reported (all of
// them: one mistake does not hide the others); returns nothing when there was one.
std::optional<ast::File> merge(ast::File parent_effective, const ast::File& child, Diagnostics& diags);
std::optional<ast::File> merge(ast::File parent_effective, const ast::File& child, Diagnostics& diags,
                               Origins& origins);

}  // namespace chiso
