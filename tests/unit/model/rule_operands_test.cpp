// The kinds of standard operands resolved generically from their rows
// (dsl/rule_operands.hpp): points with `%` are a share of the maximum, an amount is
// points, a plain number is as written, an optional operand stays absent, an
// expression becomes postfix steps; a negative number is refused where it is written,
// and an amount above the maximum by check.
#include <string>

#include <gtest/gtest.h>

#include "engine/driver/driver.hpp"
#include "model_fixture.hpp"

namespace chiso {
namespace {

const RuleDef& rule_of(const model_test::Compiled& c, const std::string& code) {
    const TreeDef& tree = c.def().trees[0];
    return *tree.nodes[tree.find(code)].rule;
}

TEST(RuleOperands, EachOperandIsResolvedByItsType) {
    auto c = model_test::compile(
        "block b \"B\" tree t\ntree t \"T\" max 10 {\n"
        "  item 1 \"A\" max 4 deduct 25% per event\n"
        "  item 2 \"B\" max 6 inputs x, y proportional of x / y\n"
        "  item 3 \"C\" max 0 bonus cap 2\n"
        "  item 4 \"D\" max 0 deduction cap 3 per 0.5\n"
        "  item 5 \"E\" max 0 deduction cap 3\n}\n");
    EXPECT_EQ(rule_of(*c, "1").as<rule::DeductPerEvent>()->points, Rational(1));  // 25% of 4
    ASSERT_TRUE(rule_of(*c, "2").as<rule::Proportional>()->of.has_value());
    EXPECT_EQ(rule_of(*c, "2").as<rule::Proportional>()->of->steps.size(), 3u);  // in0 in1 /
    EXPECT_EQ(rule_of(*c, "3").as<rule::Bonus>()->cap, Rational(2));
    EXPECT_EQ(rule_of(*c, "4").as<rule::Deduction>()->cap, Rational(3));
    EXPECT_EQ(rule_of(*c, "4").as<rule::Deduction>()->per, Rational(1, 2));
    EXPECT_FALSE(rule_of(*c, "5").as<rule::Deduction>()->per.has_value());
}

// The messages of criteria that do not compile, one a line: `line:col id`.
std::string refused(const std::string& body) {
    SourceSet sources;
    Diagnostics diags;
    const SourceFile& file = sources.add("t.chiso", "index t \"T\"\nlocality x \"X\"\nyear 2024\n" + body);
    EXPECT_FALSE(compile_criteria(file, diags).has_value());
    std::string out;
    for (const Diagnostic& d : diags.items())
        out += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.char_col()) + " " + std::string(d.message->id) + " " +
               (d.args.empty() ? "" : d.args[0]) + "\n";
    return out;
}

TEST(RuleOperands, ANegativeNumberIsRefusedAtIt) {
    EXPECT_EQ(refused("block b \"B\" tree t\ntree t \"T\" max 10 {\n"
                      "  item 1 \"A\" max 10 yesno\n"
                      "  item 2 \"B\" bonus cap -2\n"
                      "  item 3 \"C\" deduction cap 3 per -1\n"
                      "  item 4 \"D\" max 0 deduct -1 per event\n}\n"),
              "7:24 resolve.negative-number cap\n"
              "8:34 resolve.negative-number per\n"
              "9:27 resolve.negative-number deduct\n");
}

TEST(RuleOperands, AnAmountAboveTheMaximumIsRefusedByCheck) {
    EXPECT_EQ(refused("block b \"B\" tree t\ntree t \"T\" max 10 {\n"
                      "  item 1 \"A\" max 10 deduct 12 per event\n}\n"),
              "6:21 check.amount-above-max 12\n");  // at the rule
}

}  // namespace
}  // namespace chiso
