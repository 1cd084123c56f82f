// evaluate() with the kernel (its default) and without it (the reference for every
// unit) give the same run: the same messages in the same order, and per block the
// same units in the same rank order with the same points, index, rank and classes,
// the same value, source and flags at every node, the same assessed points and the
// same statistics — on every bundled example, the generated national input and
// mutated inputs, on 1 and 2 threads.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "engine/eval/evaluate.hpp"
#include "kernel_fixture.hpp"
#include "score_mutator.hpp"

namespace chiso::testing {
namespace {

std::string messages(const Diagnostics& d) { return render_all(d, RenderOptions{Lang::En, true}); }

std::string node_text(const NodeValue& v) {
    return std::to_string(static_cast<int>(v.source)) + " " + v.points.to_string(20) + "/" + v.max.to_string(20) +
           (v.evaluated ? " e" : "") + (v.not_applicable ? " na" : "") + (v.capped ? " c" : "");
}

std::string assessed_text(const Assessed* a) {
    if (!a) return "-";
    return (a->self ? a->self->to_string(20) : "_") + "|" + (a->appraised ? a->appraised->to_string(20) : "_");
}

// Everything a report reads of a run, as text: equal texts, equal outputs.
std::string run_text(const std::optional<Results>& r) {
    if (!r) return "no results";
    std::string out;
    for (const BlockResult& b : r->blocks) {
        out += "block " + b.block->id + " n=" + std::to_string(b.stats.count) + " mean=" + b.stats.mean.to_string(20) +
               " min=" + b.stats.min.to_string(20) + " max=" + b.stats.max.to_string(20) + "\n";
        for (std::size_t s = 0; s < b.stats.counted.size(); ++s) out += " counted " + std::to_string(b.stats.counted[s]);
        for (const UnitResult& u : b.units) {
            out += u.id + " " + u.points.to_string(20) + "/" + u.max.to_string(20) + " " + u.index.to_string(20) + " " +
                   u.published.to_string(20) + " #" + std::to_string(u.rank) + "/" + std::to_string(u.ranked_among) +
                   " " + u.group;
            for (const auto& [ladder, label] : u.classes) out += " " + ladder + "=" + label;
            for (const auto& f : u.flags) out += " !" + f;
            out += "\n";
            for (NodeId n = 0; n < b.nodes.nodes(); ++n)
                out += "  " + node_text(b.node(u, n)) + " " + assessed_text(b.assessed(u, n)) + "\n";
        }
    }
    return out;
}

// The reference once (its own thread invariance: OrderIndependence.*), the kernel on
// one and two threads.
void expect_same_run(const Plan& plan, const ScoreSheet& sheet, const std::string& what) {
    Diagnostics reference;
    const auto b = evaluate(plan, sheet, reference, EvaluateOptions{.check_year_and_locality = false, .kernel = false});
    const std::string expected_messages = messages(reference), expected_run = run_text(b);
    for (unsigned threads : {1u, 2u}) {
        Diagnostics with_kernel;
        const auto a = evaluate(plan, sheet, with_kernel, EvaluateOptions{.check_year_and_locality = false,
                                                                          .threads = threads, .kernel = true});
        ASSERT_EQ(messages(with_kernel), expected_messages) << what << ", " << threads << " thread(s)";
        ASSERT_EQ(run_text(a), expected_run) << what << ", " << threads << " thread(s)";
    }
}

TEST(EvaluateWithKernel, SameRunAsTheReferenceOnEveryBundledExample) {
    SourceSet sources;
    const std::vector<CompiledCriteria> criteria = bundled_criteria(sources);
    std::size_t pairs = 0;
    std::uint64_t seed = 101;
    for (const auto& path : files_under({"examples", "tests"}, ".yaml")) {
        Diagnostics diags;
        auto sheet = load_scores(sources, path, diags);
        if (!sheet || sheet->units.empty()) continue;
        for (const CompiledCriteria& c : criteria) {
            if (sheet->index != c.definition->index_id) continue;
            ++pairs;
            expect_same_run(c.plan, *sheet, c.definition->source->path() + " x " + path);
            ScoreSheet mutated = *sheet;
            ByteSource bytes(seed++);
            ScoreMutator(*c.definition, bytes).mutate(mutated, 1 + static_cast<int>(mutated.units.size()) / 2);
            expect_same_run(c.plan, mutated, c.definition->source->path() + " x " + path + " mutated");
        }
    }
    EXPECT_GT(pairs, 50u);
}

TEST(EvaluateWithKernel, SameRunAsTheReferenceOnTheNationalInput) {
    auto c = national_case(600, 4, 3);
    ASSERT_TRUE(c->ok()) << messages(c->diags);
    expect_same_run(c->criteria->plan, *c->sheet, "national");
    ScoreSheet mutated = *c->sheet;
    ByteSource bytes(29);
    ScoreMutator(c->def(), bytes).mutate(mutated, 150);
    expect_same_run(c->criteria->plan, mutated, "national mutated");
}

// A block of more units than one of evaluate()'s kernel ranges (512 rows on two
// threads): its ranges run apart and joined give the reference's run, as the one
// range of one thread does.
TEST(EvaluateWithKernel, SameRunWhenABlockIsRunInRanges) {
    auto c = national_case(2300, 1, 11);
    ASSERT_TRUE(c->ok()) << messages(c->diags);
    expect_same_run(c->criteria->plan, *c->sheet, "national, one block of 2,300");
}

}  // namespace
}  // namespace chiso::testing
