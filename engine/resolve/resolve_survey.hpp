#pragma once
// `survey` statements to SurveyDefs: columns and labels as text keys, each question's
// leaf found (a `rate` leaf in every tree that has the code), percentages as shares.
#include "engine/core/diagnostics.hpp"
#include "engine/model/definition.hpp"
#include "dsl/ast.hpp"

namespace chiso {

// Appends the file's surveys to `def` (its trees resolved); false when one was refused.
bool resolve_surveys(const ast::File& file, Definition& def, Diagnostics& diags);

}  // namespace chiso
