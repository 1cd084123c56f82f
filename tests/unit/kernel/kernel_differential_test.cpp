// The kernel held to the reference evaluator: on every bundled example, on the
// generated national input and on mutated inputs, every unit the kernel accepts
// equals the reference at every node (points, maximum, source, flags) and in its
// index, and the reference says nothing about it (engine/eval/kernel_difference.hpp).
#include <gtest/gtest.h>

#include <filesystem>
#include <algorithm>
#include <map>
#include <random>

#include "engine/kernel/kernel.hpp"
#include "engine/eval/kernel_difference.hpp"
#include "kernel_fixture.hpp"
#include "score_mutator.hpp"

namespace chiso::testing {
namespace {

struct Bundled {
    SourceSet sources;
    std::vector<std::unique_ptr<CompiledCriteria>> criteria;
    std::vector<std::pair<std::string, ScoreSheet>> sheets;
};

// Every criteria file that compiles and every score file that loads, once.
const Bundled& bundled() {
    static const Bundled* all = [] {
        auto* b = new Bundled;
        for (const auto& path : files_under({"criteria", "examples", "tests"}, ".chiso")) {
            Diagnostics diags;
            auto c = load_criteria(b->sources, path, diags);
            if (c && !diags.has_errors()) b->criteria.push_back(std::make_unique<CompiledCriteria>(std::move(*c)));
        }
        for (const auto& path : files_under({"examples", "tests"}, ".yaml")) {
            Diagnostics diags;
            auto s = load_scores(b->sources, path, diags);
            if (s && !s->units.empty()) b->sheets.emplace_back(path, std::move(*s));
        }
        return b;
    }();
    return *all;
}

// Runs the comparison for every pair of a criteria file and a score file of its index.
template <typename Each>
void for_each_pair(Each&& each) {
    for (const auto& c : bundled().criteria) {
        const CompiledPlan compiled = compile_kernel_plan(c->plan);
        for (const auto& [path, sheet] : bundled().sheets)
            if (sheet.index == c->definition->index_id) each(*c, compiled, path, sheet);
    }
}

TEST(KernelDifferential, EveryBundledExample) {
    std::size_t pairs = 0, units = 0, accepted = 0;
    for_each_pair([&](const CompiledCriteria& c, const CompiledPlan& compiled, const std::string& path,
                      const ScoreSheet& sheet) {
        const KernelComparison r = compare_kernel(c.plan, compiled, sheet);
        EXPECT_EQ(r.difference, "") << c.definition->source->path() << " × " << path;
        ++pairs;
        units += r.units;
        accepted += r.accepted;
    });
    EXPECT_GT(pairs, 50u);
    EXPECT_GT(accepted, units / 4) << accepted << " of " << units;
    std::printf("bundled: %zu pairs, %zu of %zu units accepted by the kernel\n", pairs, accepted, units);
}

TEST(KernelDifferential, EveryBundledExampleMutated) {
    std::uint64_t seed = 1;
    for_each_pair([&](const CompiledCriteria& c, const CompiledPlan& compiled, const std::string& path,
                      const ScoreSheet& sheet) {
        for (int round = 0; round < 4; ++round) {
            ScoreSheet mutated = sheet;
            ByteSource bytes(seed++);
            ScoreMutator(*c.definition, bytes).mutate(mutated, 1 + static_cast<int>(mutated.units.size()) / 2);
            const KernelComparison r = compare_kernel(c.plan, compiled, mutated);
            EXPECT_EQ(r.difference, "") << c.definition->source->path() << " × " << path << " seed " << seed - 1;
        }
    });
}

TEST(KernelDifferential, GeneratedNationalInput) {
    auto c = national_case(2000, 4, 7);
    ASSERT_TRUE(c->ok()) << render_all(c->diags, RenderOptions{Lang::En, true});
    ASSERT_FALSE(c->compiled.trees[0].declined) << c->compiled.trees[0].decline_reason;
    const KernelComparison r = compare_kernel(c->criteria->plan, c->compiled, *c->sheet);
    EXPECT_EQ(r.difference, "");
    EXPECT_EQ(r.units, 2000u);
    EXPECT_GT(r.accepted, 0u);
    std::printf("national: %zu of %zu units accepted by the kernel\n", r.accepted, r.units);
}

TEST(KernelDifferential, GeneratedNationalInputMutated) {
    auto c = national_case(300, 3, 11);
    ASSERT_TRUE(c->ok());
    for (std::uint64_t seed = 100; seed < 160; ++seed) {
        ScoreSheet mutated = *c->sheet;
        ByteSource bytes(seed);
        ScoreMutator(c->def(), bytes).mutate(mutated, 200);
        const KernelComparison r = compare_kernel(c->criteria->plan, c->compiled, mutated);
        ASSERT_EQ(r.difference, "") << "seed " << seed;
    }
}

}  // namespace
}  // namespace chiso::testing

