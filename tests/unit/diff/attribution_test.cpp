// Attribution on a small tree with a weighted composite and a bonus: a rule change,
// weight changes and a cap, computed by hand.
#include <gtest/gtest.h>

#include "diff_fixture.hpp"

namespace chiso::difftest {
namespace {

using diff::ChangeKind;

const std::string kOld = R"(block so "S" tree so
tree so "T" max 10 {
  area 1 "A" max 4 {
    item 1.1 "Kế hoạch" max 2 yesno
    item 1.2 "Mức" max 2 levels { "tốt" -> max, "đạt" -> 50% }
  }
  area 2 "B" max 6 weighted {
    item 2.1 "C" max 10 weight 60%
    item 2.2 "D" max 10 weight 40%
  }
  item 3 "Thưởng" bonus cap 1
}
)";

void replace(std::string& text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
}

std::string new_text() {
    std::string t = kOld;
    replace(t, "\"đạt\" -> 50%", "\"đạt\" -> 25%");
    replace(t, "weight 60%", "weight 50%");
    replace(t, "weight 40%", "weight 50%");
    return t;
}

const std::string kUnits = R"(  - id: a
    name: "A"
    block: so
    scores: {"1.1": có, "1.2": đạt, "2.1": 8, "2.2": 6, "3": 0}
  - id: b
    name: "B"
    block: so
    scores: {"1.1": có, "1.2": tốt, "2.1": 10, "2.2": 9, "3": 1}
)";

const diff::UnitDiff& find(const Pair& p, const std::string& id) {
    for (const auto& u : p.comparison->blocks.at(0).units)
        if (u.new_unit->id == id) return u;
    throw std::runtime_error(id);
}

Rational charged(const Pair& p, const diff::UnitDiff& u, ChangeKind kind, const std::string& subject) {
    for (const auto& line : u.attribution)
        if (line.kind == diff::AttributionLine::Kind::Change && p.rules.changes[line.change].kind == kind &&
            p.rules.changes[line.change].subject == subject)
            return line.amount;
    return Rational(0);
}

TEST(Attribution, RuleAndWeights) {
    auto p = compare_texts(kOld, new_text());
    add_scores(*p, kUnits);
    const auto& a = find(*p, "a");
    // 73.2 → 67: 1.2 "đạt" 1 → 0.5 point (×10); 2.1 6·0.6·0.8 → 6·0.5·0.8; 2.2 6·0.4·0.6 → 6·0.5·0.6.
    EXPECT_EQ(a.old_unit->published, Rational(732, 10));
    EXPECT_EQ(a.new_unit->published, Rational(67));
    EXPECT_EQ(charged(*p, a, ChangeKind::NodeRuleChanged, "1.2"), Rational(-5));
    EXPECT_EQ(charged(*p, a, ChangeKind::NodeWeightChanged, "2.1"), Rational(-48, 10));
    EXPECT_EQ(charged(*p, a, ChangeKind::NodeWeightChanged, "2.2"), Rational(36, 10));
    ASSERT_EQ(a.attribution.size(), 3u);
    EXPECT_EQ(a.attribution[0].amount, Rational(-5));  // largest first
}

TEST(Attribution, CapsGoToOther) {
    auto p = compare_texts(kOld, new_text());
    add_scores(*p, kUnits);
    const auto& b = find(*p, "b");
    // Old: 4 + 6·(0.6·1 + 0.4·0.9) = 9.76, + 1 bonus, capped at 10 → 100.
    // New: 4 + 6·(0.5·1 + 0.5·0.9) = 9.7, + 1, capped → 100.
    EXPECT_EQ(b.old_unit->published, Rational(100));
    EXPECT_EQ(b.new_unit->published, Rational(100));
    Rational sum;
    for (const auto& line : b.attribution) sum += line.amount;
    EXPECT_EQ(sum, Rational(0));
    // The weights move 2.1 by −6 and 2.2 by +5.4 index points; the cap takes 7.6
    // points off the old sum and 7 off the new one: +0.6 to "other".
    EXPECT_EQ(charged(*p, b, ChangeKind::NodeWeightChanged, "2.1"), Rational(-6));
    EXPECT_EQ(charged(*p, b, ChangeKind::NodeWeightChanged, "2.2"), Rational(54, 10));
    EXPECT_EQ(b.attribution.back().kind, diff::AttributionLine::Kind::Other);
    EXPECT_EQ(b.attribution.back().amount, Rational(6, 10));
}

TEST(Attribution, NoChangeNoLines) {
    auto p = compare_texts(kOld, kOld);
    add_scores(*p, kUnits);
    for (const auto& u : p->comparison->blocks.at(0).units) {
        EXPECT_TRUE(u.attribution.empty());
        EXPECT_FALSE(u.changed());
    }
}

}  // namespace
}  // namespace chiso::difftest
