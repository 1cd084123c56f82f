// The inheritance statements (extends, edit tree/block/ladder, replace, remove), parsed
// into the AST: every construct with its contents and positions (`@line:byte_column`
// in the test dump; see ast_dump.cpp for the layout of each line).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "parse_test_support.hpp"

namespace chiso::test {
namespace {

const std::string kExtends = "extends \"p.chiso\"\n";

// The dump of a valid file that starts with kExtends, without its `extends` line.
std::string changes_dump(const std::string& text) {
    const std::string dumped = dump_valid(kExtends + text);
    return dumped.substr(dumped.find('\n') + 1);
}

// ---- extends ---------------------------------------------------------------------------------

TEST(ParseExtends, PathAndPositionInAnyOrderWithOtherStatements) {
    EXPECT_EQ(dump_valid("year 2024\nextends \"../vn/par-tinh-2022.chiso\"\n"),
              "extends \"../vn/par-tinh-2022.chiso\"@2:1\nyear 2024@1:6\n");
}

TEST(ParseExtends, NoExtendsByDefault) {
    Parsed parsed = parse_text("year 2024\n");
    ASSERT_TRUE(parsed.ast);
    EXPECT_FALSE(parsed.ast->extends.has_value());
    EXPECT_TRUE(parsed.ast->tree_edits.empty());
    EXPECT_TRUE(parsed.ast->removals.empty());
}

TEST(ParseExtends, TheExtendingFileMayDeclareNewItemsToo) {
    EXPECT_EQ(dump_valid("extends \"../vn/par-tinh-2022.chiso\"\n"
                         "index par \"Chỉ số\"\n"
                         "basis \"15/QĐ-UBND\"\n"
                         "block xa \"UBND xã\" tree xa\n"
                         "tree xa \"Bộ tiêu chí cấp xã\" max 100\n"
                         "remove block tw\n"
                         "stat top_3 \"Ba đơn vị dẫn đầu\" count rank <= 3\n"),
              "extends \"../vn/par-tinh-2022.chiso\"@1:1\n"
              "remove block tw@6:14@6:1\n"
              "index par@2:7 \"Chỉ số\"\n"
              "basis \"15/QĐ-UBND\" date=- title=-@3:1\n"
              "block xa@4:7 \"UBND xã\"@4:1 tree=xa@4:26\n"
              "tree xa@5:6 \"Bộ tiêu chí cấp xã\"@5:1 max=100@5:41\n"
              "stat top_3@7:6 \"Ba đơn vị dẫn đầu\"@7:1 (rank@7:47 <= 3@7:55)\n");
}

// ---- edit tree -------------------------------------------------------------------------------

TEST(ParseEditTree, TreeAttributesInTheOrderWritten) {
    EXPECT_EQ(changes_dump("edit tree so unchecked max 90 title \"Bộ mới\" weighted {\n}\n"
                           "edit tree huyen { }\n"),
              "edit tree so@2:11@2:1 given=unchecked,max,title,weighted title=\"Bộ mới\" max=90@2:28 weighted unchecked\n"
              "edit tree huyen@4:11@4:1 given=\n");
}

TEST(ParseEditTree, ChangeWithEveryAttribute) {
    EXPECT_EQ(changes_dump("edit tree so {\n"
                           "  change 1.2 title \"Tiêu chí\" max 3 weight 15% weighted unchecked survey optional na full "
                           "default 0 inputs a, b formula a / b\n"
                           "}\n"),
              "edit tree so@2:11@2:1 given=\n"
              "  change 1.2@3:10@3:3 given=title,max,weight,weighted,unchecked,survey,optional,na,default,inputs,rule "
              "title=\"Tiêu chí\" max=3@3:37 weight=15%@3:46 weighted unchecked survey optional na=full@3:85 "
              "default=0@3:101 input=a@3:110 input=b@3:113 rule=formula@3:115 expr=(/ a@3:123 b@3:127)@3:123\n");
}

TEST(ParseEditTree, ChangeGivesOnlyTheWordsWrittenInTheirOrder) {
    Parsed parsed = parse_text(kExtends +
                               "edit tree so {\n"
                               "  change 2 optional title \"Cải cách thủ tục hành chính\"\n"
                               "  change 2.1 bands { >= 95% -> max  < 95% -> 0 }\n"
                               "}\n");
    ASSERT_TRUE(parsed.ast) << rendered(parsed, Lang::En);
    const auto& edits = parsed.ast->tree_edits.at(0).edits;
    ASSERT_EQ(edits.size(), 2u);
    EXPECT_EQ(edits[0].kind, ast::NodeEdit::Kind::Set);
    EXPECT_EQ(edits[0].given, (std::vector<std::string>{"optional", "title"}));
    EXPECT_EQ(edits[0].node.title, "Cải cách thủ tục hành chính");
    EXPECT_TRUE(edits[0].node.optional);
    EXPECT_FALSE(edits[0].node.max.has_value());
    EXPECT_FALSE(edits[0].node.rule.has_value());
    EXPECT_EQ(edits[1].given, (std::vector<std::string>{"rule"}));
    ASSERT_TRUE(edits[1].node.rule.has_value());
    EXPECT_EQ(dump(*edits[1].node.rule),
              "bands@4:14 {[>= 95%@4:25]@4:22 -> max@4:32}@4:22 {[< 95%@4:39]@4:37 -> 0pt@4:46}@4:37");
}

TEST(ParseEditTree, AddRemoveMoveInTheOrderWritten) {
    EXPECT_EQ(changes_dump("edit tree so {\n"
                           "  add criterion 3.4 \"Chuyển đổi số\" max 2 yesno in 3 after 3.3\n"
                           "  add area 9 \"Điểm thưởng\" {\n"
                           "    item 9.1 \"Sáng kiến\" bonus cap 2\n"
                           "  }\n"
                           "  in total\n"
                           "  first\n"
                           "  remove 4.2\n"
                           "  move 2.3 to 3 after 3.1\n"
                           "  move 2.4 to total as 10\n"
                           "  move II.1 to II as II.5 first\n"
                           "}\n"),
              "edit tree so@2:11@2:1 given=\n"
              "  add 3.4@3:17@3:3 parent=3@3:59 after=3.3@3:67\n"
              "    criterion 3.4@3:17 \"Chuyển đổi số\"@3:7 max=2@3:48 rule=yesno@3:50\n"
              "  add 9@4:12@4:3 parent=total@7:6 first\n"
              "    area 9@4:12 \"Điểm thưởng\"@4:7\n"
              "      item 9.1@5:10 \"Sáng kiến\"@5:5 rule=bonus@5:29 cap=2@5:39\n"
              "  remove 4.2@9:10@9:3\n"
              "  move 2.3@10:8@10:3 parent=3@10:15 after=3.1@10:23\n"
              "  move 2.4@11:8@11:3 parent=total@11:15 as=10@11:24\n"
              "  move II.1@12:8@12:3 parent=II@12:16 first as=II.5@12:22\n");
}

TEST(ParseEditTree, AnAddedNodeKeepsItsCodeInBothPlaces) {
    Parsed parsed = parse_text(kExtends + "edit tree so { add item 3.4 \"Mới\" in 3 }\n");
    ASSERT_TRUE(parsed.ast) << rendered(parsed, Lang::En);
    const ast::NodeEdit& add = parsed.ast->tree_edits.at(0).edits.at(0);
    EXPECT_EQ(add.kind, ast::NodeEdit::Kind::Add);
    EXPECT_EQ(add.code.text, "3.4");
    EXPECT_EQ(add.node.code.text, "3.4");
    EXPECT_EQ(add.node.keyword, "item");
    EXPECT_TRUE(add.given.empty());  // `given` is for `change` only
    EXPECT_FALSE(add.after.has_value());
    EXPECT_FALSE(add.first);  // last by default
}

TEST(ParseEditTree, ChangesMayShareALineAndCodesMayBeLetters) {
    EXPECT_EQ(changes_dump("edit tree tinh { remove 1 remove 2 add area TD \"Thẩm định\" max 80 in total "
                           "add area XHH \"Xã hội học\" max 20 survey in total after TD }\n"),
              "edit tree tinh@2:11@2:1 given=\n"
              "  remove 1@2:25@2:18\n"
              "  remove 2@2:34@2:27\n"
              "  add TD@2:45@2:36 parent=total@2:75\n"
              "    area TD@2:45 \"Thẩm định\"@2:40 max=80@2:69\n"
              "  add XHH@2:90@2:81 parent=total@2:129 after=TD@2:141\n"
              "    area XHH@2:90 \"Xã hội học\"@2:85 max=20@2:116 survey\n");
}

// ---- edit block, edit ladder -----------------------------------------------------------------

TEST(ParseEditBlock, AnyOfNameTreeExcludeInAnyOrder) {
    EXPECT_EQ(changes_dump("edit block so \"Sở, ban, ngành\" tree so exclude 3\n"
                           "edit block huyen exclude 3.2, 4 \"UBND huyện\"\n"
                           "edit block tw tree tw_tree\n"
                           "tree tw_tree \"Cây\" max 10\n"),
              "edit block so@2:12@2:1 given=name,tree,exclude name=\"Sở, ban, ngành\" tree=so@2:40 exclude=3@2:51\n"
              "edit block huyen@3:12@3:1 given=exclude,name name=\"UBND huyện\" exclude=3.2@3:26 exclude=4@3:31\n"
              "edit block tw@4:12@4:1 given=tree tree=tw_tree@4:20\n"
              "tree tw_tree@5:6 \"Cây\"@5:1 max=10@5:25\n");
}

TEST(ParseEditLadder, RungsAndBlockSectionsWithTheDefaultSectionAlwaysFirst) {
    EXPECT_EQ(changes_dump("edit ladder xep_loai {\n"
                           "  \"Tốt\" when 85 <= index < 90\n"
                           "  block huyen, thi_xa { \"Nhóm I\" when index >= 75 }\n"
                           "}\n"
                           "edit ladder l2 { block huyen { \"A\" otherwise } }\n"),
              "edit ladder xep_loai@2:13@2:1\n"
              "  section@2:1\n"
              "    \"Tốt\"@3:3 (85@3:16 <= index@3:22 < 90@3:30)\n"
              "  section huyen@4:9 thi_xa@4:16@4:3\n"
              "    \"Nhóm I\"@4:25 (index@4:40 >= 75@4:49)\n"
              "edit ladder l2@6:13@6:1\n"
              "  section@6:1\n"
              "  section huyen@6:24@6:18\n"
              "    \"A\"@6:32 otherwise\n");
}

// ---- replace, remove -------------------------------------------------------------------------

TEST(ParseReplace, LadderAndStat) {
    EXPECT_EQ(changes_dump("replace ladder nguoi_dung_dau \"Đánh giá người đứng đầu\" {\n"
                           "  override \"Không xếp loại\" when flag \"kỷ luật\"\n"
                           "  \"Hoàn thành xuất sắc nhiệm vụ\" when rank <= 3\n"
                           "}\n"
                           "replace stat tren_80 \"Trên 80 điểm\" count index >= 80\n"),
              "replace ladder nguoi_dung_dau@2:16 \"Đánh giá người đứng đầu\"@2:1\n"
              "  section@2:1\n"
              "    override \"Không xếp loại\"@3:3 (flag \"kỷ luật\")@3:39\n"
              "    \"Hoàn thành xuất sắc nhiệm vụ\"@4:3 (rank@4:49 <= 3@4:57)\n"
              "replace stat tren_80@6:14 \"Trên 80 điểm\"@6:1 (index@6:47 >= 80@6:56)\n");
}

TEST(ParseReplace, ReplacementsDoNotDeclare) {
    Parsed parsed = parse_text(kExtends + "replace ladder l \"L\" { \"A\" otherwise }\nreplace stat s \"S\" count rank = 1\n");
    ASSERT_TRUE(parsed.ast) << rendered(parsed, Lang::En);
    EXPECT_TRUE(parsed.ast->ladders.empty());
    EXPECT_TRUE(parsed.ast->stats.empty());
    EXPECT_EQ(parsed.ast->ladder_replacements.size(), 1u);
    EXPECT_EQ(parsed.ast->stat_replacements.size(), 1u);
}

TEST(ParseRemove, BlockTreeLadderStat) {
    EXPECT_EQ(changes_dump("remove block tw\nremove tree tw\nremove ladder nguoi_dung_dau\nremove stat tren_90\n"),
              "remove block tw@2:14@2:1\n"
              "remove tree tw@3:13@3:1\n"
              "remove ladder nguoi_dung_dau@4:15@4:1\n"
              "remove stat tren_90@5:13@5:1\n");
}

// ---- the whole example of the brief, in one file ---------------------------------------------

TEST(ParseInheritance, EveryStatementInOneFile) {
    Parsed parsed = parse_text(
        "extends \"../vn/par-tinh-2022.chiso\"          # at most once per file\n"
        "edit tree so {\n"
        "  change 1.2 max 3\n"
        "  add criterion 3.4 \"Chuyển đổi số\" max 2 yesno in 3 after 3.3\n"
        "  remove 4.2\n"
        "  move 2.3 to 3 after 3.1\n"
        "}\n"
        "edit block so \"Sở, ban, ngành\" tree so exclude 3\n"
        "edit ladder xep_loai { \"Tốt\" when 85 <= index < 90   block huyen { \"Nhóm I\" when index >= 75 } }\n"
        "replace ladder nguoi_dung_dau \"Đánh giá người đứng đầu\" { \"Hoàn thành xuất sắc nhiệm vụ\" when rank <= 3 }\n"
        "replace stat tren_80 \"Trên 80 điểm\" count index >= 80\n"
        "remove block tw\n"
        "remove stat tren_90\n");
    ASSERT_TRUE(parsed.ast) << rendered(parsed, Lang::En);
    const ast::File& f = *parsed.ast;
    EXPECT_EQ(f.extends->path, "../vn/par-tinh-2022.chiso");
    ASSERT_EQ(f.tree_edits.size(), 1u);
    EXPECT_EQ(f.tree_edits[0].edits.size(), 4u);
    EXPECT_EQ(f.block_edits.size(), 1u);
    EXPECT_EQ(f.ladder_edits.size(), 1u);
    EXPECT_EQ(f.ladder_replacements.size(), 1u);
    EXPECT_EQ(f.stat_replacements.size(), 1u);
    EXPECT_EQ(f.removals.size(), 2u);
    EXPECT_EQ(f.extends->loc.file, parsed.file.get());
}

}  // namespace
}  // namespace chiso::test