namespace chiso::testing {
namespace {

// Which nodes decline the national input's units, for the record (not asserted).
TEST(KernelDifferential, NationalDeclineReasons) {
    auto c = national_case(2000, 4, 1);  // the first 2,000 units of the bench's 10,000
    ASSERT_TRUE(c->ok());
    std::map<std::string, int> reasons;
    std::size_t exact = 0;
    for (const BlockDef& block : c->def().blocks) {
        const TreePlan& plan = c->criteria->plan.trees[block.tree];
        CodeLookup codes(*plan.tree, &plan);
        std::vector<std::uint32_t> units;
        for (std::uint32_t i = 0; i < c->sheet->units.size(); ++i)
            if (c->sheet->units[i].block == block.id) units.push_back(i);
        const BoundBlock bound = bind_block(c->compiled.trees[block.tree], block, *c->sheet, units, codes);
        const KernelBlock k = run_kernel(c->compiled.trees[block.tree], bound);
        for (std::size_t row = 0; row < bound.rows; ++row) {
            if (k.columns.is_exact(row)) ++exact;
            if (k.accepted[row]) continue;
            const NodeId at = k.declined_at[row];
            reasons[bound.declined[row] ? "bind" : at == kNoNode ? "exact form" : plan.tree->nodes[at].code]++;
        }
    }
    std::printf("national: %zu exact rows\n", exact);
    for (const auto& [why, n] : reasons) std::printf("declined at %s: %d\n", why.c_str(), n);
}

}  // namespace
}  // namespace chiso::testing

namespace chiso::testing {
namespace {

// The first block of a generated national case, with what a test runs its units
// through: the kernel on bind's columns of the units given (indices into the sheet).
struct FirstBlock {
    explicit FirstBlock(const KernelCase& c)
        : sheet(*c.sheet),
          block(c.def().blocks[0]),
          plan(c.criteria->plan.trees[block.tree]),
          tree(c.compiled.trees[block.tree]),
          codes(*plan.tree, &plan),
          all(sheet.units.size()) {
        for (std::uint32_t i = 0; i < all.size(); ++i) all[i] = i;
    }
    KernelBlock run(const std::vector<std::uint32_t>& units) const {
        return run_kernel(tree, bind_block(tree, block, sheet, units, codes));
    }
    const ScoreSheet& sheet;
    const BlockDef& block;
    const TreePlan& plan;
    const CompiledTree& tree;
    const CodeLookup codes;
    std::vector<std::uint32_t> all;  // every unit of the sheet, in file order
};

}  // namespace
}  // namespace chiso::testing

