// Resolve and check: definitions that parse but are wrong.
#include <gtest/gtest.h>

#include "engine_fixture.hpp"

using chiso::testing::check_only;

namespace {

std::string errors_of(const std::string& body) {
    auto r = check_only(body);
    return r->criteria ? "" : r->messages();
}

bool reports(const std::string& body, const std::string& id) {
    return errors_of(body).find("[" + id + "]") != std::string::npos;
}

}  // namespace

TEST(Check, ChildrenMaximaMustAddUp) {
    const std::string body = "block b \"B\"\ntree t \"T\" max 100 { area 1 \"a\" max 60  area 2 \"b\" max 30 }\n";
    EXPECT_EQ(errors_of(body),
              "t.chiso:5:1: error: the maxima of the top-level nodes of tree `t` add up to 90, not 100; fix the points or "
              "write `unchecked` if intended [check.max-sum-mismatch-tree]\n"
              "  tree t \"T\" max 100 { area 1 \"a\" max 60  area 2 \"b\" max 30 }\n  ^\n");
    EXPECT_EQ(errors_of("block b \"B\"\ntree t \"T\" max 100 unchecked { area 1 \"a\" max 60  area 2 \"b\" max 30 }\n"),
              "");
}

TEST(Check, WeightsMustAddUpTo100Percent) {
    EXPECT_TRUE(reports("block b \"B\"\ntree t \"T\" max 100 weighted { area 1 \"a\" max 10 weight 50%  area 2 \"b\" max 10 weight 40% }\n",
                        "check.weights-sum"));
    EXPECT_TRUE(reports("block b \"B\"\ntree t \"T\" max 100 weighted { area 1 \"a\" max 10 weight 50%  area 2 \"b\" max 10 }\n",
                        "check.missing-weight"));
    EXPECT_TRUE(reports("block b \"B\"\ntree t \"T\" max 20 { area 1 \"a\" max 10 weight 50%  area 2 \"b\" max 10 }\n",
                        "check.weight-without-composite"));
}

TEST(Check, BandsWithGapOrOverlap) {
    EXPECT_TRUE(reports("block b \"B\"\ntree t \"T\" max 4 { item 1 \"a\" max 4 bands { >= 100% -> max  >= 80% < 90% -> 2  < 80% -> 0 } }\n",
                        "check.band-gap"));
    EXPECT_TRUE(reports("block b \"B\"\ntree t \"T\" max 4 { item 1 \"a\" max 4 bands { >= 80% -> max  >= 50% <= 80% -> 2  < 50% -> 0 } }\n",
                        "check.band-overlap"));
    EXPECT_TRUE(reports("block b \"B\"\ntree t \"T\" max 4 { item 1 \"a\" max 4 bands { >= 80% -> 5  < 80% -> 0 } }\n",
                        "check.amount-above-max"));
}

TEST(Check, LaddersWithGapOverlapOrUnreachableRung) {
    const std::string base = "block b \"B\"\ntree t \"T\" max 100\n";
    EXPECT_EQ(errors_of(base + "ladder x \"X\" { \"Tốt\" when index >= 90  \"Khá\" when 70 <= index < 80  \"Yếu\" when index < 70 }\n"),
              "t.chiso:6:40: error: ladder `x` classifies no index in [80, 90): add a rung or `otherwise` [check.ladder-gap]\n"
              "  ladder x \"X\" { \"Tốt\" when index >= 90  \"Khá\" when 70 <= index < 80  \"Yếu\" when index < 70 }\n"
              "                                         ^\n");
    EXPECT_TRUE(reports(base + "ladder x \"X\" { \"Tốt\" when index >= 80  \"Khá\" when index <= 80 }\n", "check.ladder-overlap"));
    EXPECT_TRUE(reports(base + "ladder x \"X\" { \"A\" otherwise  \"B\" when index > 5 }\n", "check.unreachable-rung"));
    EXPECT_TRUE(reports(base + "ladder x \"X\" { \"A\" when index >= 120  \"B\" when index < 120 }\n",
                        "check.threshold-outside-scale"));
    EXPECT_EQ(errors_of(base + "ladder x \"X\" { \"A\" when index >= 90 \"B\" otherwise }\n"), "");
}

