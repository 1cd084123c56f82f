// `chiso_bench phase kernel CRITERIA SCORES THREADS`: the columnar kernel timed
// after loading, best of three — bind, kernel, and the reference evaluator on the
// units the kernel declined (the wired evaluation, engine/eval/evaluate_block.hpp)
// — with the units and leaves it accepted. Units are cut into contiguous slices,
// one per thread, each bound and run on its own.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>

#include "bench/phases.hpp"
#include "engine/driver/driver.hpp"
#include "engine/eval/evaluate_block.hpp"
#include "engine/eval/evaluate_unit.hpp"
#include "engine/eval/parallel.hpp"
#include "engine/kernel/kernel.hpp"

namespace chiso::bench {
namespace {

double since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct SliceRun {
    const BlockDef* block = nullptr;
    std::vector<std::uint32_t> units;
    BoundBlock bound;
    KernelBlock kernel;
};

struct Timing {
    double bind = 0, kernel = 0, fallback = 0;
    std::size_t accepted = 0, exact = 0, bind_declined = 0, leaves = 0, accepted_leaves = 0;
};

// Leaves whose rule was applied to an entered value (as phase eval counts them).
std::size_t leaves_of(const CompiledTree& tree, const BoundBlock& b, std::size_t row) {
    std::size_t n = 0;
    for (NodeId id = 0; id < tree.nodes.size(); ++id)
        if (tree.leaf_of[id] != CompiledTree::kNoLeaf && b.cell(id, row) == CellState::Value) ++n;
    return n;
}

Timing run_once(const CompiledCriteria& c, const CompiledPlan& compiled, const ScoreSheet& sheet, unsigned threads,
                const std::deque<CodeLookup>& codes) {
    const Definition& def = *c.definition;
    const std::vector<std::vector<std::uint32_t>> by_block = units_by_block(def, sheet);
    std::vector<SliceRun> slices;
    for (std::size_t b = 0; b < by_block.size(); ++b) {
        const auto& all = by_block[b];
        for (unsigned t = 0; t < threads; ++t) {
            SliceRun s;
            s.block = &def.blocks[b];
            s.units.assign(all.begin() + static_cast<std::ptrdiff_t>(all.size() * t / threads),
                           all.begin() + static_cast<std::ptrdiff_t>(all.size() * (t + 1) / threads));
            slices.push_back(std::move(s));
        }
    }
    Timing t;
    auto start = std::chrono::steady_clock::now();
    for_each_item(slices.size(), threads, [&](std::size_t i) {
        SliceRun& s = slices[i];
        s.bound = bind_block(compiled.trees[s.block->tree], *s.block, sheet, s.units, codes[s.block->tree]);
    });
    t.bind = since(start);
    start = std::chrono::steady_clock::now();
    for_each_item(slices.size(), threads, [&](std::size_t i) {
        SliceRun& s = slices[i];
        s.kernel = run_kernel(compiled.trees[s.block->tree], s.bound);
    });
    t.kernel = since(start);
    start = std::chrono::steady_clock::now();
    Diagnostics diags;
    for (SliceRun& s : slices)
        for (std::size_t row = 0; row < s.units.size(); ++row)
            if (!s.kernel.accepted[row])
                (void)evaluate_unit(def, *s.block, c.plan.trees[s.block->tree], sheet.units[s.units[row]], diags,
                                    &codes[s.block->tree]);
    t.fallback = since(start);
    for (SliceRun& s : slices) {
        const CompiledTree& tree = compiled.trees[s.block->tree];
        for (std::size_t row = 0; row < s.units.size(); ++row) {
            const std::size_t n = leaves_of(tree, s.bound, row);
            t.leaves += n;
            if (s.kernel.accepted[row]) t.accepted_leaves += n, ++t.accepted;
            if (s.kernel.columns.is_exact(row)) ++t.exact;
            if (s.bound.declined[row]) ++t.bind_declined;
        }
    }
    return t;
}

}  // namespace

int phase_kernel(const std::string& criteria, const std::string& scores, unsigned threads) {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> c = load_criteria(sources, criteria, diags);
    std::optional<ScoreSheet> sheet = load_scores(sources, scores, diags);
    if (!c || !sheet) {
        std::fprintf(stderr, "chiso_bench: %s: %zu error(s)\n", scores.c_str(), diags.error_count());
        return 1;
    }
    const CompiledPlan& compiled = *c->plan.kernel;
    std::deque<CodeLookup> codes;
    for (const TreePlan& tree : c->plan.trees) codes.emplace_back(*tree.tree, &tree);
    threads = std::max(1u, threads);
    Timing best;
    double best_total = 1e30;
    for (int round = 0; round < 3; ++round) {
        const Timing t = run_once(*c, compiled, *sheet, threads, codes);
        if (t.bind + t.kernel + t.fallback < best_total) best_total = t.bind + t.kernel + t.fallback, best = t;
    }
    fmt::print(
        "seconds={:.6f} bind_seconds={:.6f} kernel_seconds={:.6f} fallback_seconds={:.6f} leaves={} units={} "
        "accepted_units={} exact_units={} declined_by_bind={} accepted_leaves={} kernel_leaves_per_second={:.0f} bind_kernel_leaves_per_second={:.0f}\n",
        best_total, best.bind, best.kernel, best.fallback, best.leaves, sheet->units.size(), best.accepted, best.exact, best.bind_declined,
        best.accepted_leaves, best.kernel > 0 ? static_cast<double>(best.leaves) / best.kernel : 0.0,
        best.bind + best.kernel > 0 ? static_cast<double>(best.leaves) / (best.bind + best.kernel) : 0.0);
    return 0;
}

}  // namespace chiso::bench
