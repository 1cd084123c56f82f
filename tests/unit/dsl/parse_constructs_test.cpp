// Each construct of the language, parsed into the AST (compared through the test
// dump: `@line:byte_column` after every positioned element).
#include <string>

#include <gtest/gtest.h>

#include "parse_test_support.hpp"

namespace chiso::test {
namespace {

// The nodes of a tree wrapped around `nodes`, without the tree's own line.
std::string nodes_dump(const std::string& nodes) {
    std::string dumped = dump_valid("tree t \"T\" {\n" + nodes + "\n}\n");
    return dumped.substr(dumped.find('\n') + 1);
}

// The rule of a single criterion, written on line 2 after `criterion 1 "T" `.
std::string rule_dump(const std::string& rule) {
    Parsed parsed = parse_text("tree t \"T\" {\ncriterion 1 \"T\" " + rule + "\n}\n");
    EXPECT_EQ(rendered(parsed, Lang::En), "");
    if (!parsed.ast || !parsed.ast->trees[0].children[0].rule) return "no rule";
    return dump(*parsed.ast->trees[0].children[0].rule);
}

// The condition of a stat, written on line 1 after `stat s "S" count `.
std::string cond_dump(const std::string& cond) {
    Parsed parsed = parse_text("stat s \"S\" count " + cond + "\n");
    EXPECT_EQ(rendered(parsed, Lang::En), "");
    return parsed.ast ? dump(*parsed.ast->stats[0].when) : "no condition";
}

// ---- header statements --------------------------------------------------------------------

TEST(ParseStatements, IndexLocalityYear) {
    EXPECT_EQ(dump_valid("index par \"Chỉ số cải cách hành chính\"\n"
                         "locality hải_phòng \"Hải Phòng\"\n"
                         "year 2019\n"),
              "index par@1:7 \"Chỉ số cải cách hành chính\"\n"
              "locality hải_phòng@2:10 \"Hải Phòng\"\n"
              "year 2019@3:6\n");
}

TEST(ParseStatements, BasisWithOptionalDateAndTitleInEitherOrder) {
    EXPECT_EQ(dump_valid("basis \"1091/QĐ-UBND\" date 2020-05-06 \"Phê duyệt và công bố Chỉ số CCHC năm 2019\"\n"
                         "basis \"12/KH-UBND\" date 6/5/2020\n"
                         "basis \"2/QĐ\" \"Tiêu đề\" date 31/12/2020\n"
                         "basis \"13/KH\"\n"),
              "basis \"1091/QĐ-UBND\" date=2020-05-06 title=\"Phê duyệt và công bố Chỉ số CCHC năm 2019\"@1:1\n"
              "basis \"12/KH-UBND\" date=2020-05-06 title=-@2:1\n"
              "basis \"2/QĐ\" date=2020-12-31 title=\"Tiêu đề\"@3:1\n"
              "basis \"13/KH\" date=- title=-@4:1\n");
}

TEST(ParseStatements, LeapDayIsARealDate) {
    EXPECT_EQ(dump_valid("basis \"1\" date 29/02/2020\n"), "basis \"1\" date=2020-02-29 title=-@1:1\n");
    EXPECT_FALSE(parse_text("basis \"1\" date 29/02/2019\n").ast);
}

TEST(ParseStatements, PublishRoundingPolicies) {
    EXPECT_EQ(dump_valid("publish points\nrounding 3 half_even\nnot_applicable zero\nmissing zero\n"),
              "publish points@1:1\nrounding 3 mode=1@2:1\nnot_applicable zero@3:1\nmissing zero@4:1\n");
    EXPECT_EQ(dump_valid("publish percent\nrounding 2\nnot_applicable full\nmissing error\n"),
              "publish percent@1:1\nrounding 2 mode=0@2:1\nnot_applicable full@3:1\nmissing error@4:1\n");
}

TEST(ParseStatements, RoundingModes) {
    EXPECT_EQ(dump_valid("rounding 0 half_up"), "rounding 0 mode=0@1:1\n");
    EXPECT_EQ(dump_valid("rounding 1 half_even"), "rounding 1 mode=1@1:1\n");
    EXPECT_EQ(dump_valid("rounding 1 down"), "rounding 1 mode=2@1:1\n");
    EXPECT_EQ(dump_valid("rounding 1 up"), "rounding 1 mode=3@1:1\n");
}

TEST(ParseStatements, RankingDefaults) {
    EXPECT_EQ(dump_valid("ranking by index\n"), "ranking by=index rounded ties=shared@1:1\n");
}

TEST(ParseStatements, RankingOptionsInAnyOrder) {
    EXPECT_EQ(dump_valid("ranking by index within group ties dense rounded\n"),
              "ranking by=index rounded ties=dense within_group@1:1\n");
}

TEST(ParseStatements, RankingTieBreaks) {
    EXPECT_EQ(dump_valid("ranking by points exact ties distinct by points, 1, 2.1, index, name within group\n"),
              "ranking by=points exact ties=distinct tb=points@1:42 tb=node:1@1:50@1:50 tb=node:2.1@1:53@1:53 "
              "tb=index@1:58 tb=name@1:65 within_group@1:1\n");
    EXPECT_EQ(dump_valid("ranking by index ties distinct by name, id\n"),
              "ranking by=index rounded ties=distinct tb=name@1:35 tb=id@1:41@1:1\n");
}

TEST(ParseStatements, Blocks) {
    EXPECT_EQ(dump_valid("block so \"Sở, ban, ngành\" tree so_tree exclude 3, 4.2\n"
                         "block huyen \"Quận, huyện\" exclude II.3 tree huyen_tree\n"
                         "block xa \"Xã\"\n"),
              "block so@1:7 \"Sở, ban, ngành\"@1:1 tree=so_tree@1:35 exclude=3@1:51 exclude=4.2@1:54\n"
              "block huyen@2:7 \"Quận, huyện\"@2:1 tree=huyen_tree@2:49 exclude=II.3@2:39\n"
              "block xa@3:7 \"Xã\"@3:1\n");
}

TEST(ParseStatements, BlockWithoutTreeBeforeATreeStatement) {
    // `tree so_tree "..."` on the next line is the tree statement, not the block's tree.
    EXPECT_EQ(dump_valid("block so \"Sở\"\ntree so_tree \"Cây\" {\n}\n"),
              "block so@1:7 \"Sở\"@1:1\ntree so_tree@2:6 \"Cây\"@2:1\n");
}

TEST(ParseStatements, EmptyFileAndOnlyComments) {
    EXPECT_EQ(dump_valid(""), "");
    EXPECT_EQ(dump_valid("# chỉ có chú thích\n\n   # và dòng trống\n"), "");
}

// ---- trees and nodes --------------------------------------------------------------------------

TEST(ParseTrees, TreeAttributesInAnyOrder) {
    EXPECT_EQ(dump_valid("tree so_tree \"Bộ tiêu chí cấp sở\" unchecked max 100 weighted {\n}\n"),
              "tree so_tree@1:6 \"Bộ tiêu chí cấp sở\"@1:1 max=100@1:57 weighted unchecked\n");
    EXPECT_EQ(dump_valid("tree t \"T\" {}"), "tree t@1:6 \"T\"@1:1\n");
}

TEST(ParseTrees, TreeWithoutNodesMayOmitBraces) {
    EXPECT_EQ(dump_valid("tree par \"Tổng điểm\" max 100\nstat s \"S\" count index > 90\n"),
              "tree par@1:6 \"Tổng điểm\"@1:1 max=100@1:31\nstat s@2:6 \"S\"@2:1 (index@2:18 > 90@2:26)\n");
}

TEST(ParseTrees, NodeKindsAndNesting) {
    EXPECT_EQ(nodes_dump("area I \"Lĩnh vực\" {\n"
                         "  criterion I.1 \"Tiêu chí\" {\n"
                         "    item I.1.a \"Mục\"\n"
                         "    node I.1.b \"Nút\"\n"
                         "  }\n"
                         "}\n"
                         "area II \"Lĩnh vực 2\""),
              "  area I@2:6 \"Lĩnh vực\"@2:1\n"
              "    criterion I.1@3:13 \"Tiêu chí\"@3:3\n"
              "      item I.1.a@4:10 \"Mục\"@4:5\n"
              "      node I.1.b@5:10 \"Nút\"@5:5\n"
              "  area II@8:6 \"Lĩnh vực 2\"@8:1\n");
}

TEST(ParseTrees, AllNodeAttributes) {
    EXPECT_EQ(nodes_dump("criterion 1.2 \"Mức độ\" max 10 weight 15% weighted unchecked survey optional na full default 0 "
                         "inputs done, assigned"),
              "  criterion 1.2@2:11 \"Mức độ\"@2:1 max=10@2:33 weight=15%@2:43 weighted unchecked survey optional "
              "na=full@2:82 default=0@2:98 input=done@2:107 input=assigned@2:113\n");
}

TEST(ParseTrees, DeclaredRangeOfTheInput) {
    EXPECT_EQ(nodes_dump("criterion 2 \"Tỷ lệ\" max 5 up to 150% allow negative proportional"),
              "  criterion 2@2:11 \"Tỷ lệ\"@2:1 max=5@2:29 allow_negative@2:42 up_to=150%@2:37 rule=proportional@2:57\n");
}

TEST(ParseTrees, WeightAsFractionAndNegativeDefault) {
    EXPECT_EQ(nodes_dump("item 1 \"x\" weight 0.15 default -1 na exclude"),
              "  item 1@2:6 \"x\"@2:1 weight=0.15@2:19 na=exclude@2:35 default=-1@2:32\n");
    EXPECT_EQ(nodes_dump("item 1 \"x\" na zero"), "  item 1@2:6 \"x\"@2:1 na=zero@2:12\n");
}

TEST(ParseTrees, ByteColumnsDifferFromCharacterColumnsAfterVietnameseText) {
    Parsed parsed = parse_text("tree t \"T\" {\n  criterion 1.2 \"Mức độ\" max 3\n}\n");
    ASSERT_TRUE(parsed.ast);
    const ast::Number& max = *parsed.ast->trees[0].children[0].max;
    EXPECT_EQ(max.loc.line, 2u);
    EXPECT_EQ(max.loc.byte_col, 35u);  // "Mức độ" is 6 characters but 11 bytes
    EXPECT_EQ(max.loc.char_col(), 30u);
    EXPECT_EQ(max.loc.file, parsed.file.get());
}

// ---- scoring rules ------------------------------------------------------------------------------

TEST(ParseRules, SimpleRules) {
    EXPECT_EQ(rule_dump("points"), "points@2:17");
    EXPECT_EQ(rule_dump("yesno"), "yesno@2:17");
    EXPECT_EQ(rule_dump("rate"), "rate@2:17");
    EXPECT_EQ(rule_dump("proportional"), "proportional@2:17");
}

TEST(ParseRules, NoRuleMeansNone) {
    Parsed parsed = parse_text("tree t \"T\" {\ncriterion 1 \"T\" max 5\n}\n");
    ASSERT_TRUE(parsed.ast);
    EXPECT_FALSE(parsed.ast->trees[0].children[0].rule.has_value());
}

TEST(ParseRules, LevelsWithOptionalCommasAndBothArrows) {
    EXPECT_EQ(rule_dump("levels { \"xuất sắc\" -> max, \"tốt\" → 75% \"hoàn thành\" -> 50%, \"không\" -> 0.5 }"),
              "levels@2:17 {\"xuất sắc\"@2:26 -> max@2:44} {\"tốt\"@2:49 -> 75%max@2:61} "
              "{\"hoàn thành\"@2:65 -> 50%max@2:83} {\"không\"@2:88 -> 0.5pt@2:100}");
}

TEST(ParseRules, Bands) {
    EXPECT_EQ(rule_dump("bands { >= 100% -> max   >= 80% < 100% -> 50%   < 80% -> 0 }"),
              "bands@2:17 {[>= 100%@2:28]@2:25 -> max@2:36}@2:25 {[>= 80%@2:45 < 100%@2:51]@2:42 -> 50%max@2:59}@2:42 "
              "{[< 80%@2:67]@2:65 -> 0pt@2:74}@2:65");
}

TEST(ParseRules, BandsBoundsInEitherOrderEqualityAndUnicodeOperators) {
    EXPECT_EQ(rule_dump("bands { < 100% >= 80% -> 1, = 100% -> max ≥ 10 ≤ 20 -> 2 > 5 -> 3 <= 1 -> 0 }"),
              "bands@2:17 {[>= 80%@2:35 < 100%@2:27]@2:25 -> 1pt@2:42}@2:25 {[= 100%@2:47]@2:45 -> max@2:55}@2:45 "
              "{[>= 10@2:63 <= 20@2:70]@2:59 -> 2pt@2:76}@2:59 {[> 5@2:80]@2:78 -> 3pt@2:85}@2:78 "
              "{[<= 1@2:90]@2:87 -> 0pt@2:95}@2:87");
}

TEST(ParseRules, BandsAndProportionalOfAnExpression) {
    EXPECT_EQ(rule_dump("inputs done, assigned bands of done / assigned { >= 100% -> max }"),
              "bands@2:39 {[>= 100%@2:69]@2:66 -> max@2:77}@2:66 expr=(/ done@2:48 assigned@2:55)@2:48");
    EXPECT_EQ(rule_dump("proportional of done / assigned"),
              "proportional@2:17 expr=(/ done@2:33 assigned@2:40)@2:33");
}

TEST(ParseRules, Answers) {
    EXPECT_EQ(rule_dump("survey answers { \"A\" -> 100%, \"B\" -> 60%, \"C\" -> 20% \"D\" -> 0% }"),
              "answers@2:24 {\"A\"@2:34 -> 100%@2:41} {\"B\"@2:47 -> 60%@2:54} {\"C\"@2:59 -> 20%@2:66} "
              "{\"D\"@2:70 -> 0%@2:77}");
}

TEST(ParseRules, BonusDeductionDeduct) {
    EXPECT_EQ(rule_dump("bonus cap 2"), "bonus@2:17 cap=2@2:27");
    EXPECT_EQ(rule_dump("deduction cap 3"), "deduction@2:17 cap=3@2:31");
    EXPECT_EQ(rule_dump("deduction cap 3 per 0.5"), "deduction@2:17 cap=3@2:31 per=0.5@2:37");
    EXPECT_EQ(rule_dump("deduct 25% per event"), "deduct@2:17 per_event=25%max@2:24");
    EXPECT_EQ(rule_dump("deduct max per event"), "deduct@2:17 per_event=max@2:24");
    EXPECT_EQ(rule_dump("deduct 0.5 per event"), "deduct@2:17 per_event=0.5pt@2:24");
}

TEST(ParseRules, FormulaPrecedenceAndAssociativity) {
    EXPECT_EQ(rule_dump("formula max * done / assigned"),
              "formula@2:17 expr=(/ (* max@2:25 done@2:31)@2:25 assigned@2:38)@2:25");
    EXPECT_EQ(rule_dump("formula a - b - c + d * e"),
              "formula@2:17 expr=(+ (- (- a@2:25 b@2:29)@2:25 c@2:33)@2:25 (* d@2:37 e@2:41)@2:37)@2:25");
}

TEST(ParseRules, FormulaUnaryMinusParenthesesMinMaxAndPercent) {
    EXPECT_EQ(rule_dump("formula -(a + 2) * min(a, b) + max(1, -a) - max * 50%"),
              "formula@2:17 expr=(- (+ (* (neg (+ a@2:27 2@2:31)@2:27)@2:25 (min a@2:40 b@2:43)@2:36)@2:25 "
              "(max 1@2:52 (neg a@2:56)@2:55)@2:48)@2:25 (* max@2:61 50%@2:67)@2:61)@2:25");
}

TEST(ParseRules, NamesMayContainDashesAndVietnameseLetters) {
    EXPECT_EQ(rule_dump("formula số_việc-hoàn_thành / tổng"),
              "formula@2:17 expr=(/ số_việc-hoàn_thành@2:25 tổng@2:52)@2:25");
}

// ---- conditions -----------------------------------------------------------------------------------

TEST(ParseConditions, ComparisonChainsAndOperands) {
    EXPECT_EQ(cond_dump("80 <= index < 90"), "(80@1:18 <= index@1:24 < 90@1:32)");
    EXPECT_EQ(cond_dump("points > 50% "), "(points@1:18 > 50%@1:27)");
    EXPECT_EQ(cond_dump("rank = 1"), "(rank@1:18 = 1@1:25)");
    EXPECT_EQ(cond_dump("index(1.2) ≥ 3"), "(index(1.2@1:24)@1:18 >= 3@1:33)");
    EXPECT_EQ(cond_dump("points( II ) ≤ -2"), "(points(II@1:26)@1:18 <= -2@1:35)");
}

TEST(ParseConditions, Flags) {
    EXPECT_EQ(cond_dump("flag \"kỷ luật\""), "(flag \"kỷ luật\")@1:18");
    EXPECT_EQ(cond_dump("flag kỷ_luật"), "(flag \"kỷ_luật\")@1:18");
}

TEST(ParseConditions, PrecedenceOrAndNot) {
    EXPECT_EQ(cond_dump("rank <= 5 and index >= 80 or not flag x"),
              "(or (and (rank@1:18 <= 5@1:26) (index@1:32 >= 80@1:41))@1:18 (not (flag \"x\")@1:51)@1:47)@1:18");
}

TEST(ParseConditions, ChainsAreFlatAndParenthesesKeepTheirGroup) {
    EXPECT_EQ(cond_dump("rank = 1 or rank = 2 or rank = 3"),
              "(or (rank@1:18 = 1@1:25) (rank@1:30 = 2@1:37) (rank@1:42 = 3@1:49))@1:18");
    EXPECT_EQ(cond_dump("(rank = 1 or rank = 2) or rank = 3"),
              "(or (or (rank@1:19 = 1@1:26) (rank@1:31 = 2@1:38))@1:19 (rank@1:44 = 3@1:51))@1:19");
    EXPECT_EQ(cond_dump("not (index > 1 and index < 2)"),
              "(not (and (index@1:23 > 1@1:31) (index@1:37 < 2@1:45))@1:23)@1:18");
}

// ---- ladders and stats ------------------------------------------------------------------------------

TEST(ParseLadders, RungsOverrideOtherwiseAndBlockSections) {
    EXPECT_EQ(dump_valid("ladder xep_loai \"Xếp loại\" {\n"
                         "  \"Xuất sắc\" when index >= 90\n"
                         "  override \"Không hoàn thành\" when flag \"kỷ luật\"\n"
                         "  block huyen, thi_xa { \"Nhóm I\" when index >= 80   \"Nhóm II\" otherwise }\n"
                         "  \"Khác\" otherwise\n"
                         "}\n"),
              "ladder xep_loai@1:8 \"Xếp loại\"@1:1\n"
              "  section@1:1\n"
              "    \"Xuất sắc\"@2:3 (index@2:23 >= 90@2:32)\n"
              "    override \"Không hoàn thành\"@3:3 (flag \"kỷ luật\")@3:39\n"
              "    \"Khác\"@5:3 otherwise\n"
              "  section huyen@4:9 thi_xa@4:16@4:3\n"
              "    \"Nhóm I\"@4:25 (index@4:40 >= 80@4:49)\n"
              "    \"Nhóm II\"@4:54 otherwise\n");
}

TEST(ParseLadders, DefaultSectionIsAlwaysPresent) {
    Parsed parsed = parse_text("ladder l \"L\" {\n  block huyen { \"A\" otherwise }\n}\n");
    ASSERT_TRUE(parsed.ast);
    const ast::Ladder& ladder = parsed.ast->ladders[0];
    ASSERT_EQ(ladder.sections.size(), 2u);
    EXPECT_TRUE(ladder.sections[0].blocks.empty());
    EXPECT_TRUE(ladder.sections[0].rungs.empty());
    EXPECT_EQ(ladder.sections[1].blocks[0].text, "huyen");
}

TEST(ParseStats, CountCondition) {
    EXPECT_EQ(dump_valid("stat tren_80 \"Trên 80 điểm\" count index > 80\n"),
              "stat tren_80@1:6 \"Trên 80 điểm\"@1:1 (index@1:39 > 80@1:47)\n");
}

// ---- lexical rules ------------------------------------------------------------------------------------

TEST(ParseLexical, StringEscapes) {
    EXPECT_EQ(dump_valid("index par \"Chỉ số \\\"CCHC\\\" \\\\ 2019 # không phải chú thích\""),
              "index par@1:7 \"Chỉ số \"CCHC\" \\ 2019 # không phải chú thích\"\n");
}

TEST(ParseLexical, KeywordsAreWholeWords) {
    // `index_2019` and `yearđ` are names, not the keywords `index` and `year`.
    Parsed parsed = parse_text("index_2019 par \"A\"\nyear 2019\nyearđ 2019\n");
    EXPECT_EQ(rendered(parsed, Lang::En),
              "test.chiso:1:1: error: unknown statement `index_2019`: a statement starts with index, locality, year, "
              "basis, publish, rounding, ranking, not_applicable, missing, block, tree, ladder, stat, extends, edit, replace, remove or survey\n"
              "  index_2019 par \"A\"\n"
              "  ^\n"
              "test.chiso:3:1: error: unknown statement `yearđ`; did you mean `year`?\n"
              "  yearđ 2019\n"
              "  ^\n");
}

TEST(ParseLexical, NoSpaceNeededAroundPunctuation) {
    EXPECT_EQ(rule_dump("levels{\"a\"->max,\"b\"->0}"), "levels@2:17 {\"a\"@2:24 -> max@2:29} {\"b\"@2:33 -> 0pt@2:38}");
}

TEST(ParseLexical, StatementsMayShareALineOrSpanSeveral) {
    EXPECT_EQ(dump_valid("year 2019 publish percent\nindex\n  par\n  \"Chỉ số\""),
              "index par@3:3 \"Chỉ số\"\nyear 2019@1:6\npublish percent@1:11\n");
}

}  // namespace
}  // namespace chiso::test
