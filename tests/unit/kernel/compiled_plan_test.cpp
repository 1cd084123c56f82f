// The compiled plan: the common denominator, formulas as postfix code, operands.
#include <gtest/gtest.h>

#include "engine/plan/common_denominator.hpp"
#include "kernel_fixture.hpp"

namespace chiso::testing {
namespace {

TEST(CommonDenominator, LcmOfAmountsTimesAPowerOfTen) {
    EXPECT_EQ(common_denominator({Rational(1, 4), Rational(3, 2), Rational(10)}), 1'000'000);
    EXPECT_EQ(common_denominator({Rational(1, 3), Rational(7)}), 3'000'000);
    // 10^12 points x 10^6 would pass 2^52: fewer decimals, down to what fits.
    EXPECT_EQ(common_denominator({Rational(1'000'000'000'000)}), 1000);
    EXPECT_EQ(common_denominator({Rational(1, std::int64_t{1} << 53)}), std::nullopt);
    EXPECT_EQ(common_denominator({Rational(std::int64_t{1} << 53)}), std::nullopt);
}

TEST(CompiledPlan, OperandsOfTheDemo) {
    auto c = kernel_case(R"(block b "B" tree t
tree t "T" max 10 {
  item 1 "a" max 4
    levels { "tốt" -> max, "đạt" -> 50%, "kém" -> 0 }
  item 2 "b" max 3
    inputs x, y
    formula max * x / y
  item 3 "c" max 3
    bands { >= 80% -> max   >= 50% < 80% -> 1.5   < 50% -> 0 }
}
)", "  - id: u\n    name: u\n    block: b\n    scores: {\"1\": tốt, \"2\": {x: 1, y: 2}, \"3\": 90%}\n");
    ASSERT_TRUE(c->ok()) << render_all(c->diags, RenderOptions{Lang::En, true});
    const CompiledTree& t = c->compiled.trees[0];
    ASSERT_FALSE(t.declined);
    EXPECT_EQ(t.denominator, 1'000'000);
    ASSERT_EQ(t.steps.back().node, 0u);  // the root last
    const TreeDef& tree = c->def().trees[0];
    const CompiledLeaf& levels = t.leaves[t.leaf_of[tree.find("1")]];
    EXPECT_EQ(levels.op, LeafOp::Levels);
    EXPECT_EQ(levels.level_points_d, (std::vector<std::int64_t>{4'000'000, 2'000'000, 0}));
    const CompiledLeaf& formula = t.leaves[t.leaf_of[tree.find("2")]];
    ASSERT_EQ(formula.expr.code.size(), 5u);  // 3 x * y /
    EXPECT_EQ(formula.expr.code[0].op, ExprCode::Op::Const);
    EXPECT_EQ(formula.expr.code[1].op, ExprCode::Op::Slot);
    EXPECT_EQ(formula.expr.code[2].op, ExprCode::Op::Mul);
    EXPECT_EQ(formula.expr.code[3].slot, 1u);
    EXPECT_EQ(formula.expr.code[4].op, ExprCode::Op::Div);
    EXPECT_EQ(formula.expr.depth, 2u);
    EXPECT_EQ(formula.expr.shape, ExprCode::Shape::ScaledRatio);  // run in one exact step
    const CompiledLeaf& bands = t.leaves[t.leaf_of[tree.find("3")]];
    ASSERT_EQ(bands.bands.size(), 3u);
    EXPECT_EQ(bands.bands[1].points_d, 1'500'000);
    EXPECT_TRUE(bands.bands[1].upper.present);
    const CompiledStep& root = t.steps.back();
    EXPECT_EQ(root.children_end - root.children_begin, 3u);
}

}  // namespace
}  // namespace chiso::testing
