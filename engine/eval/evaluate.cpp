#include "engine/eval/evaluate.hpp"

#include <algorithm>
#include <deque>
#include <functional>
#include <thread>

#include "engine/core/suggest.hpp"
#include "engine/eval/classify.hpp"
#include "engine/eval/eval_messages.hpp"
#include "engine/eval/evaluate_unit.hpp"
#include "engine/eval/packed_row.hpp"
#include "engine/eval/rank.hpp"
#include "engine/eval/unit_labels.hpp"

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
    if (const BlockDef* b = find_unit_block(def, unit.block)) return b;
    diags.error(unit.block_loc, msg::kUnknownUnitBlock, unit.id, unit.block);
    std::vector<std::string> ids;
    for (const auto& b : def.blocks) ids.push_back(b.id);
    diags.suggest(closest_match(unit.block, ids));
    return nullptr;
}

// The units of [begin, end) evaluated in order, with their own messages.
// A unit's result and the index of its block in the definition.
struct Placed {
    std::size_t block = 0;
    UnitResult result;
    PackedRow nodes;  // packed as soon as evaluated (packed_row.hpp)
    std::vector<std::pair<NodeId, Assessed>> assessed;
};

struct Slice {
    std::vector<Placed> results;
    Diagnostics diags;
};

// What the units of every slice share: the flags and groups as the criteria know
// them, and one code index per tree (built on the first unknown code).
struct Shared {
    Shared(const Plan& plan, const ScoreSheet& sheet, Diagnostics& diags)
        : labels(settle_labels(*plan.definition, sheet, diags)) {
        for (const auto& tree : plan.trees) codes.emplace_back(*tree.tree, &tree);
    }
    UnitLabels labels;
    std::deque<CodeLookup> codes;  // not movable: a deque keeps them in place
};

void evaluate_slice(const Plan& plan, const ScoreSheet& sheet, std::size_t begin, std::size_t end,
                    const Shared& shared, Slice& slice) {
    const Definition& def = *plan.definition;
    for (std::size_t i = begin; i < end; ++i) {
        const UnitInput& unit = sheet.units[i];
        const BlockDef* block = block_of(def, unit, slice.diags);
        if (!block) continue;
        auto evaluated = evaluate_unit(def, *block, plan.trees[block->tree], unit, slice.diags, &shared.codes[block->tree]);
        if (!evaluated) continue;
        evaluated->result.group = shared.labels.groups[i];
        evaluated->result.flags = shared.labels.flags[i];
        slice.results.push_back(Placed{static_cast<std::size_t>(block - def.blocks.data()), std::move(evaluated->result),
                                       PackedRow(std::move(evaluated->nodes)), std::move(evaluated->assessed)});
    }
}

// Contiguous slices, one per thread; joined in order, so the results and the
// messages do not depend on the number of threads.
std::vector<Slice> evaluate_units(const Plan& plan, const ScoreSheet& sheet, const EvaluateOptions& options,
                                  const Shared& shared) {
    const std::size_t n = sheet.units.size();
    const std::size_t threads = std::clamp<std::size_t>(options.threads, 1, std::max<std::size_t>(1, n / 64));
    std::vector<Slice> slices(threads);
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < threads; ++t)
        workers.emplace_back(evaluate_slice, std::cref(plan), std::cref(sheet), n * t / threads, n * (t + 1) / threads,
                             std::cref(shared), std::ref(slices[t]));
    evaluate_slice(plan, sheet, 0, n / threads, shared, slices[0]);
    for (auto& w : workers) w.join();
    return slices;
}

// The one place a block's results are built from its evaluated rows: its
// NodeColumns (one row per unit, in evaluation order, held exactly as the reference
// evaluator computed them) and its UnitResults, each with its row. A columnar
// kernel filling fixed rows would build the same two things here.
void assemble_block(const Definition& def, BlockResult& block, std::vector<Placed*>& rows) {
    const std::size_t nodes = def.tree_of(*block.block).nodes.size();
    block.nodes = NodeColumns::all_exact(nodes, rows.size());
    block.units.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        Placed& p = *rows[row];
        block.nodes.set_exact(row, std::move(p.nodes));
        for (auto& [node, assessed] : p.assessed) block.nodes.set_assessed(row, node, std::move(assessed));
        p.result.row = row;
        block.units.push_back(std::move(p.result));
    }
}

void assemble_blocks(const Definition& def, std::vector<Slice>& slices, Results& results) {
    std::vector<std::vector<Placed*>> rows(results.blocks.size());
    for (Slice& slice : slices)
        for (Placed& placed : slice.results) rows[placed.block].push_back(&placed);
    for (std::size_t b = 0; b < results.blocks.size(); ++b) assemble_block(def, results.blocks[b], rows[b]);
}

}  // namespace

unsigned available_threads() { return std::clamp(std::thread::hardware_concurrency(), 1u, 8u); }

std::optional<Results> evaluate(const Plan& plan, const ScoreSheet& sheet, Diagnostics& diags,
                                const EvaluateOptions& options) {
    const Definition& def = *plan.definition;
    const std::size_t errors_before = diags.error_count();
    check_header(def, sheet, diags, options);
    Results results;
    results.definition = &def;
    for (const auto& b : def.blocks) results.blocks.push_back(BlockResult{&b, {}, {}, {}});
    // Unit ids are unique: the score loader rejects duplicates.
    const Shared shared(plan, sheet, diags);
    std::vector<Slice> slices = evaluate_units(plan, sheet, options, shared);
    for (const Slice& slice : slices) diags.append(slice.diags);
    if (diags.error_count() != errors_before) return std::nullopt;
    assemble_blocks(def, slices, results);
    slices.clear();
    for (auto& block : results.blocks) rank_block(def, block, diags);
    if (diags.error_count() != errors_before) return std::nullopt;
    for (auto& block : results.blocks) {
        classify_block(def, block);
        compute_stats(def, block);
    }
    return results;
}

}  // namespace chiso
