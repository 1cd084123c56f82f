// Every kind of rule change the diff emits, each from one edit of a small criteria
// file, with its values and both positions.
#include <gtest/gtest.h>

#include "diff_fixture.hpp"

namespace chiso::difftest {
namespace {

using diff::ChangeKind;

const std::string kHead = "index par \"PAR\"\nlocality x \"X\"\nyear 2024\n";
const std::string kBase = R"(publish percent
rounding 2 half_up
ranking by index rounded ties shared
not_applicable exclude
missing error
block so "Sở" tree so
block h "Huyện" tree h
tree so "T" max 10 {
  area 1 "A" max 4 optional {
    item 1.1 "Kế hoạch" max 2 yesno
    item 1.2 "Mức" max 2 levels { "tốt" -> max, "đạt" -> 50% }
  }
  area 2 "B" max 6 weighted {
    item 2.1 "C" max 10 weight 60%
    item 2.2 "D" max 10 weight 40%
  }
}
tree h "H" max 5 {
  item H1 "E" max 5
}
ladder xl "Xếp loại" {
  "Tốt" when index >= 80
  "Khá" when 50 <= index < 80
  "Kém" when index < 50
}
stat t80 "Trên 80" count index >= 80
)";

std::string edited(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

struct Case {
    const char* name;
    std::vector<std::pair<std::string, std::string>> edits;
    ChangeKind kind;
    const char* subject;
    const char* old_text;
    const char* new_text;
};

class EachKind : public ::testing::TestWithParam<Case> {};

TEST_P(EachKind, IsReportedWithValuesAndPositions) {
    const Case& c = GetParam();
    std::string text = kHead + kBase;
    for (const auto& [from, to] : c.edits) text = edited(text, from, to);
    auto p = compare_texts(kHead + kBase, text, false);
    ASSERT_TRUE(p->old_criteria && p->new_criteria);
    const diff::RuleChange* change = p->find(c.kind, c.subject);
    ASSERT_NE(change, nullptr) << c.name << ": " << diff::kind_id(c.kind) << " not found";
    EXPECT_EQ(change->old_text, c.old_text);
    EXPECT_EQ(change->new_text, c.new_text);
    // Something that exists on a side has its position there.
    if (!change->old_text.empty() || !change->old_written.empty()) {
        EXPECT_TRUE(change->old_loc.known()) << c.name;
    }
    if (!change->new_text.empty() || !change->new_written.empty()) {
        EXPECT_TRUE(change->new_loc.known()) << c.name;
    }
    if (change->new_loc.known()) {
        EXPECT_EQ(change->new_loc.file->path(), "new.chiso");
    }
}

INSTANTIATE_TEST_SUITE_P(
    RuleDiff, EachKind,
    ::testing::Values(
        Case{"year", {{"year 2024", "year 2025"}}, ChangeKind::YearChanged, "", "2024", "2025"},
        Case{"index", {{"index par \"PAR\"", "index par \"Chỉ số CCHC\""}}, ChangeKind::IndexChanged, "",
             "par \"PAR\"", "par \"Chỉ số CCHC\""},
        Case{"locality", {{"locality x \"X\"", "locality y \"Y\""}}, ChangeKind::LocalityChanged, "", "x \"X\"", "y \"Y\""},
        Case{"basis", {{"year 2024\n", "year 2024\nbasis \"1/QĐ\"\n"}}, ChangeKind::BasisChanged, "", "", "1/QĐ"},
        // On a scale of points the cut-offs must fit the trees' maxima (5 and 10).
        Case{"publish",
             {{"publish percent", "publish points"}, {"index >= 80\n", "index >= 4\n"}, {"50 <= index < 80", "2 <= index < 4"},
              {"index < 50", "index < 2"}, {"count index >= 80", "count index >= 4"}},
             ChangeKind::PublishChanged, "", "percent", "points"},
        Case{"places", {{"rounding 2 half_up", "rounding 1 half_up"}}, ChangeKind::PlacesChanged, "", "2", "1"},
        Case{"mode", {{"rounding 2 half_up", "rounding 2 half_even"}}, ChangeKind::RoundingModeChanged, "", "half_up", "half_even"},
        Case{"rank by", {{"ranking by index", "ranking by points"}}, ChangeKind::RankByChanged, "", "index", "points"},
        Case{"exact", {{"index rounded", "index exact"}}, ChangeKind::OnRoundedChanged, "", "rounded", "exact"},
        Case{"ties", {{"ties shared", "ties dense"}}, ChangeKind::TiesChanged, "", "shared", "dense"},
        Case{"tie-breaks", {{"ties shared", "ties distinct by points, name"}}, ChangeKind::TieBreaksChanged, "", "", "points, name"},
        Case{"within group", {{"ties shared", "ties shared within group"}}, ChangeKind::WithinGroupChanged, "", "", "within group"},
        Case{"default na", {{"not_applicable exclude", "not_applicable full"}}, ChangeKind::DefaultNaChanged, "", "exclude", "full"},
        Case{"missing", {{"missing error", "missing zero"}}, ChangeKind::MissingChanged, "", "error", "zero"},
        Case{"tree added", {{"stat t80", "block k \"K\" tree k\ntree k \"K\" max 1\nstat t80"}}, ChangeKind::TreeAdded, "", "", "\"K\""},
        Case{"tree removed", {{"block h \"Huyện\" tree h\n", ""}, {"tree h \"H\" max 5 {\n  item H1 \"E\" max 5\n}\n", ""}},
             ChangeKind::TreeRemoved, "", "\"H\"", ""},
        Case{"tree title", {{"tree so \"T\"", "tree so \"T2\""}}, ChangeKind::TreeTitleChanged, "", "\"T\"", "\"T2\""},
        Case{"node added", {{"tree h \"H\" max 5 {", "tree h \"H\" max 6 {\n  item H2 \"F\" max 1"}},
             ChangeKind::NodeAdded, "H2", "", "\"F\""},
        Case{"node removed", {{"item 1.2 \"Mức\" max 2 levels { \"tốt\" -> max, \"đạt\" -> 50% }", ""},
                              {"area 1 \"A\" max 4", "area 1 \"A\" max 2"}, {"tree so \"T\" max 10", "tree so \"T\" max 8"}},
             ChangeKind::NodeRemoved, "1.2", "\"Mức\"", ""},
        Case{"title", {{"\"Kế hoạch\"", "\"Kế hoạch năm\""}}, ChangeKind::NodeTitleChanged, "1.1", "\"Kế hoạch\"",
             "\"Kế hoạch năm\""},
        Case{"code", {{"item 1.1 \"Kế hoạch\"", "item 1.5 \"Kế hoạch\""}}, ChangeKind::NodeCodeChanged, "1.5", "1.1", "1.5"},
        Case{"max", {{"area 2 \"B\" max 6", "area 2 \"B\" max 7"}, {"tree so \"T\" max 10", "tree so \"T\" max 11"}},
             ChangeKind::NodeMaxChanged, "2", "6", "7"},
        Case{"tree max", {{"area 2 \"B\" max 6", "area 2 \"B\" max 7"}, {"tree so \"T\" max 10", "tree so \"T\" max 11"}},
             ChangeKind::NodeMaxChanged, "total", "10", "11"},
        Case{"weight", {{"weight 60%", "weight 50%"}, {"weight 40%", "weight 50%"}}, ChangeKind::NodeWeightChanged, "2.1",
             "60%", "50%"},
        Case{"rule", {{"\"đạt\" -> 50%", "\"đạt\" -> 40%"}}, ChangeKind::NodeRuleChanged, "1.2", "", ""},
        Case{"na", {{"max 4 optional", "max 4 optional na full"}}, ChangeKind::NodeNaChanged, "1", "exclude", "full"},
        Case{"flag", {{"max 4 optional", "max 4"}}, ChangeKind::NodeFlagChanged, "1", "optional", ""},
        Case{"survey", {{"area 2 \"B\" max 6 weighted", "area 2 \"B\" max 6 weighted survey"}}, ChangeKind::NodeFlagChanged,
             "2", "", "survey"},
        Case{"default", {{"item H1 \"E\" max 5", "item H1 \"E\" max 5 default 0"}}, ChangeKind::NodeDefaultChanged, "H1", "", "0"},
        Case{"block added", {{"block h \"Huyện\" tree h", "block h \"Huyện\" tree h\nblock x \"Xã\" tree h"}},
             ChangeKind::BlockAdded, "", "", "Xã"},
        Case{"block removed", {{"block h \"Huyện\" tree h\n", ""}, {"tree h \"H\" max 5 {\n  item H1 \"E\" max 5\n}\n", ""}},
             ChangeKind::BlockRemoved, "", "Huyện", ""},
        Case{"block name", {{"block so \"Sở\"", "block so \"Sở, ngành\""}}, ChangeKind::BlockNameChanged, "", "Sở", "Sở, ngành"},
        Case{"block tree", {{"block h \"Huyện\" tree h", "block h \"Huyện\" tree so\nblock h2 \"H2\" tree h"}}, ChangeKind::BlockTreeChanged, "", "h", "so"},
        Case{"block excluded", {{"block so \"Sở\" tree so", "block so \"Sở\" tree so exclude 1.2, 1.1"}},
             ChangeKind::BlockExcludedChanged, "", "", "1.1, 1.2"},
        Case{"ladder added", {{"stat t80", "ladder l2 \"L2\" { \"A\" otherwise }\nstat t80"}}, ChangeKind::LadderAdded, "", "", "\"L2\""},
        Case{"ladder name", {{"ladder xl \"Xếp loại\"", "ladder xl \"Phân loại\""}}, ChangeKind::LadderNameChanged, "",
             "\"Xếp loại\"", "\"Phân loại\""},
        Case{"cut-off", {{"\"Tốt\" when index >= 80", "\"Tốt\" when index >= 85"}, {"50 <= index < 80", "50 <= index < 85"}},
             ChangeKind::RungConditionChanged, "Tốt", "", ""},
        Case{"rung label", {{"\"Kém\" when", "\"Yếu\" when"}}, ChangeKind::RungLabelChanged, "Yếu", "\"Kém\"", "\"Yếu\""},
        Case{"rung added", {{"\"Khá\" when 50 <= index < 80", "\"Khá\" when 65 <= index < 80\n  \"TB\" when 50 <= index < 65"}},
             ChangeKind::RungAdded, "TB", "", ""},
        Case{"rung removed", {{"  \"Kém\" when index < 50\n", ""}, {"\"Khá\" when 50 <= index < 80", "\"Khá\" when index < 80"}},
             ChangeKind::RungRemoved, "Kém", "", ""},
        Case{"rung order", {{"  \"Kém\" when index < 50\n", ""}, {"  \"Tốt\" when", "  \"Kém\" when index < 50\n  \"Tốt\" when"}},
             ChangeKind::RungOrderChanged, "", "\"Tốt\" > \"Khá\" > \"Kém\"", "\"Kém\" > \"Tốt\" > \"Khá\""},
        Case{"stat changed", {{"count index >= 80", "count index >= 85"}}, ChangeKind::StatChanged, "", "\"Trên 80\" count",
             "\"Trên 80\" count"},
        Case{"stat added", {{"stat t80", "stat t50 \"Trên 50\" count index >= 50\nstat t80"}}, ChangeKind::StatAdded, "", "",
             "\"Trên 50\" count"},
        Case{"stat removed", {{"stat t80 \"Trên 80\" count index >= 80\n", ""}}, ChangeKind::StatRemoved, "",
             "\"Trên 80\" count", ""}),
    [](const ::testing::TestParamInfo<Case>& param) {
        std::string name = param.param.name;
        for (char& ch : name)
            if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
        return name;
    });

TEST(RuleDiff, SameFileHasNoChanges) {
    auto p = compare_texts(kHead + kBase, kHead + kBase, false);
    EXPECT_TRUE(p->rules.changes.empty());
}

TEST(RuleDiff, AggregationChanged) {
    const std::string sum = "block so \"S\" tree so\ntree so \"T\" max 6 { area 2 \"B\" max 6 { item 2.1 \"C\" max 3\n item 2.2 \"D\" max 3 } }\n";
    const std::string weighted =
        "block so \"S\" tree so\ntree so \"T\" max 6 { area 2 \"B\" max 6 weighted { item 2.1 \"C\" max 3 weight 50%\n item 2.2 \"D\" max 3 weight 50% } }\n";
    auto p = compare_texts(sum, weighted);
    const diff::RuleChange* c = p->find(ChangeKind::NodeAggregationChanged, "2");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->old_text, "sum");
    EXPECT_EQ(c->new_text, "weighted");
    EXPECT_EQ(p->count(ChangeKind::NodeWeightChanged), 2u);
}

TEST(RuleDiff, ARuleIsComparedAsWritten) {
    // 1.2's levels are written in % of its maximum: a new maximum is not a new rule.
    std::string text = edited(kHead + kBase, "item 1.2 \"Mức\" max 2", "item 1.2 \"Mức\" max 3");
    text = edited(text, "area 1 \"A\" max 4", "area 1 \"A\" max 5");
    text = edited(text, "tree so \"T\" max 10", "tree so \"T\" max 11");
    auto p = compare_texts(kHead + kBase, text, false);
    EXPECT_NE(p->find(ChangeKind::NodeMaxChanged, "1.2"), nullptr);
    EXPECT_EQ(p->find(ChangeKind::NodeRuleChanged), nullptr);
}

// Formulas of 50,000 terms are compared term by term (a loop, not recursion): equal
// ones are no change, one sign apart is a rule change.
TEST(RuleDiff, LongFormulasAreComparedWithoutRecursion) {
    const auto tree = [](const std::string& last_op) {
        std::string formula = "a";
        for (int i = 1; i < 50000; ++i) formula += " + a";
        return "block so \"S\" tree so\ntree so \"T\" max 5 { item 1 \"C\" max 5 inputs a formula (" + formula + " " +
               last_op + " a) / 50000 }\n";
    };
    auto same = compare_texts(tree("+"), tree("+"));
    ASSERT_TRUE(same->old_criteria && same->new_criteria) << render_all(same->diags, RenderOptions{Lang::En, true});
    EXPECT_TRUE(same->rules.changes.empty());
    auto changed = compare_texts(tree("+"), tree("-"));
    EXPECT_NE(changed->find(ChangeKind::NodeRuleChanged, "1"), nullptr);
}

TEST(RuleDiff, RuleChangeKeepsTheWrittenRules) {
    auto p = compare_texts(kHead + kBase, edited(kHead + kBase, "\"đạt\" -> 50%", "\"đạt\" -> 40%"), false);
    const diff::RuleChange* c = p->find(ChangeKind::NodeRuleChanged, "1.2");
    ASSERT_NE(c, nullptr);
    // As written (50% stays 50%), in the printer's one spelling (dsl/print.hpp).
    EXPECT_NE(c->old_written.find("\"đạt\" -> 50%"), std::string::npos) << c->old_written;
    EXPECT_NE(c->new_written.find("\"đạt\" -> 40%"), std::string::npos) << c->new_written;
    EXPECT_EQ(c->new_loc.line, 14u);  // the rule, on the line of 1.2 in the new file
}

TEST(RuleDiff, CutOffKeepsTheConditions) {
    auto p = compare_texts(kHead + kBase,
                           edited(edited(kHead + kBase, "\"Tốt\" when index >= 80", "\"Tốt\" when index >= 85"),
                                  "50 <= index < 80", "50 <= index < 85"),
                           false);
    EXPECT_EQ(p->count(ChangeKind::RungConditionChanged), 2u);
    const diff::RuleChange* c = p->find(ChangeKind::RungConditionChanged, "Tốt");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->old_written, "index >= 80");
    EXPECT_EQ(c->new_written, "index >= 85");
    EXPECT_EQ(c->scope, "xl");
}

}  // namespace
}  // namespace chiso::difftest
