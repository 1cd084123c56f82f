#pragma once
// Resolve: binds the names of one parsed file (trees, blocks, codes, inputs) and
// turns written numbers into exact values. Structural rules (sums, weights, ladders)
// are the checker's business.
#include <memory>
#include <optional>

#include "dsl/ast.hpp"
#include "engine/core/diagnostics.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

std::optional<Definition> resolve(std::shared_ptr<const ast::File> file, Diagnostics& diags);

// What resolved, even when something did not: a tree with an error is left out
// (with the blocks that use it), an unknown code in `exclude` or in a condition is
// dropped. The checker runs on this, so one run lists the structure errors too.
struct Resolved {
    Definition definition;
    bool complete = true;        // no error: `definition` is the whole file
    bool blocks_complete = true;  // every declared block resolved (a ladder's scale in points depends on them)
};
Resolved resolve_partial(std::shared_ptr<const ast::File> file, Diagnostics& diags);

}  // namespace chiso
