#pragma once
// The block a unit of a score file names, or the error saying it has none (with the
// closest block suggested): one message for the evaluated file and the pooled ones.
#include "engine/core/diagnostics.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

const BlockDef* block_of(const Definition& def, const UnitInput& unit, Diagnostics& diags);

}  // namespace chiso
