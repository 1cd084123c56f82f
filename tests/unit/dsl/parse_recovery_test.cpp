// All errors of a file are reported: the parser resumes at the next line that
// starts a top-level statement. Also: the text itself (BOM, CRLF, tabs, UTF-8).
#include <string>

#include <variant>

#include <gtest/gtest.h>

#include "dsl/parse_messages.hpp"
#include "parse_test_support.hpp"

namespace chiso::test {
namespace {

TEST(ParseRecovery, ThreeErrorsGiveThreeDiagnostics) {
    Parsed parsed = parse_text(
        "index par \"Chỉ số\"\n"
        "yaer 2019\n"
        "publish percent\n"
        "rounding 2,5\n"
        "tree t \"Cây\" {\n"
        "  criterion 1 \"Tiêu chí\" max 5 weigth 10%\n"
        "  criterion 2 \"Tiêu chí 2\" max 5\n"
        "}\n"
        "stat s \"Số\" count index > 80\n");
    EXPECT_FALSE(parsed.ast.has_value());
    EXPECT_EQ(parsed.diags.error_count(), 3u);
    EXPECT_EQ(rendered(parsed, Lang::En),
              "test.chiso:2:1: error: unknown statement `yaer`; did you mean `year`?\n"
              "  yaer 2019\n"
              "  ^\n"
              "test.chiso:4:10: error: `rounding` needs a whole number here, e.g. `rounding 2 half_up`\n"
              "  rounding 2,5\n"
              "           ^\n"
              "test.chiso:6:32: error: node 1 has no attribute `weigth`; did you mean `weight`?\n"
              "    criterion 1 \"Tiêu chí\" max 5 weigth 10%\n"
              "                                 ^\n");
}

TEST(ParseRecovery, EveryNodeOfATreeIsCheckedAfterAnError) {
    // The rest of the tree is skipped after the first error, but each later node
    // line is still checked on its own: one run shows the mistakes of all nodes.
    Parsed parsed = parse_text(
        "tree t \"Cây\" max 20 {\n"
        "  area 1 \"Một\" max 12,5 {\n"
        "    criterion 1.1 \"Một một\" max 7,5 yesno\n"
        "    criterion 1.2 \"Một hai\" max 5 levels { \"tốt\" -> max }\n"
        "  }\n"
        "  area 2 \"Hai\" max 7.5 weigth 10%\n"
        "}\n");
    EXPECT_FALSE(parsed.ast.has_value());
    EXPECT_EQ(rendered(parsed, Lang::En),
              "test.chiso:2:22: error: decimals are written with a point: write `12.5` instead of `12,5`\n"
              "    area 1 \"Một\" max 12,5 {\n"
              "                       ^\n"
              "test.chiso:3:34: error: decimals are written with a point: write `7.5` instead of `7,5`\n"
              "      criterion 1.1 \"Một một\" max 7,5 yesno\n"
              "                                   ^\n"
              "test.chiso:6:24: error: node 2 has no attribute `weigth`; did you mean `weight`?\n"
              "    area 2 \"Hai\" max 7.5 weigth 10%\n"
              "                         ^\n");
}

TEST(ParseRecovery, BlocksInsideALadderAreNotMistakenForStatements) {
    // After the error on line 2, `block huyen, thi_xa {` must not restart parsing
    // (it is not the top-level `block <id> "<name>"`): the next error is on line 8.
    Parsed parsed = parse_text(
        "ladder l \"Xếp loại\" {\n"
        "  \"A\" when index >\n"
        "  block huyen, thi_xa {\n"
        "    \"B\" when index > 1\n"
        "  }\n"
        "  \"C\" otherwise\n"
        "}\n"
        "stat s \"S\" count rank <\n");
    ASSERT_EQ(parsed.diags.items().size(), 2u);
    EXPECT_EQ(parsed.diags.items()[0].loc.line, 2u);
    EXPECT_EQ(parsed.diags.items()[1].loc.line, 8u);
}

TEST(ParseRecovery, AMissingBraceDoesNotHideTheNextStatement) {
    Parsed parsed = parse_text(
        "tree t \"Cây\" {\n"
        "  criterion 1 \"Tiêu chí\" max 5\n"
        "ladder l \"Xếp loại\" {\n"
        "  \"A\" when\n"
        "}\n");
    EXPECT_EQ(rendered(parsed, Lang::En),
              "test.chiso:2:31: error: missing `}` to close the `{` on line 1\n"
              "    criterion 1 \"Tiêu chí\" max 5\n"
              "                                ^\n"
              "test.chiso:4:11: error: expected a condition here, e.g. `index >= 90`, `80 <= index < 90`, "
              "`rank <= 5 and index >= 80` or `flag \"kỷ luật\"`\n"
              "    \"A\" when\n"
              "            ^\n");
}

TEST(ParseRecovery, DuplicatesAndAttributeRepeatsDoNotStopParsing) {
    Parsed parsed = parse_text(
        "year 2019\n"
        "year 2020\n"
        "tree t \"Cây\" {\n"
        "  criterion 1 \"Tiêu chí\" max 5 max 6 yesno\n"
        "}\n"
        "indx par \"A\"\n");
    ASSERT_EQ(parsed.diags.items().size(), 3u);
    EXPECT_EQ(parsed.diags.items()[0].message, &dsl::kDuplicateStatement);
    EXPECT_EQ(parsed.diags.items()[1].message, &dsl::kDuplicateAttribute);
    EXPECT_EQ(parsed.diags.items()[2].message, &dsl::kUnknownStatementSuggest);
}

TEST(ParseRecovery, EarlierDiagnosticsOfTheCallerAreKept) {
    SourceFile file("test.chiso", "indx par \"A\"\n");
    Diagnostics diags;
    diags.error(SourceLoc{}, dsl::kUnknownStatement, "earlier");
    EXPECT_FALSE(dsl::parse(file, diags).has_value());
    ASSERT_EQ(diags.items().size(), 2u);
    EXPECT_EQ(diags.items()[0].args[0], "earlier");
    EXPECT_EQ(diags.items()[1].args[0], "indx");
}

TEST(ParseRecovery, ParseSucceedsWhenItReportsNothing) {
    SourceFile file("test.chiso", "year 2019\n");
    Diagnostics diags;
    auto result = dsl::parse(file, diags);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->source, &file);
    EXPECT_TRUE(diags.items().empty());
}

TEST(ParseRecovery, NestingUpToTheLimitIsAccepted) {
    std::string text = "tree t \"T\" {\n";
    for (int i = 0; i < 100; ++i) text += "area 1 \"A\" {\n";
    for (int i = 0; i < 100; ++i) text += "}\n";
    text += "}\nstat s \"S\" count " + std::string(99, '(') + "rank = 1" + std::string(99, ')') + "\n";
    Parsed parsed = parse_text(text);
    EXPECT_TRUE(parsed.ast.has_value()) << rendered(parsed, Lang::En);
}

TEST(ParseRecovery, DeepNestingIsAnErrorNotACrash) {
    const std::string deep = std::string(100000, '(') + "a" + std::string(100000, ')');
    Parsed parsed = parse_text("tree t \"T\" {\ncriterion 1 \"T\" formula " + deep + "\n}\nyear 2019\nyear 2020\n");
    ASSERT_EQ(parsed.diags.items().size(), 2u);
    EXPECT_EQ(parsed.diags.items()[0].message, &dsl::kTooDeep);
    EXPECT_EQ(parsed.diags.items()[1].message, &dsl::kDuplicateStatement);
}

TEST(ParseRecovery, ALongChainIsOneNodeNotADeepTree) {
    // 50,000 terms of each precedence: one Sum holding one Product, whatever the length,
    // so that no walk over the expression (resolve, evaluation, printing) goes deep.
    std::string sum = "a";
    for (int i = 1; i < 50000; ++i) sum += i % 2 ? " + a" : " - a";
    std::string product = "a";
    for (int i = 1; i < 50000; ++i) product += i % 2 ? " * a" : " / a";
    Parsed parsed = parse_text("tree t \"T\" {\ncriterion 1 \"T\" inputs a formula " + sum + " + " + product + "\n}\n");
    ASSERT_TRUE(parsed.ast.has_value()) << rendered(parsed, Lang::En);
    const ast::Expr& e = *std::get<ast::FormulaRule>(parsed.ast->trees[0].children[0].rule->body).expr;
    ASSERT_EQ(e.kind, ast::Expr::Kind::Sum);
    ASSERT_EQ(e.rest.size(), 50000u);
    EXPECT_EQ(e.rest[1].op, ast::ExprOp::Sub);
    const ast::Expr& last = *e.rest.back().operand;
    ASSERT_EQ(last.kind, ast::Expr::Kind::Product);
    EXPECT_EQ(last.rest.size(), 49999u);
    EXPECT_EQ(last.rest[1].op, ast::ExprOp::Div);
}

TEST(ParseRecovery, ParenthesesKeepTheirGrouping) {
    // `(a - b) - c` and `a - (b - c)` differ; a parenthesised chain is not joined to
    // the chain around it.
    Parsed parsed = parse_text("tree t \"T\" {\ncriterion 1 \"T\" inputs a, b, c formula (a - b) - c + (a) * (b * c)\n}\n");
    ASSERT_TRUE(parsed.ast.has_value()) << rendered(parsed, Lang::En);
    const ast::Expr& e = *std::get<ast::FormulaRule>(parsed.ast->trees[0].children[0].rule->body).expr;
    ASSERT_EQ(e.kind, ast::Expr::Kind::Sum);
    EXPECT_EQ(e.lhs->kind, ast::Expr::Kind::Sum);  // (a - b)
    ASSERT_EQ(e.rest.size(), 2u);
    const ast::Expr& product = *e.rest[1].operand;
    ASSERT_EQ(product.kind, ast::Expr::Kind::Product);
    ASSERT_EQ(product.rest.size(), 1u);
    EXPECT_EQ(product.rest[0].operand->kind, ast::Expr::Kind::Product);  // (b * c)
}

// ---- the text --------------------------------------------------------------------------------

const std::string kSmallFile =
    "# Chỉ số\n"
    "index par \"Chỉ số\"\n"
    "tree t \"Cây\" max 10 {\n"
    "  criterion 1 \"Tiêu chí\" max 10 levels { \"đạt\" -> max \"không\" -> 0 }\n"
    "}\n";

std::string with_crlf(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
    return out;
}

TEST(ParseText, CrlfLineEndsAreAccepted) {
    EXPECT_EQ(dump_valid(with_crlf(kSmallFile)), dump_valid(kSmallFile));
}

TEST(ParseText, TabsAreWhitespace) {
    EXPECT_EQ(dump_valid("year\t2019\n\tpublish\tpercent\n"), "year 2019@1:6\npublish percent@2:2\n");
}

TEST(ParseText, ByteOrderMarkIsSkipped) {
    // Columns stay byte columns of the line as stored, BOM included.
    EXPECT_EQ(dump_valid("\xEF\xBB\xBFindex par \"A\"\n"), "index par@1:10 \"A\"\n");
    EXPECT_EQ(dump_valid("\xEF\xBB\xBF"), "");
}

TEST(ParseText, ErrorsInACrlfFileRenderWithoutCarriageReturns) {
    Parsed parsed = parse_text("year 2019\r\nyaer 2020\r\n");
    EXPECT_EQ(rendered(parsed, Lang::En),
              "test.chiso:2:1: error: unknown statement `yaer`; did you mean `year`?\n"
              "  yaer 2020\n"
              "  ^\n");
}

TEST(ParseText, InvalidUtf8IsReportedOnceAtItsByte) {
    Parsed parsed = parse_text("year 2019\n# ghi chú\nindex par \"H\xE1\xBA\" \xC0\xAF\n");
    EXPECT_FALSE(parsed.ast.has_value());
    ASSERT_EQ(parsed.diags.items().size(), 1u);
    const Diagnostic& d = parsed.diags.items()[0];
    EXPECT_EQ(d.message, &dsl::kInvalidUtf8);
    EXPECT_EQ(d.args[0], "E1");  // a truncated sequence: its first byte is reported
    EXPECT_EQ(d.loc.line, 3u);
    EXPECT_EQ(d.loc.byte_col, 13u);
}

}  // namespace
}  // namespace chiso::test
