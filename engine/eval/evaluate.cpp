#include "engine/eval/evaluate.hpp"

#include <algorithm>
#include <deque>
#include <functional>
#include <stdexcept>
#include <thread>

#include "engine/core/rational_root.hpp"
#include "engine/eval/classify.hpp"
#include "engine/eval/distribution.hpp"
#include "engine/eval/eval_messages.hpp"
#include "engine/eval/evaluate_block.hpp"
#include "engine/eval/evaluate_unit.hpp"
#include "engine/eval/mean_refinement.hpp"
#include "engine/eval/listing.hpp"
#include "engine/eval/parallel.hpp"
#include "engine/eval/pooled_years.hpp"
#include "engine/columns/packed_row.hpp"
#include "engine/eval/rank.hpp"
#include "engine/eval/unit_block.hpp"
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
        : labels(settle_labels(*plan.definition, sheet, diags)), ranking(*plan.definition, sheet, diags) {
        for (const auto& tree : plan.trees) codes.emplace_back(*tree.tree, &tree);
    }
    UnitLabels labels;
    RankingInputs ranking;  // a partial publication, units not ranked (listing.hpp)
    std::deque<CodeLookup> codes;  // not movable: a deque keeps them in place
};

// The kernel's share of a run: per block, its units (file order) and the kernel's
// pass over them; the units it accepted are not evaluated again. A unit it accepted
// has no message by the kernel's contract but the eval.capped warnings of a row it
// marked `warned`, which evaluate_slice gives at the unit's place in file order; so
// the reference evaluating only the others, in file order, gives the run's
// messages in the same order.
struct KernelPass {
    struct Block {
        std::vector<std::uint32_t> units;              // indices into the sheet, file order
        bool ran = false;                              // false: the tree is not one the kernel runs
        std::vector<KernelBlock> parts;                // the kernel's passes over consecutive row ranges
        std::vector<std::optional<UnitResult>> results;  // row -> the accepted unit's result
    };
    std::vector<Block> blocks;       // by BlockDef
    std::vector<std::uint8_t> done;  // sheet index -> kAccepted, kWarned (accepted, with warnings) or 0
    static constexpr std::uint8_t kAccepted = 1, kWarned = 2;
};

// On more than one thread, a block's rows are bound and run in ranges of at most
// this many, each range a work item: the threads share a large block instead of one
// thread taking it whole, and the last range taken leaves little imbalance (512:
// 1,022 M against 1,024 M instructions on two threads for 10,000 units; 1,024
// left 1,077 M against 961 M). On one thread a block is one range: no join to
// pay. A row's result does not depend on its range
// (KernelDifferential.SameRowsWhateverTheSliceOrOrder, RangesJoinedAreTheWholeBlock).
constexpr std::size_t kRowsPerRange = 512;

struct KernelRange {
    std::size_t block = 0, part = 0, begin = 0, end = 0;  // rows [begin, end) of the block
};

void run_kernel_range(const Plan& plan, const ScoreSheet& sheet, const Shared& shared, const KernelRange& range,
                      KernelPass::Block& out) {
    const Definition& def = *plan.definition;
    const BlockDef& block = def.blocks[range.block];
    const CompiledTree& compiled = plan.kernel->trees[block.tree];
    const std::vector<std::uint32_t> units(out.units.begin() + static_cast<std::ptrdiff_t>(range.begin),
                                           out.units.begin() + static_cast<std::ptrdiff_t>(range.end));
    KernelBlock& kernel = out.parts[range.part];
    kernel = kernel_block(compiled, block, sheet, units, shared.codes[block.tree]);
    for (std::size_t row = 0; row < units.size(); ++row) {
        if (!kernel.accepted[row]) continue;
        try {
            UnitResult& r = out.results[range.begin + row].emplace(
                kernel_unit_result(def, block, *compiled.tree, sheet.units[units[row]], kernel.columns, row));
            r.row = range.begin + row;
        } catch (const ArithmeticOverflow&) {  // the index itself: the reference reports it
            kernel.accepted[row] = 0;
            out.results[range.begin + row].reset();
        }
    }
}

