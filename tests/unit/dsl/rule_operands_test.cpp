// The kinds of standard operands (dsl/rule_operands.hpp) are parsed, printed and
// refused from their rows in dsl/rule_words.hpp alone: every such row's example — the
// text its messages show — must parse back to itself, and leaving out any part of it
// must give the message its operand's type names.
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "dsl/print.hpp"
#include "dsl/rule_words.hpp"
#include "parse_test_support.hpp"

namespace chiso::test {
namespace {

// A leaf with the inputs the examples' formulas use, and the rule.
std::string with_rule(std::string_view rule) {
    return "tree t \"T\" max 10 {\n  item 1 \"Một\" max 10 inputs done, assigned " + std::string(rule) + "\n}\n";
}

const ast::Rule* leaf_rule(const Parsed& parsed) {
    if (!parsed.ast || parsed.ast->trees.empty() || parsed.ast->trees[0].children.empty()) return nullptr;
    const auto& node = parsed.ast->trees[0].children[0];
    return node.rule ? &*node.rule : nullptr;
}

std::vector<const rule_words::Row*> operand_rows() {
    std::vector<const rule_words::Row*> rows;
    for (const auto& row : rule_words::kRows)
        if (row.syntax == rule_words::Syntax::Operands && row.count > 0) rows.push_back(&row);
    return rows;
}

TEST(RuleOperands, EveryRowWithOperandsIsOnTheGenericPath) {
    // bonus, deduction, deduct, formula, proportional: a kind moved back to a syntax
    // of its own would make this list shorter.
    std::vector<std::string_view> words;
    for (const auto* row : operand_rows()) words.push_back(row->word);
    EXPECT_EQ(words, (std::vector<std::string_view>{"proportional", "bonus", "deduction", "deduct", "formula"}));
}

TEST(RuleOperands, EachExampleParsesAndPrintsAsWritten) {
    for (const auto* row : operand_rows()) {
        SCOPED_TRACE(row->example);
        ASSERT_TRUE(std::string_view(row->example).starts_with(row->word));
        Parsed parsed = parse_text(with_rule(row->example));
        EXPECT_EQ(rendered(parsed, Lang::En), "");
        const ast::Rule* rule = leaf_rule(parsed);
        ASSERT_NE(rule, nullptr);
        EXPECT_EQ(rule->word(), row->word);
        EXPECT_EQ(rule_source_text(*rule), row->example);
    }
}

// The first line of the English message for `rule` (without the file position).
std::string first_message(std::string_view rule) {
    Parsed parsed = parse_text(with_rule(rule));
    EXPECT_TRUE(parsed.diags.has_errors());
    const std::string text = rendered(parsed, Lang::En);
    const std::size_t start = text.find("error: ");
    return start == std::string::npos ? text : text.substr(start + 7, text.find('\n', start) - start - 7);
}

TEST(RuleOperands, MissingPartsAreNamedByTheOperandsType) {
    EXPECT_EQ(first_message("bonus"), "`bonus` needs the word `cap` here, e.g. `bonus cap 2`");
    EXPECT_EQ(first_message("bonus cap"), "`cap` needs a number here, e.g. `cap 2`");
    EXPECT_EQ(first_message("deduction cap 3 per"), "`per` needs a number here, e.g. `per 0.5`");
    EXPECT_EQ(first_message("deduct"),
              "expected an amount after `deduct`: `max` (the maximum), a share of the maximum like `50%`, or points "
              "like `1.5`");
    EXPECT_EQ(first_message("deduct 25%"), "`deduct` needs the word `per` here, e.g. `deduct 25% per event`");
    EXPECT_EQ(first_message("deduct 25% per"), "`deduct` needs the word `event` here, e.g. `deduct 25% per event`");
    EXPECT_EQ(first_message("formula"), first_message("formula done +"));  // an operand, from the expression
    EXPECT_EQ(first_message("proportional of"), first_message("formula"));
}

TEST(RuleOperands, AnOptionalOperandIsLeftOutWithItsKeyword) {
    Parsed parsed = parse_text(with_rule("deduction cap 3"));
    EXPECT_EQ(rendered(parsed, Lang::En), "");
    ASSERT_NE(leaf_rule(parsed), nullptr);
    EXPECT_EQ(rule_source_text(*leaf_rule(parsed)), "deduction cap 3");
    Parsed bare = parse_text(with_rule("proportional"));
    ASSERT_NE(leaf_rule(bare), nullptr);
    EXPECT_EQ(rule_source_text(*leaf_rule(bare)), "proportional");
}

}  // namespace
}  // namespace chiso::test
