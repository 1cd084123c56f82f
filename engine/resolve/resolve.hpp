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

}  // namespace chiso
