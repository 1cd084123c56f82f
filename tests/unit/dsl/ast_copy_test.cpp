// The syntax tree is a value (dsl/box.hpp): a copy made with plain `=` holds every
// field of the original (both dumps and both printed forms agree, positions
// included) and shares nothing with it (changing the copy leaves the original).
// The merge of `extends` relies on both: it copies parts of the parent file.
#include <string>
#include <type_traits>
#include <variant>

#include <gtest/gtest.h>

#include "dsl/print.hpp"
#include "parse_test_support.hpp"

namespace chiso::test {
namespace {

static_assert(std::is_copy_constructible_v<ast::File> && std::is_copy_assignable_v<ast::File>);
static_assert(std::is_copy_constructible_v<ast::Expr> && std::is_copy_constructible_v<ast::Cond>);
static_assert(std::is_nothrow_move_constructible_v<ast::ExprPtr>);

// Every rule kind, expressions of every shape, conditions of every shape.
const std::string kFile =
    "index par \"Chỉ số\"\nyear 2024\npublish percent\nrounding 2 half_up\n"
    "ranking by points exact ties distinct by points, 1, name within group\n"
    "block so \"Sở\" tree t exclude 1.9\n"
    "tree t \"T\" max 100 weighted {\n"
    "  area 1 \"A\" max 30 weight 30% {\n"
    "    criterion 1.1 \"a\" max 2 yesno\n"
    "    criterion 1.2 \"b\" max 3 levels { \"tốt\" -> max, \"đạt\" -> 50%, \"kém\" -> 0 }\n"
    "    criterion 1.3 \"c\" max 2 inputs d, n bands of d / n { >= 100% -> max  >= 80% < 100% -> 50%  < 80% -> 0 }\n"
    "    criterion 1.4 \"d\" max 1 inputs d, n proportional of d / n up to 150%\n"
    "    item 1.5 \"e\" max 2 survey rate\n"
    "    item 1.6 \"f\" max 2 answers { \"A\" -> 100%, \"B\" -> 60%, \"C\" -> 0% }\n"
    "    node 1.7 \"g\" max 1 bonus cap 2\n"
    "    node 1.8 \"h\" max 1 deduction cap 3 per 0.5\n"
    "    node 1.9 \"i\" max 2 deduct 25% per event optional na full default 0\n"
    "    node 1.10 \"j\" max 5 inputs a, b allow negative formula max * a / b - min(a, b) + max(1, -a) * (a + 2)\n"
    "    node 1.11 \"k\" max 5 points\n"
    "    node 1.12 \"l\" max 5 bands { >= 50% -> max  < 50% -> 0 }\n"
    "  }\n"
    "  area 2 \"B\" max 70 weight 70%\n"
    "}\n"
    "ladder xl \"Xếp loại\" {\n"
    "  \"Tốt\" when 80 <= index < 90 and not (points(1) < 2 or flag \"kỷ luật\")\n"
    "  \"Khác\" otherwise\n"
    "  block so { \"I\" when index >= 80  \"II\" when index < 80 }\n"
    "}\n"
    "stat s \"Trên 80\" count index > 80\n";

const std::string kChild =
    "extends \"p.chiso\"\n"
    "edit tree t {\n"
    "  change 1.2 max 4 levels { \"tốt\" -> max, \"kém\" -> 0 }\n"
    "  add criterion 1.13 \"m\" max 1 inputs x formula x * 2 in 1 after 1.12\n"
    "  move 1.11 to 2 first\n"
    "  remove 1.7\n"
    "}\n"
    "edit ladder xl { \"Tốt\" when index >= 85 }\n"
    "replace stat s \"Trên 90\" count index > 90\n"
    "remove block so\n";

std::string printed(const ast::File& f) {
    CriteriaTextOptions options;
    options.comments = false;
    return criteria_text(f, options);
}

void expect_same(const ast::File& copy, const ast::File& original) {
    EXPECT_EQ(dump(copy), dump(original));
    EXPECT_EQ(printed(copy), printed(original));
}

const ast::Node& child(const ast::Node& n, std::size_t i) { return n.children.at(i); }

TEST(AstCopy, ACopyHoldsEveryField) {
    for (const std::string& text : {kFile, kChild}) {
        Parsed parsed = parse_text(text);
        ASSERT_TRUE(parsed.ast) << rendered(parsed, Lang::En);
        const ast::File copy = *parsed.ast;  // a plain copy: no hand-written clone
        expect_same(copy, *parsed.ast);
        ast::File assigned;
        assigned = copy;
        expect_same(assigned, *parsed.ast);
    }
}

TEST(AstCopy, ChangingTheCopyLeavesTheOriginal) {
    Parsed parsed = parse_text(kFile);
    ASSERT_TRUE(parsed.ast) << rendered(parsed, Lang::En);
    const ast::File& original = *parsed.ast;
    const std::string dumped = dump(original);
    const std::string written = printed(original);

    ast::File copy = original;
    ast::Node& area = copy.trees.at(0).children.at(0);
    // A rule's own fields, a formula's operands deep inside, a condition's parts.
    std::get<ast::LevelsRule>(area.children.at(1).rule->body).levels.at(0).label = "xuất sắc";
    ast::BandsRule& bands = std::get<ast::BandsRule>(area.children.at(2).rule->body);
    bands.of->rest.at(0).operand->name = "khac";
    bands.bands.pop_back();
    ast::FormulaRule& formula = std::get<ast::FormulaRule>(area.children.at(9).rule->body);
    formula.expr->lhs->rest.at(0).operand->name = "z";
    formula.expr->rest.at(1).operand->rhs = ast::ExprPtr();
    area.children.at(6).rule->body = ast::YesNoRule{};
    ast::Cond& when = *copy.ladders.at(0).sections.at(0).rungs.at(0).when;
    when.parts.at(1)->parts.at(0)->parts.at(0)->flag = "khác";
    when.parts.at(0)->operands.at(0).number.value = Rational(1);
    copy.ladders.at(0).sections.at(0).rungs.at(1).when = copy.stats.at(0).when;  // `otherwise` gets a condition
    copy.stats.at(0).when->operands.at(1).number.value = Rational(95);

    EXPECT_EQ(dump(original), dumped);
    EXPECT_EQ(printed(original), written);
    EXPECT_NE(dump(copy), dumped);
    // The condition given to the rung is a copy too: changing the stat's left it as it was.
    EXPECT_EQ(number_text(copy.ladders.at(0).sections.at(0).rungs.at(1).when->operands.at(1).number), "80");
    EXPECT_EQ(child(original.trees.at(0).children.at(0), 6).rule->word(), "bonus");
    EXPECT_EQ(child(area, 6).rule->word(), "yesno");
}

TEST(AstCopy, AMovedFromBoxIsEmptyAndAnEmptyBoxCopiesEmpty) {
    ast::ExprPtr a = ast::make_box<ast::Expr>();
    a->name = "x";
    ast::ExprPtr b = std::move(a);
    EXPECT_TRUE(b);
    EXPECT_EQ(b->name, "x");
    ast::ExprPtr empty;
    ast::ExprPtr copy = empty;
    EXPECT_FALSE(copy);
    copy = b;
    ASSERT_TRUE(copy);
    EXPECT_NE(copy.get(), b.get());
    const ast::ExprPtr& same = copy;
    copy = same;  // self-assignment keeps the value
    EXPECT_EQ(copy->name, "x");
}

}  // namespace
}  // namespace chiso::test
