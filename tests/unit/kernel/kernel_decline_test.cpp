// The kernel declines — never miscomputes — what it cannot hold: a product beyond
// 64 bits, points whose denominator does not divide the tree's D; bind declines
// what the reference would report. A bonus over its cap is the one warning it
// keeps: it counts the cap and evaluate() gives the reference's warning. The declined
// units then get the reference's result and messages (engine/eval/evaluate_block.hpp).
#include <gtest/gtest.h>

#include "engine/eval/evaluate.hpp"
#include "engine/eval/evaluate_block.hpp"
#include "engine/eval/kernel_difference.hpp"
#include "engine/kernel/leaf_kernel.hpp"
#include "kernel_fixture.hpp"

namespace chiso::testing {
namespace {

const char* kFormulaTree = R"(block b "B" tree t
tree t "T" max 10 {
  item 1 "Tỷ lệ" max 4
    inputs a, b, c, d
    formula max * a * b / c / d
  item 2 "Có" max 6 yesno
  item 3 "Thưởng" bonus cap 1
}
)";

std::string unit(const std::string& id, const std::string& a, const std::string& b, const std::string& c,
                 const std::string& d, const std::string& extra = "") {
    return "  - id: " + id + "\n    name: \"" + id + "\"\n    block: b\n    scores:\n      \"1\": {a: " + a +
           ", b: " + b + ", c: " + c + ", d: " + d + "}\n      \"2\": có\n" + extra;
}

struct Ran {
    std::unique_ptr<KernelCase> c;
    BoundBlock bound;
    KernelBlock kernel;
    std::optional<Results> results;  // evaluate(): the kernel, then the reference for what it declined
    Diagnostics diags;

