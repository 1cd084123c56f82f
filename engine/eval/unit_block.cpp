#include "engine/eval/unit_block.hpp"

#include "engine/core/suggest.hpp"
#include "engine/eval/eval_messages.hpp"
#include "engine/plan/code_lookup.hpp"

namespace chiso {

const BlockDef* block_of(const Definition& def, const UnitInput& unit, Diagnostics& diags) {
    if (const BlockDef* b = find_unit_block(def, unit.block)) return b;
    diags.error(unit.block_loc, msg::kUnknownUnitBlock, unit.id, unit.block);
    std::vector<std::string> ids;
    for (const auto& b : def.blocks) ids.push_back(b.id);
    diags.suggest(closest_match(unit.block, ids));
    return nullptr;
}

}  // namespace chiso