namespace chiso::testing {
namespace {

// The kernel's rows do not depend on the other units of the run: the same values
// for a unit bound alone, in a slice (as threads cut them) or with the units shuffled.
TEST(KernelDifferential, SameRowsWhateverTheSliceOrOrder) {
    auto c = national_case(400, 1, 5);
    ASSERT_TRUE(c->ok());
    const FirstBlock first(*c);
    const TreePlan& plan = first.plan;
    const std::vector<std::uint32_t>& all = first.all;
    std::vector<std::uint32_t> shuffled = all;
    std::mt19937 rng(3);
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    const std::vector<std::uint32_t> slice(all.begin() + 150, all.begin() + 250);
    const KernelBlock whole = first.run(all), mixed = first.run(shuffled), part = first.run(slice);
    const auto same_row = [&](const KernelBlock& other, std::size_t other_row, std::uint32_t unit) {
        if (whole.accepted[unit] != other.accepted[other_row]) return false;
        if (!whole.accepted[unit]) return true;
        for (NodeId n = 0; n < plan.tree->nodes.size(); ++n) {
            const NodeValue a = whole.columns.at(unit, n), b = other.columns.at(other_row, n);
            if (a.points != b.points || a.max != b.max || a.source != b.source || a.evaluated != b.evaluated ||
                a.not_applicable != b.not_applicable)
                return false;
        }
        return true;
    };
    for (std::size_t row = 0; row < shuffled.size(); ++row)
        EXPECT_TRUE(same_row(mixed, row, shuffled[row])) << c->sheet->units[shuffled[row]].id;
    for (std::size_t row = 0; row < slice.size(); ++row)
        EXPECT_TRUE(same_row(part, row, slice[row])) << c->sheet->units[slice[row]].id;
}

}  // namespace
}  // namespace chiso::testing

namespace chiso::testing {
namespace {

// Row ranges run apart and joined (concatenate, as evaluate() runs a large block on
// threads) hold exactly what one pass over the block holds: every row's acceptance,
// marks, denominator and form, every node's value and flags.
TEST(KernelDifferential, RangesJoinedAreTheWholeBlock) {
    auto c = national_case(700, 1, 7);
    ASSERT_TRUE(c->ok());
    const FirstBlock first(*c);
    const TreePlan& plan = first.plan;
    const std::vector<std::uint32_t>& all = first.all;
    const KernelBlock whole = first.run(all);
    std::vector<KernelBlock> parts;
    const std::vector<std::size_t> cuts{0, 1, 250, 251, 600, all.size()};  // ranges of 1 row and of many
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        const std::vector<std::uint32_t> range(all.begin() + static_cast<std::ptrdiff_t>(cuts[i]),
                                               all.begin() + static_cast<std::ptrdiff_t>(cuts[i + 1]));
        parts.push_back(first.run(range));
    }
    const KernelBlock joined = concatenate(parts);
    ASSERT_EQ(joined.columns.rows(), whole.columns.rows());
    ASSERT_EQ(joined.accepted, whole.accepted);
    ASSERT_EQ(joined.declined_at, whole.declined_at);
    ASSERT_EQ(joined.warned, whole.warned);
    std::size_t exact = 0, own_denominator = 0;
    for (std::size_t row = 0; row < all.size(); ++row) {
        if (!whole.accepted[row]) continue;
        ASSERT_EQ(joined.columns.is_exact(row), whole.columns.is_exact(row)) << row;
        ASSERT_EQ(joined.columns.row_denominator(row), whole.columns.row_denominator(row)) << row;
        exact += whole.columns.is_exact(row);
        own_denominator += whole.columns.row_denominator(row) != whole.columns.denominator();
        for (NodeId n = 0; n < plan.tree->nodes.size(); ++n) {
            const NodeValue a = whole.columns.at(row, n), b = joined.columns.at(row, n);
            ASSERT_TRUE(a.points == b.points && a.max == b.max && a.source == b.source && a.evaluated == b.evaluated &&
                        a.not_applicable == b.not_applicable && a.capped == b.capped)
                << c->sheet->units[row].id << " node " << plan.tree->nodes[n].code;
        }
    }
    EXPECT_GT(exact, 0u);  // the join moves exact rows and row denominators too
    EXPECT_GT(own_denominator, 0u);
}

}  // namespace
}  // namespace chiso::testing
