// Normalisation across units (docs/language.md §15d): the arithmetic of each method,
// exactly, the populations (blocks, degenerate cases) and the order of the passes.
#include <gtest/gtest.h>

#include "engine/model/normalise.hpp"
#include "engine_fixture.hpp"

using chiso::testing::run;

namespace {

// One block of three units with one normalised leaf `1` (max 10) and a plain leaf `2`.
std::string tree_with(const std::string& attribute) {
    return "block b \"B\" tree t\ntree t \"T\" max 20 {\n  item 1 \"Một\" max 10 " + attribute +
           "\n  item 2 \"Hai\" max 10\n}\n";
}

std::string units(const std::string& a, const std::string& b, const std::string& c) {
    return "  - {id: u-a, name: \"A\", block: b, scores: {\"1\": " + a + ", \"2\": 5}}\n"
           "  - {id: u-b, name: \"B\", block: b, scores: {\"1\": " + b + ", \"2\": 5}}\n"
           "  - {id: u-c, name: \"C\", block: b, scores: {\"1\": " + c + ", \"2\": 5}}\n";
}

}  // namespace

TEST(Normalise, FormulasAreExact) {
    chiso::NormaliseDef n;
    n.from = chiso::Rational(1);
    n.to = chiso::Rational(10);
    // DDCI's positive indicator: (7.2 − 4.1) ÷ (8.9 − 4.1) × 9 + 1 = 6.8125, exactly.
    const auto x = *chiso::Rational::parse_decimal("7.2");
    const auto lo = *chiso::Rational::parse_decimal("4.1");
    const auto hi = *chiso::Rational::parse_decimal("8.9");
    EXPECT_EQ(chiso::normalised_points(n, x, lo, hi).to_string(6), "6.8125");
    n.lower_better = true;  // (8.9 − 7.2) ÷ 4.8 × 9 + 1 = 4.1875
    EXPECT_EQ(chiso::normalised_points(n, x, lo, hi).to_string(6), "4.1875");
    EXPECT_EQ(chiso::normalised_points(n, lo, lo, hi).to_string(), "10");
    EXPECT_EQ(chiso::normalised_points(n, hi, lo, hi).to_string(), "1");
    // Rank 2 of 4: 1 + (4 − 2) ÷ 3 × 9 = 7.
    EXPECT_EQ(chiso::rank_points(n, 2, 4).to_string(), "7");
    EXPECT_EQ(chiso::rank_points(n, 1, 4).to_string(), "10");
    EXPECT_EQ(chiso::rank_points(n, 4, 4).to_string(), "1");
}

TEST(Normalise, MinMaxOverTheBlock) {
    auto r = run(tree_with("normalise minmax 1 to 10"), units("4.1", "7.2", "8.9"));
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->points("u-a", "1"), "1");
    EXPECT_EQ(r->points("u-b", "1"), "6.8125");
    EXPECT_EQ(r->points("u-c", "1"), "10");
    // The raw value is not limited to the maximum (45 days against a maximum of 10).
    auto days = run(tree_with("normalise minmax 1 to 10 lower better"), units("45", "15", "5"));
    ASSERT_TRUE(days->results) << days->messages();
    EXPECT_EQ(days->points("u-a", "1"), "1");
    EXPECT_EQ(days->points("u-b", "1"), "7.75");
    EXPECT_EQ(days->points("u-c", "1"), "10");
}

TEST(Normalise, GoalpostsLimitAndWarn) {
    auto r = run(tree_with("normalise goalposts 0 to 50 onto 1 to 10"), units("60", "25", "0"));
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->points("u-a", "1"), "10");
    EXPECT_EQ(r->points("u-b", "1"), "5.5");
    EXPECT_EQ(r->points("u-c", "1"), "1");
    EXPECT_NE(r->messages().find("`1` comes to 60, beyond its limit 50"), std::string::npos) << r->messages();
}

TEST(Normalise, RankSharesTies) {
    auto r = run(tree_with("normalise rank 0 to 10"), units("3", "7", "7"));
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->points("u-b", "1"), "10");  // both rank 1 of 3
    EXPECT_EQ(r->points("u-c", "1"), "10");
    EXPECT_EQ(r->points("u-a", "1"), "0");  // rank 3 of 3
}

