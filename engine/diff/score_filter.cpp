#include "engine/diff/score_filter.hpp"

#include <deque>
#include <set>

#include "engine/diff/diff_messages.hpp"
#include "engine/plan/code_lookup.hpp"

namespace chiso::diff {

ScoreSheet without_unknown_codes(const Definition& def, const ScoreSheet& sheet, Side side, Diagnostics& diags) {
    ScoreSheet out = sheet;
    drop_unknown_codes(def, out, side, diags);
    return out;
}

void drop_unknown_codes(const Definition& def, ScoreSheet& out, Side side, Diagnostics& diags, const Plan* plan) {
    std::set<std::pair<std::string, std::string>> warned;  // tree id, code: one warning each
    const MessageDef& message = side == Side::Old ? msg::diff::kCodeDroppedOld : msg::diff::kCodeDroppedNew;
    // The criteria file, as the message says "not in the new criteria (<file>, tree …)".
    const std::string file = def.source ? def.source->path() : std::string();
    // Blocks and codes found as eval finds them (engine/plan/code_lookup.hpp).
    std::deque<CodeLookup> trees;
    for (std::size_t t = 0; t < def.trees.size(); ++t)
        trees.emplace_back(def.trees[t], plan && t < plan->trees.size() ? &plan->trees[t] : nullptr);
    for (auto& unit : out.units) {
        const BlockDef* block = find_unit_block(def, unit.block);
        if (!block) continue;
        const TreeDef& tree = def.tree_of(*block);
        const CodeLookup& codes = trees[block->tree];
        std::erase_if(unit.entries, [&](const NodeEntry& e) {
            const std::string& code = unit.code(e);
            if (codes.find(code) != kNoNode) return false;
            if (warned.insert({tree.id, code}).second) diags.warning(unit.loc_of(e), message, code, file, tree.id);
            return true;
        });
    }
}

}  // namespace chiso::diff
