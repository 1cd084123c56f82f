#include "engine/eval/pooled_years.hpp"

#include <deque>
#include <map>

#include "engine/eval/eval_messages.hpp"
#include "engine/eval/normalisation_messages.hpp"
#include "engine/eval/unit_block.hpp"
#include "engine/plan/code_lookup.hpp"

namespace chiso {
namespace {

// Where the criteria first name `path` in `over years`: the place to fix a file that
// does not belong there.
SourceLoc named_at(const Definition& def, const std::string& path) {
    for (const auto& tree : def.trees)
        for (const auto& node : tree.nodes)
            if (node.normalise)
                for (const auto& y : node.normalise->years)
                    if (y.path == path) return y.loc;
    return {};
}

bool check_header(const Definition& def, const ScoreSheet& sheet, const PooledSheet& p, Diagnostics& diags) {
    const ScoreSheet& s = *p.sheet;
    const std::size_t errors = diags.error_count();
    if (s.index != def.index_id) diags.error(s.index_loc, msg::kHeaderMismatch, "index", s.index, def.index_id);
    if (s.locality != def.locality_id)
        diags.error(s.locality_loc, msg::kHeaderMismatch, "locality", s.locality, def.locality_id);
    // The evaluated file pooled with itself, or a later year: its units would count
    // twice, or a year not yet published would move this one.
    if (s.year >= sheet.year) diags.error(named_at(def, p.path), msg::kPooledNotEarlier, p.written, s.year, sheet.year);
    return diags.error_count() == errors;
}

// Every unit in a block of the criteria and every code in its block's tree, as eval
// requires of the evaluated file (the same messages, at the pooled file's lines).
void check_units(const Definition& def, const ScoreSheet& s, std::deque<CodeLookup>& codes, Diagnostics& diags) {
    for (const UnitInput& unit : s.units) {
        const BlockDef* block = block_of(def, unit, diags);
        if (!block) continue;
        for (const NodeEntry& entry : unit.entries) {
            const std::string& code = unit.code(entry);
            if (codes[block->tree].find(code) != kNoNode) continue;
            diags.error(unit.loc_of(entry), msg::kUnknownCodeForUnit, unit.id, code, block->id);
            diags.suggest(codes[block->tree].suggest(code));
        }
    }
}

}  // namespace

bool check_pooled_years(const Definition& def, const ScoreSheet& sheet, const std::vector<PooledSheet>* pooled,
                        Diagnostics& diags) {
    if (!pooled) return true;
    const std::size_t errors = diags.error_count();
    std::deque<CodeLookup> codes;
    for (const auto& tree : def.trees) codes.emplace_back(tree);
    std::map<int, const PooledSheet*> by_year;
    for (const PooledSheet& p : *pooled) {
        if (!p.sheet) continue;  // not read: reported by the reader and by the normalisation
        if (!check_header(def, sheet, p, diags)) continue;
        auto [it, first] = by_year.emplace(p.sheet->year, &p);
        if (!first) diags.error(named_at(def, p.path), msg::kPooledSameYear, it->second->written, p.written, p.sheet->year);
        check_units(def, *p.sheet, codes, diags);
    }
    return diags.error_count() == errors;
}

}  // namespace chiso
