#include "engine/replay/replay.hpp"

#include <algorithm>
#include <deque>
#include <set>

#include "engine/diff/score_filter.hpp"
#include "engine/eval/code_lookup.hpp"
#include "engine/eval/evaluate.hpp"
#include "engine/replay/replay_messages.hpp"

namespace chiso::replay {
namespace {

namespace m = msg::replay;

bool has_code(const UnitInput& unit, const std::string& code) {
    return std::any_of(unit.entries.begin(), unit.entries.end(), [&](const NodeEntry& e) { return e.code == code; });
}

}  // namespace

ScoreSheet carry_codes(const ScoreSheet& sheet, const diff::RuleDiff& from, Diagnostics& diags) {
    ScoreSheet out = sheet;
    const Definition& old_def = *from.old_def;
    const Definition& new_def = *from.new_def;
    std::set<std::pair<std::string, std::string>> reported;  // old code, new code
    std::deque<CodeLookup> old_lookups;
    for (const auto& tree : old_def.trees) old_lookups.emplace_back(tree);
    for (UnitInput& unit : out.units) {
        // Blocks and codes as eval finds them (engine/eval/code_lookup.hpp).
        const BlockDef* old_block = find_unit_block(old_def, unit.block);
        const BlockDef* new_block = find_unit_block(new_def, unit.block);
        if (!old_block || !new_block) continue;
        const std::string& old_tree = old_def.tree_of(*old_block).id;
        const CodeLookup& old_codes = old_lookups[old_block->tree];
        const TreeDef& new_tree = new_def.tree_of(*new_block);
        const UnitInput given = unit;  // the codes as entered, to tell a move from a clash
        std::vector<NodeEntry> kept;
        for (NodeEntry& entry : unit.entries) {
            const NodeId old_node = old_codes.find(entry.code);
            const std::string& old_code = old_node == kNoNode ? entry.code : old_def.tree_of(*old_block).nodes[old_node].code;
            const auto moved_to = from.new_code_for(old_tree, old_code);
            if (!moved_to || *moved_to == entry.code || new_tree.find(*moved_to) == kNoNode) {
                kept.push_back(std::move(entry));
                continue;
            }
            if (has_code(given, *moved_to)) {
                diags.warning(entry.loc, m::kCodeTaken, unit.id, entry.code, *moved_to);
                continue;
            }
            if (reported.insert({entry.code, *moved_to}).second)
                diags.warning(entry.loc, m::kCodeMoved, entry.code, *moved_to);
            entry.code = *moved_to;
            kept.push_back(std::move(entry));
        }
        unit.entries = std::move(kept);
    }
    return out;
}

std::optional<Results> replay(const Plan& rules, ScoreSheet sheet, const diff::RuleDiff* from,
                              Diagnostics& diags) {
    const Definition& def = *rules.definition;
    if (sheet.index != def.index_id) {
        diags.error(sheet.index_loc, m::kOtherIndex, sheet.index, def.index_id);
        return std::nullopt;
    }
    // Taken by value and changed in place: a national year is not copied twice.
    if (from) sheet = carry_codes(sheet, *from, diags);
    diff::drop_unknown_codes(def, sheet, diff::Side::New, diags);
    return evaluate(rules, sheet, diags,
                    EvaluateOptions{.check_year_and_locality = false, .threads = available_threads()});
}

}  // namespace chiso::replay
