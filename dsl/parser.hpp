#pragma once
// Parser of the criteria language (*.chiso): text -> ast::File.
#include <optional>

#include "dsl/ast.hpp"
#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"

namespace chiso::dsl {

// Parses one file. Syntax errors go to `diags` (all of them: the parser recovers
// at the next top-level statement). Returns the AST when there was no error.
std::optional<ast::File> parse(const SourceFile& file, Diagnostics& diags);

}  // namespace chiso::dsl
