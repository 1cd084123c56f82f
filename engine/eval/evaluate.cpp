#include "engine/eval/evaluate.hpp"

#include "engine/core/suggest.hpp"
#include "engine/eval/classify.hpp"
#include "engine/eval/eval_messages.hpp"
#include "engine/eval/evaluate_unit.hpp"
#include "engine/eval/rank.hpp"

namespace chiso {
namespace {

void check_header(const Definition& def, const ScoreSheet& sheet, Diagnostics& diags, const EvaluateOptions& options) {
    if (sheet.index != def.index_id) diags.error(sheet.index_loc, msg::kHeaderMismatch, "index", sheet.index, def.index_id);
    if (sheet.units.empty()) diags.error(SourceLoc{sheet.source, 0, 0}, msg::kNoUnits);
    if (!options.check_year_and_locality) return;
    if (sheet.locality != def.locality_id)
        diags.error(sheet.locality_loc, msg::kHeaderMismatch, "locality", sheet.locality, def.locality_id);
    if (sheet.year != def.year)
        diags.error(sheet.year_loc, msg::kHeaderMismatch, "year", sheet.year, def.year);
}

const BlockDef* block_of(const Definition& def, const UnitInput& unit, Diagnostics& diags) {
    if (const BlockDef* b = def.find_block(unit.block)) return b;
    diags.error(unit.block_loc, msg::kUnknownUnitBlock, unit.id, unit.block);
    std::vector<std::string> ids;
    for (const auto& b : def.blocks) ids.push_back(b.id);
    diags.suggest(closest_match(unit.block, ids));
    return nullptr;
}

}  // namespace

std::optional<Results> evaluate(const Plan& plan, const ScoreSheet& sheet, Diagnostics& diags,
                                const EvaluateOptions& options) {
    const Definition& def = *plan.definition;
    const std::size_t errors_before = diags.error_count();
    check_header(def, sheet, diags, options);
    Results results;
    results.definition = &def;
    for (const auto& b : def.blocks) results.blocks.push_back(BlockResult{&b, {}, {}});
    // Unit ids are unique: the score loader rejects duplicates.
    for (const auto& unit : sheet.units) {
        const BlockDef* block = block_of(def, unit, diags);
        if (!block) continue;
        auto result = evaluate_unit(def, *block, plan.trees[block->tree], unit, diags);
        if (!result) continue;
        auto index = static_cast<std::size_t>(block - def.blocks.data());
        results.blocks[index].units.push_back(std::move(*result));
    }
    if (diags.error_count() != errors_before) return std::nullopt;
    for (auto& block : results.blocks) {
        rank_block(def, block);
        classify_block(def, block);
        compute_stats(def, block);
    }
    return results;
}

}  // namespace chiso
