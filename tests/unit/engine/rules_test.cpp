// Leaf rules: each kind turns an entered value into exact points.
#include <gtest/gtest.h>

#include "engine_fixture.hpp"

using chiso::testing::run;

namespace {

std::string one_leaf(const std::string& leaf) {
    return "block b \"B\"\ntree t \"T\" max 10 unchecked {\n  item 1 \"Một\" " + leaf + "\n}\n";
}

std::string unit_with(const std::string& value) {
    return "  - {id: u, name: \"Đơn vị\", block: b, scores: {\"1\": " + value + "}}\n";
}

std::string points_of(const std::string& leaf, const std::string& value) {
    auto r = run(one_leaf(leaf), unit_with(value));
    if (!r->results) return "error: " + r->messages();
    return r->points("u", "1");
}

}  // namespace

TEST(Rules, PointsEnteredDirectly) { EXPECT_EQ(points_of("max 10", "7.25"), "7.25"); }

TEST(Rules, YesNo) {
    EXPECT_EQ(points_of("max 10 yesno", "có"), "10");
    EXPECT_EQ(points_of("max 10 yesno", "không"), "0");
}

TEST(Rules, GradedLevels) {
    const std::string rule = "max 10 levels { \"xuất sắc\" -> max, \"tốt\" -> 75%, \"hoàn thành\" -> 5 }";
    EXPECT_EQ(points_of(rule, "xuất sắc"), "10");
    EXPECT_EQ(points_of(rule, "tốt"), "7.5");
    EXPECT_EQ(points_of(rule, "hoàn thành"), "5");
    EXPECT_NE(points_of(rule, "khá").find("eval.unknown-level"), std::string::npos);
}

TEST(Rules, RatioBandsWithBoundaries) {
    const std::string rule = "max 10 bands { >= 100% -> max  >= 80% < 100% -> 50%  < 80% -> 0 }";
    EXPECT_EQ(points_of(rule, "100%"), "10");
    EXPECT_EQ(points_of(rule, "80%"), "5");
    EXPECT_EQ(points_of(rule, "79.99%"), "0");
    EXPECT_EQ(points_of(rule, "0.8"), "5");
}

TEST(Rules, BandsOfAFormulaOverInputs) {
    const std::string rule = "max 4 inputs done, assigned bands of done / assigned { >= 100% -> max >= 80% < 100% -> 50% < 80% -> 0 }";
    EXPECT_EQ(points_of(rule, "{done: 8, assigned: 10}"), "2");
    EXPECT_NE(points_of(rule, "{done: 8, assigned: 0}").find("eval.division-by-zero"), std::string::npos);
    EXPECT_NE(points_of(rule, "{done: 8, asigned: 10}").find("eval.unknown-variable"), std::string::npos);
}

TEST(Rules, ChainsAreEvaluatedLeftToRight) {
    // A chain of one precedence is one node evaluated in a loop, left to right:
    // 8 - 2 - 1 is 5 (not 7), 8 / 2 / 2 is 2 (not 8), and grouping is kept.
    const std::string rule = "max 10 inputs a, b, c formula a - b - c + (a - b) * 0 + a / b / b - (a - (b - c))";
    EXPECT_EQ(points_of(rule, "{a: 8, b: 2, c: 1}"), "0");  // 5 + 0 + 2 - 7
    EXPECT_EQ(points_of("max 10 inputs a, b formula a / b / b * b", "{a: 8, b: 2}"), "4");
    const std::string zero = points_of("max 10 inputs a, b formula a / b * 2 + a / 0", "{a: 8, b: 0}");
    EXPECT_NE(zero.find("eval.division-by-zero"), std::string::npos) << zero;
}

TEST(Rules, ProportionalIsCappedAtMax) {
    EXPECT_EQ(points_of("max 10 proportional", "93%"), "9.3");
    EXPECT_EQ(points_of("max 10 proportional", "120%"), "10");
}

TEST(Rules, SurveyRateAndAnswers) {
    EXPECT_EQ(points_of("max 20 rate", "91.17%"), "18.234");
    EXPECT_EQ(points_of("max 20 rate", "91.17"), "18.234");
    EXPECT_NE(points_of("max 20 rate", "101%").find("eval.rate-out-of-range"), std::string::npos);
    // 10 A (100%) + 5 B (60%) + 5 D (0%) = 13 of 20 answers -> 65% of 10
    EXPECT_EQ(points_of("max 10 answers { \"A\" -> 100%, \"B\" -> 60%, \"C\" -> 20%, \"D\" -> 0% }", "{A: 10, B: 5, D: 5}"),
              "6.5");
}

TEST(Rules, DeductionPerEventNeverBelowZero) {
    EXPECT_EQ(points_of("max 2 deduct 25% per event", "1"), "1.5");
    EXPECT_EQ(points_of("max 2 deduct 25% per event", "5"), "0");
    EXPECT_NE(points_of("max 2 deduct 25% per event", "1.5").find("eval.not-whole-number"), std::string::npos);
}

TEST(Rules, FormulaClampedToRange) {
    EXPECT_EQ(points_of("max 10 inputs a, b formula max * a / b", "{a: 45, b: 50}"), "9");
    EXPECT_EQ(points_of("max 10 inputs a, b formula max * a / b", "{a: 60, b: 50}"), "10");
}

TEST(Rules, BonusAndDeductionWithCaps) {
    auto r = run(
        "block b \"B\"\ntree t \"T\" max 10 {\n item 1 \"A\" max 10\n item 2 \"Thưởng\" bonus cap 2\n"
        " item 3 \"Trừ\" deduction cap 3 per 1\n}\n",
        "  - {id: u, name: U, block: b, scores: {\"1\": 7, \"2\": 5, \"3\": 1}}\n"
        "  - {id: v, name: V, block: b, scores: {\"1\": 9.5, \"2\": 1, \"3\": 0}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->points("u", "2"), "2");   // capped
    EXPECT_EQ(r->points("u", "3"), "-1");
    EXPECT_EQ(r->unit("u").points.to_string(), "8");
    EXPECT_EQ(r->unit("v").points.to_string(), "10");  // 10.5 is held at the maximum
    EXPECT_TRUE(r->unit("v").nodes[0].capped);
}

TEST(Rules, ValueAboveMaximumIsAnError) {
    EXPECT_NE(points_of("max 10", "10.01").find("eval.above-max"), std::string::npos);
    EXPECT_NE(points_of("max 10", "-1").find("eval.negative"), std::string::npos);
    EXPECT_NE(points_of("max 10", "tốt").find("eval.expected-kind"), std::string::npos);
}