TEST(Normalise, DegeneratePopulation) {
    auto declared = run(tree_with("normalise minmax 1 to 10 if equal -> 5.5"), units("4", "4", "4"));
    ASSERT_TRUE(declared->results) << declared->messages();
    EXPECT_EQ(declared->points("u-a", "1"), "5.5");
    auto refused = run(tree_with("normalise minmax 1 to 10"), units("4", "4", "4"));
    EXPECT_FALSE(refused->results);
    EXPECT_NE(refused->messages().find("eval.normalise-equal"), std::string::npos) << refused->messages();
}

TEST(Normalise, NestedNormalisationsInLevels) {
    // Node 1 is normalised over its children, which are normalised themselves: its raw
    // value is the sum of their normalised points.
    const std::string criteria =
        "block b \"B\" tree t\ntree t \"T\" max 10 {\n"
        "  area 1 \"Một\" max 10 normalise minmax 0 to 10 {\n"
        "    item 1.1 \"a\" max 5 normalise minmax 0 to 5\n"
        "    item 1.2 \"b\" max 5 normalise minmax 0 to 5 lower better\n  }\n}\n";
    const std::string scores =
        "  - {id: u-a, name: \"A\", block: b, scores: {\"1.1\": 10, \"1.2\": 10}}\n"  // 0 + 5 = 5
        "  - {id: u-b, name: \"B\", block: b, scores: {\"1.1\": 20, \"1.2\": 30}}\n"  // 5 + 0 = 5
        "  - {id: u-c, name: \"C\", block: b, scores: {\"1.1\": 15, \"1.2\": 10}}\n"; // 2.5 + 5 = 7.5
    auto r = run(criteria, scores);
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->points("u-a", "1.1"), "0");
    EXPECT_EQ(r->points("u-c", "1.1"), "2.5");
    EXPECT_EQ(r->points("u-a", "1"), "0");   // raw 5: the minimum
    EXPECT_EQ(r->points("u-b", "1"), "0");
    EXPECT_EQ(r->points("u-c", "1"), "10");  // raw 7.5: the maximum
}

TEST(Normalise, UnitOrderChangesNothing) {
    auto forward = run(tree_with("normalise minmax 1 to 10"), units("4.1", "7.2", "8.9"));
    auto shuffled = run(tree_with("normalise minmax 1 to 10"),
                        "  - {id: u-c, name: \"C\", block: b, scores: {\"1\": 8.9, \"2\": 5}}\n"
                        "  - {id: u-a, name: \"A\", block: b, scores: {\"1\": 4.1, \"2\": 5}}\n"
                        "  - {id: u-b, name: \"B\", block: b, scores: {\"1\": 7.2, \"2\": 5}}\n");
    ASSERT_TRUE(forward->results && shuffled->results);
    for (const char* id : {"u-a", "u-b", "u-c"}) EXPECT_EQ(forward->points(id, "1"), shuffled->points(id, "1"));
}

TEST(Normalise, BlocksArePopulationsOfTheirOwnUnlessPooled) {
    const std::string two = "block b \"B\" tree t\nblock c \"C\" tree t\ntree t \"T\" max 10 {\n  item 1 \"Một\" max 10 ";
    const std::string scores =
        "  - {id: u-a, name: \"A\", block: b, scores: {\"1\": 2}}\n"
        "  - {id: u-b, name: \"B\", block: b, scores: {\"1\": 4}}\n"
        "  - {id: u-c, name: \"C\", block: c, scores: {\"1\": 6}}\n"
        "  - {id: u-d, name: \"D\", block: c, scores: {\"1\": 10}}\n";
    auto own = run(two + "normalise minmax 0 to 10\n}\n", scores);
    ASSERT_TRUE(own->results) << own->messages();
    EXPECT_EQ(own->points("u-b", "1"), "10");
    EXPECT_EQ(own->points("u-c", "1"), "0");
    auto pooled = run(two + "normalise minmax 0 to 10 over blocks b, c\n}\n", scores);
    ASSERT_TRUE(pooled->results) << pooled->messages();
    EXPECT_EQ(pooled->points("u-b", "1"), "2.5");
    EXPECT_EQ(pooled->points("u-c", "1"), "5");
}

TEST(Normalise, ANodeWithoutANumberIsRefused) {
    auto r = chiso::testing::check_only(tree_with("normalise minmax 1 to 10 yesno"));
    EXPECT_NE(r->messages().find("check.normalise-not-number"), std::string::npos) << r->messages();
}
