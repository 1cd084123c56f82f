// Trees, not-applicable nodes, weighted composites, value sources, totals.
#include <gtest/gtest.h>

#include "engine_fixture.hpp"

using chiso::testing::run;

namespace {

const char* kTree =
    "block so \"Sở\"\n"
    "tree t \"T\" max 100 {\n"
    "  area 1 \"Chỉ đạo\" max 30 { item 1.1 \"a\" max 10  item 1.2 \"b\" max 20 }\n"
    "  area 2 \"TTHC\" max 20 optional\n"
    "  area 3 \"Khảo sát\" max 50 survey { item 3.1 \"hài lòng\" max 50 rate }\n"
    "}\n";

}  // namespace

TEST(Evaluation, NotApplicableLeavesTheDenominator) {
    auto r = run(kTree,
                 "  - {id: vp, name: \"Văn phòng UBND\", block: so, scores: {\"1.1\": 10, \"1.2\": 16, \"2\": không áp dụng, \"3.1\": 90%}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    const auto& u = r->unit("vp");
    EXPECT_EQ(u.points.to_string(), "71");
    EXPECT_EQ(u.max.to_string(), "80");
    EXPECT_EQ(u.index.to_string(), "88.75");
}

TEST(Evaluation, NotApplicablePoliciesFullAndZero) {
    std::string full = kTree;
    full.replace(full.find("optional"), 8, "na full");
    auto r = run(full, "  - {id: u, name: U, block: so, scores: {\"1.1\": 10, \"1.2\": 20, \"2\": na, \"3.1\": 50%}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("u").index.to_string(), "75");
    std::string zero = kTree;
    zero.replace(zero.find("optional"), 8, "na zero");
    r = run(zero, "  - {id: u, name: U, block: so, scores: {\"1.1\": 10, \"1.2\": 20, \"2\": na, \"3.1\": 50%}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("u").index.to_string(), "55");
}

TEST(Evaluation, NotApplicableOnlyWhereDeclared) {
    auto r = run(kTree, "  - {id: u, name: U, block: so, scores: {\"1\": na, \"2\": 5, \"3.1\": 50%}}\n");
    EXPECT_FALSE(r->results);
    EXPECT_NE(r->messages().find("eval.na-not-allowed"), std::string::npos);
}

TEST(Evaluation, MissingIsNotZero) {
    auto r = run(kTree, "  - {id: u, name: U, block: so, scores: {\"1.1\": 10, \"2\": 5, \"3.1\": 50%}}\n");
    EXPECT_FALSE(r->results);
    EXPECT_NE(r->messages().find("unit `u`: missing score for `1.2`"), std::string::npos);
}

TEST(Evaluation, MissingWithDeclaredDefault) {
    auto r = run(std::string("missing zero\n") + kTree,
                 "  - {id: u, name: U, block: so, scores: {\"1.1\": 10, \"2\": 5, \"3.1\": 50%}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("u").points.to_string(), "40");
}

TEST(Evaluation, TotalsAtAnyLevel) {
    auto r = run(kTree, "  - {id: u, name: U, block: so, scores: {\"1\": 27.5, \"2\": 18, \"3\": 45.25}}\n"
                        "  - {id: t, name: T, block: so, scores: {total: 91.93}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("u").points.to_string(), "90.75");
    EXPECT_EQ(r->unit("t").index.to_string(), "91.93");
    EXPECT_FALSE(r->node("t", "1").evaluated);
}

TEST(Evaluation, TotalAndDetailTogetherIsAnError) {
    auto r = run(kTree, "  - {id: u, name: U, block: so, scores: {\"1\": 27.5, \"1.1\": 9, \"2\": 18, \"3\": 45}}\n");
    EXPECT_FALSE(r->results);
    EXPECT_NE(r->messages().find("eval.given-and-detailed"), std::string::npos);
}

TEST(Evaluation, AppraisedWinsAndBothAreReported) {
    auto r = run(kTree, "  - {id: u, name: U, block: so, scores: {\"1.1\": {self: 10, appraised: 8}, \"1.2\": {tự_chấm: 20},"
                        " \"2\": 20, \"3.1\": 50%}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->points("u", "1.1"), "8");
    const chiso::Assessed* a = r->assessed("u", "1.1");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->self->to_string(), "10");
    EXPECT_EQ(a->appraised->to_string(), "8");
    ASSERT_NE(r->assessed("u", "1.2"), nullptr);
    EXPECT_FALSE(r->assessed("u", "1.2")->appraised);
    EXPECT_EQ(r->assessed("u", "2"), nullptr);  // a plain value: nothing assessed
    EXPECT_EQ(r->points("u", "1.2"), "20");  // self-assessed only: not yet appraised
}

TEST(Evaluation, SurveyCriteriaAreNotSelfAssessed) {
    auto r = run(kTree, "  - {id: u, name: U, block: so, scores: {\"1\": 30, \"2\": 20, \"3.1\": {self: 90%, appraised: 80%}}}\n");
    EXPECT_FALSE(r->results);
    EXPECT_NE(r->messages().find("eval.survey-self-assessed"), std::string::npos);
}

TEST(Evaluation, SixtyPointBlockPublishedAsPercent) {
    auto r = run("block tw \"TW\"\ntree t \"T\" max 60 { area A \"Thẩm định\" max 40  area B \"Khảo sát\" max 20 survey }\n",
                 "  - {id: c, name: \"Cục Hải quan\", block: tw, scores: {A: 38.5, B: 18.13}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("c").points.to_string(), "56.63");
    EXPECT_EQ(r->unit("c").published.to_fixed(2), "94.38");
}

TEST(Evaluation, WeightedCompositeRenormalisesWithoutInapplicableComponents) {
    auto r = run("block d \"DDCI\"\ntree t \"T\" max 100 weighted {\n"
                 "  area 1 \"Gia nhập\" max 10 weight 50%\n  area 2 \"Đất đai\" max 10 weight 30% optional\n"
                 "  area 3 \"Minh bạch\" max 10 weight 20%\n}\n",
                 "  - {id: a, name: A, block: d, scores: {\"1\": 8, \"2\": 6, \"3\": 9}}\n"
                 "  - {id: b, name: B, block: d, scores: {\"1\": 8, \"2\": \"–\", \"3\": 9}}\n"
                 "  - {id: c, name: C, block: d, scores: {\"1\": 8, \"2\": na, \"3\": 9}}\n");
    // "–" is not a recognised marker: an error, while "na" renormalises.
    EXPECT_FALSE(r->results);
    r = run("block d \"DDCI\"\ntree t \"T\" max 100 weighted {\n"
            "  area 1 \"Gia nhập\" max 10 weight 50%\n  area 2 \"Đất đai\" max 10 weight 30% optional\n"
            "  area 3 \"Minh bạch\" max 10 weight 20%\n}\n",
            "  - {id: a, name: A, block: d, scores: {\"1\": 8, \"2\": 6, \"3\": 9}}\n"
            "  - {id: c, name: C, block: d, scores: {\"1\": 8, \"2\": na, \"3\": 9}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("a").points.to_string(), "76");  // 100 × (.5×.8 + .3×.6 + .2×.9)
    EXPECT_EQ(r->unit("c").index.to_string(6), "82.857143");  // 100 × (.4 + .18) / .7
}

TEST(Evaluation, BlockExcludesANode) {
    auto r = run("block so \"Sở\" exclude 2\n"
                 "tree t \"T\" max 30 { area 1 \"a\" max 10  area 2 \"b\" max 20 }\n",
                 "  - {id: u, name: U, block: so, scores: {\"1\": 9}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("u").index.to_string(), "90");
}

TEST(Evaluation, DecimalSumsDoNotDrift) {
    // 0.1 + 0.2 = 0.3 exactly: the two units tie.
    auto r = run("block b \"B\"\ntree t \"T\" max 1 { item 1 \"a\" max 0.5  item 2 \"b\" max 0.5 }\n",
                 "  - {id: p, name: P, block: b, scores: {\"1\": 0.1, \"2\": 0.2}}\n"
                 "  - {id: q, name: Q, block: b, scores: {\"1\": 0.3, \"2\": 0}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("p").index, r->unit("q").index);
    EXPECT_EQ(r->unit("p").rank, 1);
    EXPECT_EQ(r->unit("q").rank, 1);
}

TEST(Evaluation, HeaderMustMatch) {
    auto r = chiso::testing::check_only(kTree);
    ASSERT_TRUE(r->criteria) << r->messages();
    const auto& yaml = r->sources.add("s.yaml", "index: t\nlocality: y\nyear: 2023\nunits:\n  - {id: u, name: U, block: so}\n");
    auto sheet = chiso::load_score_sheet(yaml, r->diags);
    ASSERT_TRUE(sheet) << r->messages();
    EXPECT_FALSE(chiso::evaluate(r->criteria->plan, *sheet, r->diags));
    EXPECT_NE(r->messages().find("the score file says locality `y` but the criteria file says `x`"), std::string::npos);
    EXPECT_NE(r->messages().find("the score file says year `2023` but the criteria file says `2024`"), std::string::npos);
}

TEST(Evaluation, AllProblemsOfAFileAtOnce) {
    auto r = run(kTree,
                 "  - {id: a, name: A, block: so, scores: {\"1.1\": 11, \"1.2\": 5, \"2\": 5, \"3.1\": 50%}}\n"
                 "  - {id: b, name: B, block: sox, scores: {}}\n"
                 "  - {id: c, name: C, block: so, scores: {\"1.3\": 1, \"1\": 5, \"2\": 5, \"3\": 5}}\n");
    EXPECT_FALSE(r->results);
    EXPECT_EQ(r->diags.error_count(), 3u) << r->messages();
    EXPECT_NE(r->messages().find("(did you mean `so`?)"), std::string::npos);
}
