// Recovery with the inheritance statements: `extends`, `edit`, `replace` and
// `remove block|tree|ladder|stat` start statements where the parser resumes after an
// error; inside `edit tree`, each later change is still checked on its own.
#include <string>

#include <gtest/gtest.h>

#include "dsl/parse_messages.hpp"
#include "parse_test_support.hpp"

namespace chiso::test {
namespace {

TEST(ParseInheritRecovery, EveryChangeOfAnEditTreeIsCheckedAfterAnError) {
    // The rest of the edit is skipped after the first error, but each later line that
    // starts a change (or a node, in the children of an added node) is checked alone.
    Parsed parsed = parse_text(
        "extends \"a.chiso\"\n"
        "edit tree so {\n"
        "  change 1.2 mx 3\n"
        "  change 1.3 max 2,5\n"
        "  remove 4.2\n"
        "  add criterion 3.4 \"Chuyển đổi số\" max 2 yesno\n"
        "  add area 9 \"Điểm thưởng\" {\n"
        "    item 9.1 \"Sáng kiến\" bonus cap 2 weigth 1\n"
        "  } in total first\n"
        "  move 2.3 3\n"
        "  change 1.4 max 1\n"
        "}\n"
        "year 2024\n");
    EXPECT_FALSE(parsed.ast.has_value());
    EXPECT_EQ(rendered(parsed, Lang::En),
              "test.chiso:3:14: error: node 1.2 has no attribute `mx`; did you mean `max`?\n"
              "    change 1.2 mx 3\n"
              "               ^\n"
              "test.chiso:4:19: error: decimals are written with a point: write `2.5` instead of `2,5`\n"
              "    change 1.3 max 2,5\n"
              "                    ^\n"
              "test.chiso:6:48: error: `add 3.4` needs `in <parent code | total>` here to say where the new node goes, "
              "e.g. `in 3` or `in total`\n"
              "    add criterion 3.4 \"Chuyển đổi số\" max 2 yesno\n"
              "                                                 ^\n"
              "test.chiso:8:38: error: node 9.1 has no attribute `weigth`; did you mean `weight`?\n"
              "      item 9.1 \"Sáng kiến\" bonus cap 2 weigth 1\n"
              "                                       ^\n"
              "test.chiso:10:12: error: `move 2.3` needs `to <parent code | total>` here, e.g. `move 2.3 to 3 after 3.1`\n"
              "    move 2.3 3\n"
              "             ^\n");
}

TEST(ParseInheritRecovery, TheNewStatementsAreWhereParsingResumes) {
    // One error per statement: the tree's, then one in each inheritance statement.
    Parsed parsed = parse_text(
        "tree t \"T\" {\n"
        "  criterion 1 \"Tiêu chí\" max 12,5\n"
        "  criterion 2 \"Tiêu chí\" max 1\n"
        "extends \"a.chiso\"\n"
        "extends \"b.chiso\"\n"
        "edit tree so {\n"
        "  chnage 1 max 2\n"
        "}\n"
        "edit block so\n"
        "replace stat s \"S\" cont rank < 3\n"
        "remove block\n"
        "edit ladder l { \"A\" when index > }\n");
    ASSERT_EQ(parsed.diags.items().size(), 7u) << rendered(parsed, Lang::En);
    const auto& d = parsed.diags.items();
    EXPECT_EQ(d[0].message, &dsl::kDecimalComma);
    EXPECT_EQ(d[1].message, &dsl::kDuplicateExtends);
    EXPECT_EQ(d[2].message, &dsl::kUnknownTreeEditSuggest);
    EXPECT_EQ(d[3].message, &dsl::kEditBlockWithoutChange);
    EXPECT_EQ(d[4].message, &dsl::kExpectedKeyword);
    EXPECT_EQ(d[5].message, &dsl::kExpectedId);
    EXPECT_EQ(d[6].message, &dsl::kExpectedCompareValue);
    EXPECT_EQ(d[5].loc.line, 11u);
    EXPECT_EQ(d[6].loc.line, 12u);
}

TEST(ParseInheritRecovery, RemovingANodeIsNotAStatementButRemovingABlockIs) {
    // `remove 4.2` on line 4 is a change of the unfinished edit (checked on its own,
    // and correct), not a misplaced statement; `remove block` on line 5 is a statement
    // and is parsed as one.
    Parsed parsed = parse_text(
        "extends \"a.chiso\"\n"
        "edit tree so {\n"
        "  change 1.2 mx 3\n"
        "  remove 4.2\n"
        "remove block\n");
    EXPECT_EQ(rendered(parsed, Lang::En),
              "test.chiso:3:14: error: node 1.2 has no attribute `mx`; did you mean `max`?\n"
              "    change 1.2 mx 3\n"
              "               ^\n"
              "test.chiso:5:13: error: `remove` needs an id here (letters, digits, `_`), e.g. `remove block tw`\n"
              "  remove block\n"
              "              ^\n");
}

TEST(ParseInheritRecovery, AForgottenBraceOfAnEditDoesNotHideTheNextStatement) {
    Parsed parsed = parse_text(
        "extends \"a.chiso\"\n"
        "edit tree so {\n"
        "  change 1.2 max 3\n"
        "remove block tw\n"
        "remove block\n");
    EXPECT_EQ(rendered(parsed, Lang::En),
              "test.chiso:3:19: error: missing `}` to close the `{` on line 2\n"
              "    change 1.2 max 3\n"
              "                    ^\n"
              "test.chiso:5:13: error: `remove` needs an id here (letters, digits, `_`), e.g. `remove block tw`\n"
              "  remove block\n"
              "              ^\n");
}

TEST(ParseInheritRecovery, ChangesWithoutExtendsAreReportedOnceAtTheFirst) {
    Parsed parsed = parse_text(
        "year 2024\n"
        "replace stat s \"S\" count rank < 3\n"
        "edit tree so { change 1 max 2 }\n"
        "remove block tw\n");
    ASSERT_EQ(parsed.diags.items().size(), 1u);
    EXPECT_EQ(parsed.diags.items()[0].message, &dsl::kChangesWithoutExtends);
    EXPECT_EQ(parsed.diags.items()[0].args[0], "replace");
    EXPECT_EQ(parsed.diags.items()[0].loc.line, 2u);
}

TEST(ParseInheritRecovery, AnExtendsWithAnErrorStillCountsForTheChanges) {
    // The `extends` is there, only its path is wrong: one error, not two.
    Parsed parsed = parse_text("extends\nremove block tw\n");
    ASSERT_EQ(parsed.diags.items().size(), 1u) << rendered(parsed, Lang::En);
    EXPECT_EQ(parsed.diags.items()[0].message, &dsl::kExpectedText);
}

TEST(ParseInheritRecovery, RepeatedAttributesInChangesDoNotStopParsing) {
    Parsed parsed = parse_text(
        "extends \"a.chiso\"\n"
        "edit tree so max 90 max 100 {\n"
        "  change 1.2 max 3 max 4\n"
        "  move 2.3 to 3 first after 3.1\n"
        "}\n"
        "edit block so tree a tree b\n"
        "year 2024\n"
        "yaer 2025\n");
    ASSERT_EQ(parsed.diags.items().size(), 5u) << rendered(parsed, Lang::En);
    EXPECT_EQ(parsed.diags.items()[0].message, &dsl::kDuplicateAttribute);
    EXPECT_EQ(parsed.diags.items()[1].message, &dsl::kDuplicateAttribute);
    EXPECT_EQ(parsed.diags.items()[2].message, &dsl::kPositionTwice);
    EXPECT_EQ(parsed.diags.items()[3].message, &dsl::kDuplicateAttribute);
    EXPECT_EQ(parsed.diags.items()[4].message, &dsl::kUnknownStatementSuggest);
}

TEST(ParseInheritRecovery, InheritanceWordsAreNotTakenForCodes) {
    // `in` at the end of a line and the next change: the parent is missing (not `remove`).
    Parsed parsed = parse_text(
        "extends \"a.chiso\"\n"
        "edit tree so {\n"
        "  move 2.3 to\n"
        "  remove 4.2\n"
        "}\n");
    ASSERT_EQ(parsed.diags.items().size(), 1u);
    EXPECT_EQ(parsed.diags.items()[0].message, &dsl::kExpectedParent);
    EXPECT_EQ(parsed.diags.items()[0].loc.line, 3u);
}

}  // namespace
}  // namespace chiso::test
