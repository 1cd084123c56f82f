// The trace listener: the reference evaluator re-run for one unit tells what was
// entered and which branch of each rule applied, as data; the report renders it in
// the reader's language and number format (decimal comma and "; " in Vietnamese).
#include <gtest/gtest.h>

#include "engine/eval/trace.hpp"
#include "engine/report/build/explanation.hpp"
#include "engine/report/report.hpp"
#include "engine/report/build/trace_text.hpp"
#include "html_fixture.hpp"

namespace chiso {
namespace {

const char* const kCriteria = R"(
block so "Sở" tree t
tree t "Tổng điểm" max 20 {
  item 1 "Có kế hoạch" max 2 yesno
  item 2 "Mức độ" max 2
    levels { "tốt" -> 75%, "kém" -> 0 }
  item 3 "Tỷ lệ" max 4
    inputs a, b
    bands of a / b { >= 80% -> max   >= 50% < 80% -> 2.5   < 50% -> 0 }
  item 4 "Công khai" max 2
    inputs x, y
    formula max * x / y
  area 5 "Hiện đại hóa" max 10 weighted {
    criterion 5.1 "Chính quyền số" max 10 weight 60%
    criterion 5.2 "ISO" max 10 weight 40%
  }
}
)";

const char* const kUnits =
    R"(  - {id: a, name: "Sở A", block: so, scores: {"1": có, "2": tốt, "3": {a: 3, b: 5}, "4": {x: 3, y: 8},)"
    R"( "5.1": 7.5, "5.2": {self: 9, appraised: 8}}}
)";

class Trace : public ::testing::Test {
protected:
    void SetUp() override {
        run = testing::evaluate_text(kCriteria, kUnits);
        run->results->tracer = reference_tracer(run->criteria->plan, *run->sheet);
        const BlockResult& block = run->block("so");
        auto traced = run->results->tracer->trace(block, block.units[0]);
        ASSERT_TRUE(traced);
        trace = std::move(*traced);
    }
    const NodeTrace& node(const char* code) const { return trace.nodes.at(tree().find(code)); }
    const TreeDef& tree() const { return run->definition().tree_of(*run->block("so").block); }
    std::string rule(const char* code, Lang lang) const {
        return report::rule_text(tree().nodes[tree().find(code)], node(code), 2, lang);
    }
    std::unique_ptr<testing::Evaluation> run;
    UnitTrace trace;
};

TEST_F(Trace, TheBranchesAreData) {
    ASSERT_EQ(trace.nodes.size(), tree().nodes.size());
    ASSERT_TRUE(node("1").rule);
    EXPECT_TRUE(tree().nodes[tree().find("1")].rule->is<rule::YesNo>());  // the trace's kind is the node's
    EXPECT_EQ(node("1").rule->choice, 1u);
    EXPECT_TRUE(tree().nodes[tree().find("2")].rule->is<rule::Levels>());  // the trace's kind is the node's
    EXPECT_EQ(node("2").rule->choice, 0u);  // "tốt", the first level
    EXPECT_TRUE(tree().nodes[tree().find("3")].rule->is<rule::Bands>());  // the trace's kind is the node's
    EXPECT_EQ(node("3").rule->choice, 1u);  // 60%: the middle band
    EXPECT_EQ(node("3").rule->value, Rational(3, 5));
    EXPECT_TRUE(tree().nodes[tree().find("4")].rule->is<rule::Formula>());  // the trace's kind is the node's
    EXPECT_EQ(node("4").rule->value, Rational(3, 4));
    EXPECT_TRUE(node("5").weighted);
    ASSERT_EQ(node("5").parts.size(), 2u);
    EXPECT_EQ(node("5").parts[1].points, Rational(8));  // the appraised value counts
    EXPECT_EQ(node("5").weights, Rational(1));
    EXPECT_EQ(*node("5.2").assessed.self, Rational(9));
    EXPECT_EQ(*node("5.2").assessed.appraised, Rational(8));
    EXPECT_EQ(node("5.2").entered->number, Rational(8));  // the value that counts
    // The values are the block's columns'.
    const BlockResult& block = run->block("so");
    for (NodeId id = 0; id < trace.nodes.size(); ++id) {
        EXPECT_EQ(trace.nodes[id].value.points, block.points(block.units[0], id)) << tree().nodes[id].code;
        EXPECT_EQ(trace.nodes[id].value.max, block.node(block.units[0], id).max) << tree().nodes[id].code;
    }
}

TEST_F(Trace, RenderedInVietnamese) {
    EXPECT_EQ(rule("1", Lang::Vi), "có → max");
    EXPECT_EQ(rule("2", Lang::Vi), "\"tốt\" → 1,5");
    EXPECT_EQ(rule("3", Lang::Vi), "60% ∈ [50%; 80%) → 2,5");
    EXPECT_EQ(rule("4", Lang::Vi), "= 0,75");
    EXPECT_EQ(rule("5", Lang::Vi), "10 × (0,6 × 7,5/10 + 0,4 × 8/10) ÷ 1");
    EXPECT_EQ(report::entered_text(node("3"), Lang::Vi), "{a=3; b=5}");
    EXPECT_EQ(report::entered_text(node("5.1"), Lang::Vi), "7,5");
    EXPECT_EQ(rule("5.1", Lang::Vi), "");  // points entered as such: no rule to show
}

TEST_F(Trace, RenderedInEnglish) {
    EXPECT_EQ(rule("1", Lang::En), "yes → max");
    EXPECT_EQ(rule("2", Lang::En), "\"tốt\" → 1.5");
    EXPECT_EQ(rule("3", Lang::En), "60% ∈ [50%, 80%) → 2.5");
    EXPECT_EQ(rule("4", Lang::En), "= 0.75");
    EXPECT_EQ(rule("5", Lang::En), "10 × (0.6 × 7.5/10 + 0.4 × 8/10) ÷ 1");
    EXPECT_EQ(report::entered_text(node("3"), Lang::En), "{a=3, b=5}");
}

TEST_F(Trace, TheExplanationShowsTheTraceAndWithoutATracerOnlyTheValues) {
    const BlockResult& block = run->block("so");
    const std::string en = render_explanation(*run->results, block, block.units[0], {Format::Table, Lang::En});
    EXPECT_NE(en.find("[entered: có; rule: yes → max]"), std::string::npos) << en;
    EXPECT_NE(en.find("self-assessed 9.00 · appraised 8.00"), std::string::npos) << en;
    const std::string vi = render_explanation(*run->results, block, block.units[0], {Format::Table, Lang::Vi});
    EXPECT_NE(vi.find("[nhập: tốt; quy tắc: \"tốt\" → 1,5]"), std::string::npos) << vi;
    EXPECT_EQ(vi.find("1.5"), std::string::npos) << vi;  // no decimal point in a Vietnamese explanation
    run->results->tracer.reset();
    const std::string bare = render_explanation(*run->results, block, block.units[0], {Format::Table, Lang::En});
    EXPECT_EQ(bare.find("entered:"), std::string::npos) << bare;
    EXPECT_NE(bare.find("self-assessed 9.00 · appraised 8.00"), std::string::npos) << bare;  // from the columns
}

}  // namespace
}  // namespace chiso
