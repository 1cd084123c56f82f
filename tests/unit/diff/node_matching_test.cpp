// Which old node is which new node: by code, else by a title found once on each side.
#include <gtest/gtest.h>

#include "diff_fixture.hpp"
#include "engine/diff/node_matching.hpp"

namespace chiso::difftest {
namespace {

using diff::ChangeKind;

const std::string kOld = R"(block so "S" tree so
tree so "T" max 10 {
  area 1 "Chỉ đạo" max 4 {
    item 1.1 "Kế hoạch CCHC" max 2 yesno
    item 1.2 "Báo cáo" max 2
  }
  area 2 "Thủ tục" max 6 {
    item 2.1 "Hồ sơ" max 3
    item 2.2 "Công khai" max 3
  }
}
)";
// 1.1 renumbered 1.5 (its title differs only in case and spaces), 1.2 moved under 2,
// 2.2 removed, 2.3 added.
const std::string kNew = R"(block so "S" tree so
tree so "T" max 10 {
  area 1 "Chỉ đạo" max 2 {
    item 1.5 "kế hoạch  cchc" max 2 yesno
  }
  area 2 "Thủ tục" max 8 {
    item 2.1 "Hồ sơ" max 3
    item 1.2 "Báo cáo" max 2
    item 2.3 "Số hóa" max 3
  }
}
)";

TEST(NodeMatching, NormalisedTitles) {
    EXPECT_EQ(diff::normalise_title("  Cải cách   THỦ TỤC\thành chính "), "cải cách thủ tục hành chính");
    EXPECT_EQ(diff::normalise_title("ĐIỂM"), diff::normalise_title("điểm"));
}

TEST(NodeMatching, ByCodeThenByTitle) {
    auto p = compare_texts(kOld, kNew);
    ASSERT_EQ(p->rules.trees.size(), 1u);
    const diff::TreeMatch& m = p->rules.trees[0];
    const TreeDef& o = p->old_criteria->definition->trees[0];
    const TreeDef& n = p->new_criteria->definition->trees[0];
    EXPECT_EQ(m.old_to_new[o.find("1.1")], n.find("1.5"));
    EXPECT_EQ(m.how[n.find("1.5")], diff::MatchedBy::Title);
    EXPECT_EQ(m.how[n.find("1.2")], diff::MatchedBy::Code);
    EXPECT_EQ(m.old_to_new[o.find("2.2")], kNoNode);
    EXPECT_EQ(m.new_to_old[n.find("2.3")], kNoNode);
    EXPECT_TRUE(m.moved(o, n, n.find("1.2")));
    EXPECT_FALSE(m.moved(o, n, n.find("2.1")));
}

TEST(NodeMatching, ChangesOfTheMatching) {
    auto p = compare_texts(kOld, kNew);
    const auto* code = p->find(ChangeKind::NodeCodeChanged, "1.5");
    ASSERT_NE(code, nullptr);
    EXPECT_EQ(code->old_text, "1.1");
    EXPECT_NE(p->find(ChangeKind::NodeTitleChanged, "1.5"), nullptr);  // the case did change
    const auto* moved = p->find(ChangeKind::NodeMoved, "1.2");
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->old_text, "1");
    EXPECT_EQ(moved->new_text, "2");
    EXPECT_NE(p->find(ChangeKind::NodeRemoved, "2.2"), nullptr);
    EXPECT_NE(p->find(ChangeKind::NodeAdded, "2.3"), nullptr);
    EXPECT_EQ(p->count(ChangeKind::NodeMaxChanged), 2u);  // areas 1 and 2
}

TEST(NodeMatching, OrderIsNewPreOrderWithRemovedInPlace) {
    auto p = compare_texts(kOld, kNew);
    std::vector<std::string> order;
    for (const auto& c : p->rules.changes) order.push_back(std::string(diff::kind_id(c.kind)) + " " + c.subject);
    // 2.2 came after 2.1 in the old tree: it is listed after 2.1's place in the new one.
    const std::vector<std::string> expected{"node_max_changed 1", "node_code_changed 1.5", "node_title_changed 1.5",
                                            "node_max_changed 2", "node_removed 2.2",      "node_moved 1.2",
                                            "node_added 2.3"};
    EXPECT_EQ(order, expected);
}

TEST(NodeMatching, NewCodeForAnOldCode) {
    auto p = compare_texts(kOld, kNew);
    EXPECT_EQ(p->rules.new_code_for("so", "1.1"), std::optional<std::string>("1.5"));
    EXPECT_EQ(p->rules.new_code_for("so", "1.2"), std::optional<std::string>("1.2"));
    EXPECT_EQ(p->rules.new_code_for("so", "2.2"), std::nullopt);
    EXPECT_EQ(p->rules.new_code_for("so", "9.9"), std::nullopt);
    EXPECT_EQ(p->rules.new_code_for("other", "1.1"), std::nullopt);
}

TEST(NodeMatching, AmbiguousTitlesAreNotGuessed) {
    const std::string o = "block so \"S\" tree so\ntree so \"T\" max 2 { item a \"Thưởng\" max 1\n item b \"Thưởng\" max 1 }\n";
    const std::string n = "block so \"S\" tree so\ntree so \"T\" max 2 { item c \"Thưởng\" max 1\n item d \"Thưởng\" max 1 }\n";
    auto p = compare_texts(o, n);
    EXPECT_EQ(p->count(ChangeKind::NodeCodeChanged), 0u);
    EXPECT_EQ(p->count(ChangeKind::NodeRemoved), 2u);
    EXPECT_EQ(p->count(ChangeKind::NodeAdded), 2u);
}

}  // namespace
}  // namespace chiso::difftest