// The ranges of every block the kernel runs, spread over the threads; each range
// writes only its own part and its rows' results.
KernelPass run_kernel_pass(const Plan& plan, const ScoreSheet& sheet, const EvaluateOptions& options,
                           const Shared& shared) {
    const Definition& def = *plan.definition;
    KernelPass pass;
    pass.blocks.resize(def.blocks.size());
    pass.done.assign(sheet.units.size(), 0);
    if (!options.kernel || !plan.kernel) return pass;
    std::vector<std::vector<std::uint32_t>> units = units_by_block(def, sheet);
    std::vector<KernelRange> ranges;
    for (std::size_t b = 0; b < units.size(); ++b) {
        KernelPass::Block& block = pass.blocks[b];
        block.units = std::move(units[b]);
        const std::size_t n = block.units.size();
        if (plan.kernel->trees[def.blocks[b].tree].declined || n == 0) continue;
        block.ran = true;
        block.results.resize(n);
        const std::size_t parts = options.threads <= 1 ? 1 : (n + kRowsPerRange - 1) / kRowsPerRange;
        block.parts.resize(parts);
        for (std::size_t p = 0; p < parts; ++p) ranges.push_back(KernelRange{b, p, n * p / parts, n * (p + 1) / parts});
    }
    for_each_item(ranges.size(), options.threads, [&](std::size_t i) {
        run_kernel_range(plan, sheet, shared, ranges[i], pass.blocks[ranges[i].block]);
    });
    for (const KernelRange& range : ranges) {
        const KernelPass::Block& block = pass.blocks[range.block];
        const KernelBlock& kernel = block.parts[range.part];
        for (std::size_t row = 0; row < range.end - range.begin; ++row)
            if (kernel.accepted[row])
                pass.done[block.units[range.begin + row]] = kernel.warned[row] ? KernelPass::kWarned : KernelPass::kAccepted;
    }
    return pass;
}

void evaluate_slice(const Plan& plan, const ScoreSheet& sheet, std::size_t begin, std::size_t end,
                    const Shared& shared, const KernelPass& pass, MeanPrecision precision, Slice& slice,
                    const Normalisations* norms) {
    const Definition& def = *plan.definition;
    for (std::size_t i = begin; i < end; ++i) {
        if (pass.done[i] == KernelPass::kWarned) {
            const UnitInput& unit = sheet.units[i];
            const BlockDef* block = find_unit_block(def, unit.block);
            warn_capped_adjustments(plan.trees[block->tree], unit, shared.codes[block->tree], slice.diags);
        }
        if (pass.done[i]) continue;
        const UnitInput& unit = sheet.units[i];
        const BlockDef* block = block_of(def, unit, slice.diags);
        if (!block) continue;
        auto evaluated = evaluate_unit(def, *block, plan.trees[block->tree], unit, slice.diags, &shared.codes[block->tree],
                                       nullptr, norms, nullptr, precision);
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
                                  const Shared& shared, const KernelPass& pass, MeanPrecision precision,
                                  const Normalisations* norms) {
    const std::size_t n = sheet.units.size();
    const std::size_t threads = std::clamp<std::size_t>(options.threads, 1, std::max<std::size_t>(1, n / 64));
    std::vector<Slice> slices(threads);
    for_each_item(threads, static_cast<unsigned>(threads), [&](std::size_t t) {
        evaluate_slice(plan, sheet, n * t / threads, n * (t + 1) / threads, shared, pass, precision, slices[t], norms);
    });
    return slices;
}

// The one place a block's results are built from its evaluated rows: its
// NodeColumns (one row per unit, in file order) and its UnitResults, each with its
// row. Rows the kernel accepted are its fixed (or its own exact) rows; the others
// hold exactly what the reference evaluator computed.
void put_reference_row(BlockResult& block, std::size_t row, Placed& p) {
    block.nodes.set_exact(row, std::move(p.nodes));
    for (auto& [node, assessed] : p.assessed) block.nodes.set_assessed(row, node, std::move(assessed));
    p.result.row = row;
    block.units.push_back(std::move(p.result));
}

void assemble_block(const Definition& def, BlockResult& block, std::vector<Placed*>& rows, KernelPass::Block& pass,
                    const UnitLabels& labels) {
    if (!pass.ran) {
        block.nodes = NodeColumns::all_exact(def.tree_of(*block.block).nodes.size(), rows.size());
        block.units.reserve(rows.size());
        for (std::size_t row = 0; row < rows.size(); ++row) put_reference_row(block, row, *rows[row]);
        return;
    }
    KernelBlock kernel = concatenate(pass.parts);
    block.nodes = std::move(kernel.columns);
    block.units.reserve(pass.units.size());
    std::size_t next = 0;  // the reference's rows come in the same (file) order
    for (std::size_t row = 0; row < pass.units.size(); ++row) {
        if (!kernel.accepted[row]) {
            if (next == rows.size()) throw std::logic_error("evaluate: a declined unit without its reference row");
            put_reference_row(block, row, *rows[next++]);
            continue;
        }
        UnitResult& r = *pass.results[row];
        r.group = labels.groups[pass.units[row]];
        r.flags = labels.flags[pass.units[row]];
        block.units.push_back(std::move(r));
    }
}

// Per block, independent of the others, spread over the threads: its results
// assembled, ranked, classified and summarised; the messages of ranking kept per
// block and joined in block order, so they do not depend on the threads.
void finish_blocks(const Definition& def, std::vector<Slice>& slices, KernelPass& pass, const Shared& shared,
                   const EvaluateOptions& options, Results& results, Diagnostics& diags) {
    std::vector<std::vector<Placed*>> rows(results.blocks.size());
    for (Slice& slice : slices)
        for (Placed& placed : slice.results) rows[placed.block].push_back(&placed);
    std::vector<Diagnostics> ranking(results.blocks.size());
    for_each_item(results.blocks.size(), options.threads, [&](std::size_t b) {
        BlockResult& block = results.blocks[b];
        assemble_block(def, block, rows[b], pass.blocks[b], shared.labels);
        shared.ranking.mark(block);
        rank_block(def, block, ranking[b]);
        if (ranking[b].has_errors()) return;  // the run fails: nothing to classify
        shared.ranking.settle(def, block, ranking[b]);
        if (ranking[b].has_errors()) return;
        // The statistics its conditions compare with, from every unit, before any class.
        const BlockDistribution dist(def, block, ranking[b]);
        if (ranking[b].has_errors()) return;
        classify_block(def, block, &dist);
        compute_stats(def, block, &dist);
    });
    for (const Diagnostics& d : ranking) diags.append(d);
}

std::optional<Results> evaluate_at(const Plan& plan, const ScoreSheet& sheet, Diagnostics& diags,
                                   const EvaluateOptions& options, MeanPrecision precision) {
    const Definition& def = *plan.definition;
    const std::size_t errors_before = diags.error_count();
    check_header(def, sheet, diags, options);
    Results results;
    results.definition = &def;
    for (const auto& b : def.blocks) results.blocks.push_back(BlockResult{&b, {}, {}, {}, {}});
    // Unit ids are unique: the score loader rejects duplicates.
    const Shared shared(plan, sheet, diags);
    // Normalised nodes first: their populations' raw values, before any unit's points.
    // Their errors stop the run here; the header's do not (every unit is still evaluated
    // so that one run lists every problem).
    const std::size_t errors_before_populations = diags.error_count();
    if (has_normalisations(def) && !check_pooled_years(def, sheet, options.pooled, diags)) return std::nullopt;
    results.normalisations = prepare_normalisations(plan, sheet, options.pooled, diags);
    if (diags.error_count() != errors_before_populations) return std::nullopt;
    KernelPass pass = run_kernel_pass(plan, sheet, options, shared);
    std::vector<Slice> slices =
        evaluate_units(plan, sheet, options, shared, pass, precision, results.normalisations.get());
    for (const Slice& slice : slices) diags.append(slice.diags);
    if (diags.error_count() != errors_before) return std::nullopt;
    finish_blocks(def, slices, pass, shared, options, results, diags);
    slices.clear();
    if (diags.error_count() != errors_before) return std::nullopt;
    return results;
}

}  // namespace

