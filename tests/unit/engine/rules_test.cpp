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

TEST(Rules, ProportionalTakesRatiosFromZeroToHundredPercent) {
    EXPECT_EQ(points_of("max 10 proportional", "93%"), "9.3");
    EXPECT_EQ(points_of("max 10 proportional", "100%"), "10");
    EXPECT_EQ(points_of("max 10 proportional", "0%"), "0");
    for (const char* outside : {"120%", "100.0001%", "-5%", "-0.05"})
        EXPECT_NE(points_of("max 10 proportional", outside).find("eval.out-of-range"), std::string::npos) << outside;
}

TEST(Rules, RatioRangeWidenedOnlyByTheNode) {
    // `up to 150%`: 120% is accepted; the points are held at the maximum, with a warning.
    auto r = run(one_leaf("max 10 up to 150% proportional"), unit_with("120%"));
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->points("u", "1"), "10");
    EXPECT_NE(r->messages().find("warning: unit `u`: `1` comes to 12, beyond its limit 10"), std::string::npos) << r->messages();
    EXPECT_NE(points_of("max 10 up to 150% proportional", "150.01%").find("0%–150%"), std::string::npos);
    EXPECT_EQ(points_of("max 10 allow negative bands { >= 0% -> max  < 0% -> 0 }", "-5%"), "0");
    EXPECT_NE(points_of("max 10 up to 150% allow negative proportional", "151%").find("≤ 150%"), std::string::npos);
}

TEST(Rules, NegativeRatioNeverFallsIntoALowBand) {
    // -5% would land in `< 80%` and score 0 silently: refused instead.
    const std::string rule = "max 10 bands { >= 95% -> max  >= 80% < 95% -> 50%  < 80% -> 0 }";
    EXPECT_NE(points_of(rule, "-5%").find("eval.out-of-range"), std::string::npos);
    EXPECT_NE(points_of(rule, "100.5%").find("eval.out-of-range"), std::string::npos);
}

TEST(Rules, FormulaInputsAndDivisorsMustNotBeNegative) {
    EXPECT_NE(points_of("max 10 inputs a, b formula max * a / b", "{a: -3, b: 50}").find("eval.negative-input"),
              std::string::npos);
    EXPECT_NE(points_of("max 10 inputs a, b proportional of a / b", "{a: 3, b: -4}").find("eval.negative-input"),
              std::string::npos);
    // -3 / -4 would read as 75%.
    const std::string divisor = "max 10 inputs a, b, c proportional of a / (b - c)";
    EXPECT_NE(points_of(divisor, "{a: 3, b: 1, c: 5}").find("eval.negative-divisor"), std::string::npos);
    EXPECT_EQ(points_of(divisor, "{a: 3, b: 5, c: 1}"), "7.5");
    // Bands of plain numbers (days): the computed value must not be negative either.
    const std::string days = "max 10 inputs han, nop bands of nop - han { <= 0 -> max  > 0 -> 0 }";
    EXPECT_NE(points_of(days, "{han: 10, nop: 5}").find("eval.out-of-range"), std::string::npos);
    EXPECT_EQ(points_of("max 10 inputs a, b allow negative formula a - b", "{a: -3, b: -5}"), "2");
}

TEST(Rules, RangeAttributesOnlyWhereTheyMeanSomething) {
    auto r = chiso::testing::check_only(one_leaf("max 10 up to 150% yesno"));
    EXPECT_NE(r->messages().find("resolve.range-not-applicable"), std::string::npos) << r->messages();
    r = chiso::testing::check_only(one_leaf("max 10 up to 1.5 proportional"));
    EXPECT_NE(r->messages().find("resolve.up-to-percent"), std::string::npos) << r->messages();
    r = chiso::testing::check_only(one_leaf("max 10 allow negative rate"));
    EXPECT_NE(r->messages().find("resolve.range-not-applicable"), std::string::npos) << r->messages();
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
    auto r = run(one_leaf("max 10 inputs a, b formula max * a / b"), unit_with("{a: 60, b: 50}"));
    EXPECT_NE(r->messages().find("`1` comes to 12, beyond its limit 10; 10 is counted"), std::string::npos)
        << r->messages();
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
    EXPECT_TRUE(r->node("v", "total").capped);
    // Neither limit is silent: the bonus of u above its cap, v's total above the maximum.
    EXPECT_NE(r->messages().find("unit `u`: `2` comes to 5, beyond its limit 2; 2 is counted"),
              std::string::npos) << r->messages();
    EXPECT_NE(r->messages().find("unit `v`: `total` comes to 10.5, beyond its limit 10; 10 is counted"),
              std::string::npos) << r->messages();
}

TEST(Rules, ValueAboveMaximumIsAnError) {
    EXPECT_NE(points_of("max 10", "10.01").find("eval.above-max"), std::string::npos);
    EXPECT_NE(points_of("max 10", "-1").find("eval.negative"), std::string::npos);
    EXPECT_NE(points_of("max 10", "tốt").find("eval.expected-kind"), std::string::npos);
}
