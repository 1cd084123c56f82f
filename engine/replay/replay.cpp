#include "engine/replay/replay.hpp"

#include <algorithm>
#include <set>

#include "engine/diff/score_filter.hpp"
#include "engine/replay/replay_messages.hpp"

namespace chiso::replay {
namespace {

namespace m = msg::replay;

bool has_code(const UnitInput& unit, const std::string& code) {
    return std::any_of(unit.entries.begin(), unit.entries.end(), [&](const NodeEntry& e) { return unit.code(e) == code; });
}

// What becomes of one entry: kept as it is, kept under another code, or dropped
// because the unit also entered a score under that other code.
struct Carry {
    enum class Kind { Keep, Move, Drop } kind = Kind::Keep;
    std::string to;
};

}  // namespace

Replayer::Replayer(const Plan& rules, const diff::RuleDiff* from, const std::vector<PooledSheet>* pooled)
    : rules_(rules), from_(from), pooled_(pooled) {
    if (from_ == nullptr) return;
    for (const auto& tree : from_->old_def->trees) old_lookups_.emplace_back(tree);
}

void Replayer::carry_codes(ScoreSheet& sheet, Diagnostics& diags) const {
    if (from_ == nullptr) return;
    const Definition& old_def = *from_->old_def;
    const Definition& new_def = *from_->new_def;
    std::set<std::pair<std::string, std::string>> reported;  // old code, new code
    std::vector<Carry> carries;
    for (UnitInput& unit : sheet.units) {
        // Blocks and codes as eval finds them (engine/plan/code_lookup.hpp).
        const BlockDef* old_block = find_unit_block(old_def, unit.block);
        const BlockDef* new_block = find_unit_block(new_def, unit.block);
        if (!old_block || !new_block) continue;
        const TreeDef& old_tree = old_def.tree_of(*old_block);
        const CodeLookup& old_codes = old_lookups_[old_block->tree];
        const TreeDef& new_tree = new_def.tree_of(*new_block);
        // Decided first on the codes as entered, so that a move is told from a clash
        // with a code the unit also entered; then applied in place.
        carries.assign(unit.entries.size(), Carry{});
        for (std::size_t i = 0; i < unit.entries.size(); ++i) {
            const NodeEntry& entry = unit.entries[i];
            const std::string& code = unit.code(entry);
            const NodeId old_node = old_codes.find(code);
            const std::string& old_code = old_node == kNoNode ? code : old_tree.nodes[old_node].code;
            auto moved_to = from_->new_code_for(old_tree.id, old_code);
            if (!moved_to || *moved_to == code || new_tree.find(*moved_to) == kNoNode) continue;
            if (has_code(unit, *moved_to)) {
                diags.warning(unit.loc_of(entry), m::kCodeTaken, unit.id, code, *moved_to);
                carries[i].kind = Carry::Kind::Drop;
                continue;
            }
            if (reported.insert({code, *moved_to}).second)
                diags.warning(unit.loc_of(entry), m::kCodeMoved, code, *moved_to);
            carries[i] = Carry{Carry::Kind::Move, std::move(*moved_to)};
        }
        std::size_t kept = 0;
        for (std::size_t i = 0; i < unit.entries.size(); ++i) {
            if (carries[i].kind == Carry::Kind::Drop) continue;
            if (carries[i].kind == Carry::Kind::Move) unit.set_code(unit.entries[i], carries[i].to);
            if (kept != i) unit.entries[kept] = unit.entries[i];
            ++kept;
        }
        unit.entries.erase(unit.entries.begin() + static_cast<std::ptrdiff_t>(kept), unit.entries.end());
    }
}

std::optional<Results> Replayer::replay(ScoreSheet sheet, Diagnostics& diags, unsigned threads) const {
    const Definition& def = *rules_.definition;
    if (sheet.index != def.index_id) {
        diags.error(sheet.index_loc, m::kOtherIndex, sheet.index, def.index_id);
        return std::nullopt;
    }
    // Taken by value and changed in place: a national year is not copied.
    carry_codes(sheet, diags);
    diff::drop_unknown_codes(def, sheet, diff::Side::New, diags, &rules_);
    return evaluate(rules_, sheet, diags,
                    EvaluateOptions{.check_year_and_locality = false, .threads = threads, .pooled = pooled_});
}

}  // namespace chiso::replay