unsigned available_threads() { return std::clamp(std::thread::hardware_concurrency(), 1u, 8u); }

// A weighted geometric mean or a z-score is irrational in general: the run is made
// with every such value rounded down to a multiple of 2^-bits and again rounded up; when both
// publish the same (mean_refinement.hpp) the exact values publish it too, and the
// rounded-down run is the result. Otherwise finer, up to kMaxRootBits; a tie
// between two irrational values would need exact algebraic arithmetic and is
// reported rather than guessed.
std::optional<Results> evaluate(const Plan& plan, const ScoreSheet& sheet, Diagnostics& diags,
                                const EvaluateOptions& options) {
    const Definition& def = *plan.definition;
    if (!has_bounded_values(def)) return evaluate_at(plan, sheet, diags, options, MeanPrecision{});
    for (unsigned bits = 64;; bits *= 4) {
        Diagnostics lower_diags;
        std::optional<Results> lower = evaluate_at(plan, sheet, lower_diags, options, MeanPrecision{bits, false});
        if (!lower) {
            diags.append(lower_diags);
            return std::nullopt;
        }
        Diagnostics upper_diags;  // the same messages, but for the values they print
        std::optional<Results> upper = evaluate_at(plan, sheet, upper_diags, options, MeanPrecision{bits, true});
        const std::string unit = upper ? undecided_unit(def, *lower, *upper) : std::string("total");
        if (unit.empty()) {
            diags.append(lower_diags);
            return lower;
        }
        if (bits * 4 > kMaxRootBits) {
            diags.append(lower_diags);
            SourceLoc at{sheet.source, 0, 0};
            for (const UnitInput& u : sheet.units)
                if (u.id == unit) at = u.loc;
            diags.error(at, msg::kMeanUndecided, unit, bits);
            return std::nullopt;
        }
    }
}

}  // namespace chiso
