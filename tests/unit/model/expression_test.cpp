// ExprDef: a formula resolved to postfix steps over the node's input slots.
#include <gtest/gtest.h>

#include "engine/model/dump.hpp"
#include "model_fixture.hpp"

namespace chiso {
namespace {

using Op = ExprDef::Op;

const ExprDef& formula_of(const model_test::Compiled& c, const std::string& code) {
    const TreeDef& tree = c.def().trees[0];
    const NodeDef& node = tree.nodes[tree.find(code)];
    EXPECT_TRUE(node.rule && node.rule->expr()) << code;
    return *node.rule->expr();
}

std::string steps(const ExprDef& e) {
    std::string out;
    for (const auto& s : e.steps) {
        out += out.empty() ? "" : " ";
        if (s.op == Op::Constant) out += exact_text(e.constants[s.arg]);
        else if (s.op == Op::Input) out += "in" + std::to_string(s.arg);
        else out += op_text(s.op);
    }
    return out;
}

std::unique_ptr<model_test::Compiled> with_formula(const std::string& formula) {
    return model_test::compile("block b \"B\" tree t\ntree t \"T\" max 10 {\n  item 1 \"A\" max 10 inputs a, b, c formula " +
                               formula + "\n}\n");
}

TEST(ExprDef, VariablesAreTheSlotsOfTheDeclaredInputsInPostfixOrder) {
    auto c = with_formula("c - a * b");
    const ExprDef& e = formula_of(*c, "1");
    EXPECT_EQ(steps(e), "in2 in0 in1 * -");
    EXPECT_EQ(e.stack_depth, 3u);
    EXPECT_EQ(e.written, "c - a * b");
}

TEST(ExprDef, ChainsAreLeftToRightAndParenthesesKeepTheirGrouping) {
    EXPECT_EQ(steps(formula_of(*with_formula("a - b - c"), "1")), "in0 in1 - in2 -");
    EXPECT_EQ(steps(formula_of(*with_formula("a - (b - c)"), "1")), "in0 in1 in2 - -");
    EXPECT_EQ(steps(formula_of(*with_formula("min(a, max * b)"), "1")), "in0 max in1 * min");
    EXPECT_EQ(steps(formula_of(*with_formula("-a + max(b, c)"), "1")), "in0 neg in1 in2 max2 +");
}

TEST(ExprDef, ConstantsAreFoldedPercentagesIncluded) {
    // (2 + 3) * 50% = 2.5, and `- -1` is one constant: the kernel sees one number.
    auto c = with_formula("(2 + 3) * 50% * a - -1");
    const ExprDef& e = formula_of(*c, "1");
    EXPECT_EQ(steps(e), "2.5 in0 * -1 -");
    EXPECT_EQ(e.constants.size(), 2u);
    EXPECT_EQ(steps(formula_of(*with_formula("a * (1 / 3)"), "1")), "in0 1/3 *");
}

TEST(ExprDef, ADivisionByAConstantThatIsNotPositiveStaysAPerUnitError) {
    // Folding it would lose the message each unit gets (eval.division-by-zero).
    EXPECT_EQ(steps(formula_of(*with_formula("a / (1 - 1)"), "1")), "in0 0 /");
    EXPECT_EQ(steps(formula_of(*with_formula("2 / 0"), "1")), "2 0 /");
    EXPECT_EQ(steps(formula_of(*with_formula("2 / -4"), "1")), "2 -4 /");
    EXPECT_EQ(steps(formula_of(*with_formula("2 / 4"), "1")), "0.5");
}

TEST(ExprDef, BandsOfAFormulaKeepTheirExpressionAndPlainBandsHaveNone) {
    auto c = model_test::compile(
        "block b \"B\" tree t\ntree t \"T\" max 10 {\n"
        "  item 1 \"A\" max 5 inputs x, y bands of x / y { >= 50% -> max  < 50% -> 0 }\n"
        "  item 2 \"B\" max 5 bands { >= 50% -> max  < 50% -> 0 }\n}\n");
    EXPECT_EQ(steps(formula_of(*c, "1")), "in0 in1 /");
    const TreeDef& tree = c->def().trees[0];
    EXPECT_EQ(tree.nodes[tree.find("2")].rule->expr(), nullptr);
    EXPECT_FALSE(tree.nodes[tree.find("2")].rule->as<rule::Bands>()->of.has_value());
}

}  // namespace
}  // namespace chiso