TEST(Resolve, NamesMustLeadSomewhere) {
    EXPECT_TRUE(reports("block b \"B\"\ntree t \"T\" max 10 { item 1 \"a\" max 5  item 1 \"b\" max 5 }\n", "resolve.duplicate-code"));
    EXPECT_TRUE(reports("block b \"B\" tree tt\ntree t \"T\" max 10\n", "resolve.unknown-tree"));
    EXPECT_TRUE(reports("block b \"B\"\ntree t \"T\" max 10\ntree u \"U\" max 10\n", "resolve.block-needs-tree"));
    EXPECT_TRUE(reports("block b \"B\" tree t\ntree t \"T\" max 10\ntree u \"U\" max 10\n", "resolve.tree-unused"));
    EXPECT_TRUE(reports("block b \"B\"\ntree t \"T\" max 10\nladder x \"X\" { block bb { \"A\" otherwise } }\n",
                        "resolve.unknown-block"));
    EXPECT_TRUE(reports("block b \"B\"\ntree t \"T\" max 10 { item 1 \"a\" max 10 }\nladder x \"X\" { \"A\" when points(2) > 1 }\n",
                        "resolve.unknown-code"));
    EXPECT_TRUE(reports("block b \"B\"\ntree t \"T\" max 10 { item 1 \"a\" }\n", "resolve.missing-max"));
    EXPECT_TRUE(reports("block b \"B\"\ntree t \"T\" max 10 { item 1 \"a\" max 10 inputs x formula y * 2 }\n",
                        "resolve.unknown-input"));
    EXPECT_TRUE(reports("tree t \"T\" max 10\n", "resolve.no-block"));
}

// A resolve error does not hide the structure errors of what resolved (finding 6),
// and what depends on the broken item is not checked (no cascades).
TEST(Resolve, ErrorsDoNotHideStructureErrors) {
    const std::string tree = "tree t \"T\" max 100 { area 1 \"a\" max 60  area 2 \"b\" max 30 }\n";
    const std::string ladder = "ladder x \"X\" { \"A\" when index >= 80  \"B\" when index <= 80 }\n";
    const std::string both = errors_of("block b \"B\" exclude 9\n" + tree + ladder);
    EXPECT_NE(both.find("[resolve.unknown-code]"), std::string::npos) << both;
    EXPECT_NE(both.find("[check.max-sum-mismatch-tree]"), std::string::npos) << both;
    EXPECT_NE(both.find("[check.ladder-overlap]"), std::string::npos) << both;
    // A tree with a resolve error is not checked (its sums would be wrong), nor, with
    // points published, the ladders whose scale depends on its block.
    const std::string broken = errors_of("publish points\nblock b \"B\"\ntree t \"T\" max 100 { area 1 \"a\" max 60  area 1 \"b\" max 30 }\n"
                                         "ladder x \"X\" { \"A\" when index >= 80  \"B\" when index < 80 }\n");
    EXPECT_NE(broken.find("[resolve.duplicate-code]"), std::string::npos) << broken;
    EXPECT_EQ(broken.find("[check."), std::string::npos) << broken;
    // A ladder section naming an unknown block has no known scale: not checked.
    const std::string unknown_block =
        errors_of("publish points\nblock b \"B\"\ntree t \"T\" max 10\nladder x \"X\" { block bb { \"A\" when index >= 5 } }\n");
    EXPECT_NE(unknown_block.find("[resolve.unknown-block]"), std::string::npos) << unknown_block;
    EXPECT_EQ(unknown_block.find("[check."), std::string::npos) << unknown_block;
}