    const UnitResult* unit(const std::string& id) const {
        if (!results) return nullptr;
        for (const UnitResult& u : results->blocks[0].units)
            if (u.id == id) return &u;
        return nullptr;
    }
    std::size_t accepted() const {
        std::size_t n = 0;
        for (std::uint8_t a : kernel.accepted) n += a;
        return n;
    }
};

std::unique_ptr<Ran> run_block(const std::string& criteria, const std::string& units) {
    auto r = std::make_unique<Ran>();
    r->c = kernel_case(criteria, units);
    EXPECT_TRUE(r->c->ok()) << render_all(r->c->diags, RenderOptions{Lang::En, true});
    if (!r->c->ok()) return r;
    const BlockDef& block = r->c->def().blocks[0];
    const TreePlan& plan = r->c->criteria->plan.trees[block.tree];
    const CompiledTree& tree = r->c->compiled.trees[block.tree];
    const CodeLookup codes(*plan.tree, &plan);
    std::vector<std::uint32_t> rows(r->c->sheet->units.size());
    for (std::uint32_t i = 0; i < rows.size(); ++i) rows[i] = i;
    r->bound = bind_block(tree, block, *r->c->sheet, rows, codes);
    r->kernel = run_kernel(tree, r->bound);
    r->results = evaluate(r->c->criteria->plan, *r->c->sheet, r->diags, EvaluateOptions{.check_year_and_locality = false});
    EXPECT_EQ(compare_kernel(r->c->criteria->plan, r->c->compiled, *r->c->sheet).difference, "");
    return r;
}

TEST(KernelDecline, DenominatorNotDividingD) {
    // u1: 4 x 1 x 1 / 3 / 1 = 4/3 points, not whole over D = 10^6: the row is held
    // fixed over its own denominator 3 x 10^6. u3: 4 / 1000000000039 would need a row
    // denominator beyond 2^60 / the largest amount: the fixed form declines it and
    // the kernel holds it as an exact row (exact_row.hpp).
    auto r = run_block(kFormulaTree, unit("u1", "1", "1", "3", "1") + unit("u2", "1", "1", "4", "1") +
                                         unit("u3", "1", "1", "1000000000039", "1"));
    ASSERT_EQ(r->kernel.accepted.size(), 3u);
    EXPECT_EQ(r->kernel.accepted[0], 1);
    EXPECT_FALSE(r->kernel.columns.is_exact(0));
    EXPECT_EQ(r->kernel.columns.row_denominator(0), 3'000'000);
    EXPECT_EQ(r->kernel.columns.points(0, 0), Rational(4, 3) + Rational(6));
    EXPECT_EQ(r->kernel.accepted[1], 1);  // 1 point: whole over D
    EXPECT_EQ(r->kernel.columns.row_denominator(1), 1'000'000);
    EXPECT_EQ(r->kernel.accepted[2], 1);
    EXPECT_TRUE(r->kernel.columns.is_exact(2));
    EXPECT_EQ(r->kernel.columns.points(2, 0), Rational(4, 1000000000039) + Rational(6));
    EXPECT_EQ(r->accepted(), 3u);
    ASSERT_NE(r->unit("u1"), nullptr);
    EXPECT_EQ(r->unit("u1")->points, Rational(4, 3) + Rational(6));
    EXPECT_EQ(r->unit("u2")->points, Rational(7));
    EXPECT_TRUE(r->diags.items().empty());
}

TEST(KernelDecline, FixedFormDeclinesWhatIsNotWholeOverD) {
    auto c = kernel_case(kFormulaTree, unit("u1", "1", "1", "3", "1"));
    ASSERT_TRUE(c->ok());
    const CompiledTree& tree = c->compiled.trees[0];
    const CodeLookup codes(c->def().trees[0], &c->criteria->plan.trees[0]);
    const BoundBlock bound = bind_block(tree, c->def().blocks[0], *c->sheet, {0}, codes);
    const CompiledLeaf& leaf = tree.leaves[tree.leaf_of[c->def().trees[0].find("1")]];
    const CompiledNode& node = tree.nodes[c->def().trees[0].find("1")];
    std::vector<fixed::Fraction> stack(leaf.expr.depth);
    const kernel::LeafInput in{leaf, node, tree.denominator, 0,
                               bound.slots.data() + bound.slot_base[tree.leaf_of[c->def().trees[0].find("1")]],
                               bound.rows, stack.data()};
    std::int64_t points_d = 0;
    EXPECT_FALSE(kernel::leaf_points(in, points_d));
    fixed::Fraction exact;
    ASSERT_TRUE(kernel::leaf_fraction(in, exact));
    EXPECT_EQ(fixed::reduced(exact).num, 4);
    EXPECT_EQ(fixed::reduced(exact).den, 3);
}

TEST(KernelDecline, ProductBeyond64Bits) {
    // a x b = 2^64 overflows; the reference's value is 4 x 2^64 / 2^32 / 2^32 = 4.
    const std::string big = "4294967296";
    auto r = run_block(kFormulaTree, unit("u1", big, big, big, big));
    EXPECT_EQ(r->kernel.accepted[0], 0);  // neither form holds 2^64
    EXPECT_EQ(r->accepted(), 0u);
    ASSERT_NE(r->unit("u1"), nullptr);
    EXPECT_EQ(r->unit("u1")->points, Rational(10));
}

TEST(KernelDecline, CappedBonusCountsTheCapWithTheReferencesWarning) {
    // u1's bonus 2 is over its cap 1: the kernel counts 1, flags the cell capped and
    // marks the row warned; evaluate() gives the reference's warning, at the value.
    // u3's bonus is exactly its cap: counted, neither capped nor warned.
    auto r = run_block(kFormulaTree, unit("u1", "1", "1", "4", "1", "      \"3\": 2\n") +
                                         unit("u2", "1", "1", "4", "1", "      \"3\": 0.5\n") +
                                         unit("u3", "1", "1", "4", "1", "      \"3\": 1\n"));
    ASSERT_EQ(r->kernel.accepted.size(), 3u);
    EXPECT_EQ(r->kernel.accepted[0], 1);
    EXPECT_EQ(r->kernel.warned[0], 1);
    EXPECT_EQ(r->kernel.accepted[1], 1);
    EXPECT_EQ(r->kernel.warned[1], 0);
    EXPECT_EQ(r->kernel.warned[2], 0);  // exactly the cap: not over it, no warning
    EXPECT_TRUE(r->kernel.columns.at(0, 3).capped);
    EXPECT_FALSE(r->kernel.columns.at(2, 3).capped);
    ASSERT_EQ(r->diags.items().size(), 1u);
    EXPECT_FALSE(r->diags.has_errors());
    EXPECT_STREQ(r->diags.items()[0].message->id, "eval.capped");
    EXPECT_EQ(r->diags.items()[0].loc.line, 11u);  // u1's "3": 2
    ASSERT_NE(r->unit("u1"), nullptr);
    EXPECT_EQ(r->unit("u1")->points, Rational(8));
    ASSERT_NE(r->unit("u2"), nullptr);
    EXPECT_EQ(r->unit("u2")->points, Rational(15, 2));
    // The same messages, rendered, as the reference alone gives.
    Diagnostics reference;
    const auto alone = evaluate(r->c->criteria->plan, *r->c->sheet, reference,
                                EvaluateOptions{.check_year_and_locality = false, .kernel = false});
    ASSERT_TRUE(alone.has_value());
    EXPECT_EQ(render_all(r->diags, RenderOptions{Lang::En, true}), render_all(reference, RenderOptions{Lang::En, true}));
}

TEST(KernelDecline, CappedBonusInAnExactRow) {
    // u1's formula is 4/1000000000039 (an exact row) and its bonus over its cap: the
    // exact form counts the cap and flags it as the fixed form does.
    auto r = run_block(kFormulaTree, unit("u1", "1", "1", "1000000000039", "1", "      \"3\": 3\n"));
    ASSERT_EQ(r->kernel.accepted.size(), 1u);
    EXPECT_EQ(r->kernel.accepted[0], 1);
    EXPECT_TRUE(r->kernel.columns.is_exact(0));
    EXPECT_EQ(r->kernel.warned[0], 1);
    EXPECT_TRUE(r->kernel.columns.at(0, 3).capped);
    ASSERT_EQ(r->diags.items().size(), 1u);
    EXPECT_STREQ(r->diags.items()[0].message->id, "eval.capped");
}

TEST(KernelDecline, BindDeclinesWhatTheReferenceReports) {
    const std::string units =
        unit("unknown_code", "1", "1", "4", "1", "      \"9\": 1\n") +
        "  - id: missing\n    name: \"m\"\n    block: b\n    scores:\n      \"2\": có\n" +
        "  - id: wrong_kind\n    name: \"w\"\n    block: b\n    scores:\n      \"1\": {a: 1, b: 1, c: 4, d: 1}\n      \"2\": 5\n" +
        unit("fine", "1", "1", "4", "1");
    auto r = run_block(kFormulaTree, units);
    ASSERT_EQ(r->bound.rows, 4u);
    EXPECT_EQ(r->bound.declined[0], 1);  // unknown code 9
    EXPECT_EQ(r->bound.declined[1], 1);  // 1 missing
    EXPECT_EQ(r->bound.declined[2], 1);  // a number for yes/no
    EXPECT_EQ(r->bound.declined[3], 0);
    EXPECT_FALSE(r->results.has_value());
    EXPECT_TRUE(r->diags.has_errors());
}

TEST(KernelDecline, MasksOfSelfAppraisedAndGiven) {
    const std::string criteria = R"(block b "B" tree t
tree t "T" max 10 {
  area A "A" max 6 {
    item A.1 "x" max 3
    item A.2 "y" max 3
  }
  item B "z" max 4
}
)";
    const std::string units =
        "  - id: u\n    name: \"u\"\n    block: b\n    scores:\n      \"A\": 5\n      \"B\": {tự_chấm: 4, thẩm_định: 3}\n";
    auto r = run_block(criteria, units);
    const TreeDef& tree = r->c->def().trees[0];
    const auto state = [&](const char* code) { return r->bound.state[tree.find(code) * r->bound.rows]; };
    EXPECT_EQ(state("A") & BoundBlock::kGiven, BoundBlock::kGiven);
    EXPECT_EQ(r->bound.cell(tree.find("A.1"), 0), CellState::Covered);
    EXPECT_EQ(state("B") & (BoundBlock::kSelf | BoundBlock::kAppraised), BoundBlock::kSelf | BoundBlock::kAppraised);
    ASSERT_EQ(r->kernel.accepted[0], 1);
    // evaluate() leaves a unit with self-assessed or appraised values to the reference,
    // which records those points; the result is the same.
    ASSERT_NE(r->unit("u"), nullptr);
    EXPECT_EQ(r->unit("u")->points, Rational(8));
    EXPECT_EQ(r->results->blocks[0].node(*r->unit("u"), tree.find("A")).source, NodeSource::Given);
}

}  // namespace
}  // namespace chiso::testing

