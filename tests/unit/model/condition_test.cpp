// CondDef: conditions resolved to typed predicates bound per tree, and the one
// extraction of their bounds that the checker and the charts share.
#include <gtest/gtest.h>

#include "engine/model/bind_condition.hpp"
#include "engine/model/condition_bounds.hpp"
#include "engine/model/interval_analysis.hpp"
#include "model_fixture.hpp"

namespace chiso {
namespace {

// Two trees of 100 and 50 points, published in points: a percentage is per tree.
std::unique_ptr<model_test::Compiled> two_trees(const std::string& ladder) {
    return model_test::compile(
        "publish points\nblock a \"A\" tree lon\nblock b \"B\" tree nho\n"
        "tree lon \"L\" max 100 {\n  item 1 \"X\" max 60\n  item 2 \"Y\" max 40\n}\n"
        "tree nho \"N\" max 50 {\n  item 2 \"Y\" max 50\n}\n"
        "ladder l \"L\" {\n" + ladder + "\n}\n");
}

const CondDef& rung(const model_test::Compiled& c, std::size_t i, std::size_t section = 0) {
    return *c.def().ladders[0].sections[section].rungs[i].when;
}

TEST(CondDef, APercentageIsScaledOnceInEveryTree) {
    auto c = two_trees("  \"Tốt\" when index >= 80%\n  \"Khác\" otherwise");
    const CondDef& when = rung(*c, 0);
    ASSERT_EQ(when.kind, CondDef::Kind::Compare);
    ASSERT_EQ(when.chain.size(), 1u);
    const CondValue& n = when.chain[0].rhs;
    EXPECT_EQ(n.kind, Measure::Number);
    ASSERT_EQ(n.scaled.size(), 2u);
    EXPECT_EQ(n.scaled[0], Rational(80));  // of 100 points
    EXPECT_EQ(n.scaled[1], Rational(40));  // of 50 points
    EXPECT_EQ(when.written, "index >= 80%");
}

TEST(CondDef, ANodeIsBoundInEachTreeAndAbsentWhereTheTreeLacksIt) {
    // Used for block a only (tree lon): node 1 need not exist in nho, and is bound to nothing there.
    auto c = two_trees("  \"Khác\" otherwise\n  block a {\n    \"Tốt\" when points(1) >= 50% or index(2) > 90\n  }");
    const CondDef& when = rung(*c, 0, 1);
    ASSERT_EQ(when.kind, CondDef::Kind::Any);
    ASSERT_EQ(when.parts.size(), 2u);
    const CondValue& p1 = when.parts[0].chain[0].lhs;
    EXPECT_EQ(p1.node, (std::vector<NodeId>{1, kNoNode}));
    EXPECT_EQ(p1.node.size(), 2u);
    EXPECT_EQ(when.parts[0].chain[0].rhs.scaled[0], Rational(30));  // 50% of node 1's 60 points
    const CondValue& i2 = when.parts[1].chain[0].lhs;
    EXPECT_EQ(i2.node, (std::vector<NodeId>{2, 1}));
    EXPECT_TRUE(names_known_nodes(when, 0));
    EXPECT_FALSE(names_known_nodes(when, 1));
}

TEST(CondDef, AShareOfTheRankWaitsForTheUnitsRanked) {
    auto c = two_trees("  \"Đầu\" when rank <= 10%\n  \"Khác\" otherwise");
    const CondValue& n = rung(*c, 0).chain[0].rhs;
    EXPECT_TRUE(n.rank_share);
    EXPECT_TRUE(n.scaled.empty());
}

TEST(CondDef, AChainIsOneComparisonPerLink) {
    auto c = two_trees("  \"Tốt\" when 80 <= index < 90\n  \"Khác\" otherwise");
    const CondDef& when = rung(*c, 0);
    ASSERT_EQ(when.chain.size(), 2u);
    EXPECT_EQ(when.chain[0].lhs.kind, Measure::Number);
    EXPECT_EQ(when.chain[0].cmp, Cmp::Le);
    EXPECT_EQ(when.chain[1].lhs.kind, Measure::Index);
    EXPECT_EQ(when.chain[1].cmp, Cmp::Lt);
}

TEST(ConditionBounds, TheIndexIntervalOfAChainPerTree) {
    auto c = two_trees("  \"Tốt\" when 80% <= index < 90%\n  \"Khác\" otherwise");
    const auto lon = index_interval(rung(*c, 0), 0);
    const auto nho = index_interval(rung(*c, 0), 1);
    ASSERT_TRUE(lon && nho);
    EXPECT_EQ(interval_text(*lon), "[80, 90)");
    EXPECT_EQ(interval_text(*nho), "[40, 45)");
}

TEST(ConditionBounds, OnlyConditionsOnTheIndexAloneHaveAnInterval) {
    auto c = two_trees(
        "  \"A\" when index >= 90 and flag \"x\"\n  \"B\" when index >= 80 or index < 10\n"
        "  \"C\" when index > 50 and index >= 60\n  \"D\" when index = 40\n  \"E\" when points > 30\n"
        "  \"F\" otherwise");
    EXPECT_FALSE(index_interval(rung(*c, 0), 0));  // a flag
    EXPECT_FALSE(index_interval(rung(*c, 1), 0));  // `or`
    EXPECT_FALSE(index_interval(rung(*c, 2), 0));  // two lower bounds
    const auto point = index_interval(rung(*c, 3), 0);
    ASSERT_TRUE(point);
    EXPECT_EQ(point->lower->cmp, Cmp::Eq);
    EXPECT_FALSE(index_interval(rung(*c, 4), 0));  // points, not the index
}

TEST(ConditionBounds, BoundsPutTheMeasureOnTheLeftAndMarkWhatElseItNeeds) {
    auto c = two_trees("  \"A\" when 90 <= index and rank <= 3 and index(2) > 50\n  \"B\" otherwise");
    const ConditionBounds b = condition_bounds(rung(*c, 0), 0);
    ASSERT_EQ(b.bounds.size(), 2u);
    EXPECT_EQ(b.bounds[0].on, Measure::Index);
    EXPECT_EQ(b.bounds[0].cmp, Cmp::Ge);  // `90 <= index` is `index >= 90`
    EXPECT_EQ(b.bounds[0].value, Rational(90));
    EXPECT_EQ(b.bounds[1].on, Measure::Rank);
    EXPECT_EQ(b.bounds[1].cmp, Cmp::Le);
    EXPECT_TRUE(b.other);  // index(2) cannot be drawn on a bar of the index
}

TEST(BindCondition, RebindingToAnotherDefinitionFollowsItsTreesAndScales) {
    auto old_c = two_trees("  \"Tốt\" when index >= 80% and points(2) > 10\n  \"Khác\" otherwise");
    auto new_c = model_test::compile(
        "publish points\nblock a \"A\" tree lon\ntree lon \"L\" max 200 {\n  item 2 \"Y\" max 150\n  item 3 \"Z\" max 50\n}\n"
        "ladder l \"L\" {\n  \"Khác\" otherwise\n}\n");
    CondDef when = rung(*old_c, 0);
    bind_condition(when, new_c->def());
    EXPECT_EQ(when.parts[0].chain[0].rhs.scaled, (std::vector<Rational>{Rational(160)}));
    EXPECT_EQ(when.parts[1].chain[0].lhs.node, (std::vector<NodeId>{1}));
    EXPECT_TRUE(names_known_nodes(when, 0));
}

}  // namespace
}  // namespace chiso
