#include "engine/diff/score_filter.hpp"

#include <cstdint>
#include <deque>
#include <set>
#include <vector>

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
    // Whether each code of the sheet's pool is in each tree, by code id: looked up
    // once per code and tree, not once per entry (a national year has a million
    // entries and a hundred codes). -1: not looked up yet.
    std::vector<std::vector<std::int8_t>> in_tree(def.trees.size());
    const auto known = [&](const UnitInput& unit, const NodeEntry& e, const CodeLookup& codes, std::size_t t) {
        if (unit.pool != out.pool) return codes.find(unit.code(e)) != kNoNode;  // a unit of its own tables
        std::vector<std::int8_t>& by_code = in_tree[t];
        if (e.code >= by_code.size()) by_code.resize(std::size_t{e.code} + 1, -1);
        if (by_code[e.code] < 0) by_code[e.code] = codes.find(unit.code(e)) != kNoNode ? 1 : 0;
        return by_code[e.code] == 1;
    };
    for (auto& unit : out.units) {
        const BlockDef* block = find_unit_block(def, unit.block);
        if (!block) continue;
        const TreeDef& tree = def.tree_of(*block);
        const CodeLookup& codes = trees[block->tree];
        std::erase_if(unit.entries, [&](const NodeEntry& e) {
            if (known(unit, e, codes, block->tree)) return false;
            const std::string& code = unit.code(e);
            if (warned.insert({tree.id, code}).second) diags.warning(unit.loc_of(e), message, code, file, tree.id);
            return true;
        });
    }
}

}  // namespace chiso::diff