namespace chiso::testing {
namespace {

// Weighted sums: children of one maximum are one integer quotient (area B, with and
// without a child not applicable), children of different maxima the fraction form
// (area A); both accepted, both the reference's result (run_block compares them).
TEST(KernelWeighted, SameAndDifferentMaxima) {
    const char* criteria = R"(block b "B" tree t
tree t "T" max 30 {
  area A "A" max 20 weighted {
    criterion A.1 "A.1" max 10 weight 50%
    criterion A.2 "A.2" max 10 weight 30%
    criterion A.3 "A.3" max 5 weight 20%
  }
  area B "B" max 10 weighted {
    criterion B.1 "B.1" max 10 weight 60%
    criterion B.2 "B.2" max 10 weight 40% optional
  }
}
)";
    const auto u = [](const std::string& id, const std::string& b2) {
        return "  - id: " + id + "\n    name: \"" + id + "\"\n    block: b\n    scores:\n      \"A.1\": 8\n" +
               "      \"A.2\": 6\n      \"A.3\": 5\n      \"B.1\": 5\n      \"B.2\": " + b2 + "\n";
    };
    const auto r = run_block(criteria, u("u1", "không áp dụng") + u("u2", "10") + u("u3", "3.7"));
    ASSERT_TRUE(r->c->ok());
    ASSERT_EQ(r->kernel.accepted_count(), 3u);
    const NodeId a = r->c->def().trees[0].find("A"), b = r->c->def().trees[0].find("B");
    EXPECT_EQ(r->kernel.columns.points(0, a), Rational(78, 5));  // 20 x (0.4 + 0.18 + 0.2)
    EXPECT_EQ(r->kernel.columns.points(0, b), Rational(5));       // B.2 shared out: 10 x 0.5
    EXPECT_EQ(r->kernel.columns.points(1, b), Rational(7));       // 10 x (0.3 + 0.4)
    EXPECT_EQ(r->kernel.columns.points(2, b), Rational(112, 25));  // 10 x (0.3 + 0.148)
}

}  // namespace
}  // namespace chiso::testing
