// The facts of a block as data (engine/report/build/block_facts.hpp), pinned for the
// demo (examples/demo) as the Excel grids are: which ladders apply, the class of each
// unit on each of them, the counts per rung, the statistics with their labels and
// the block statistics by the one published rule (engine/eval/block_stats.hpp).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/report/build/block_facts.hpp"
#include "html_fixture.hpp"

namespace chiso {
namespace {

using report::block_facts;
using report::BlockFacts;
using Lines = std::vector<std::string>;

// "id: label" per unit on one ladder, in rank order; "id: -" when it has none.
std::vector<std::string> classes(const BlockFacts& facts, const report::LadderFacts& ladder) {
    std::vector<std::string> out;
    for (std::size_t u = 0; u < facts.unit_count(); ++u)
        out.push_back(facts.block->units[u].id + ": " + (ladder.class_of[u] ? *ladder.class_of[u] : "-"));
    return out;
}

std::vector<std::string> counts(const report::LadderFacts& ladder) {
    std::vector<std::string> out;
    if (ladder.counts)
        for (const auto& c : *ladder.counts) out.push_back(c.label + " " + std::to_string(c.count));
    return out;
}

std::vector<std::string> counted(const BlockFacts& facts) {
    std::vector<std::string> out;
    for (const auto& c : facts.counted) out.push_back(c.stat->id + " " + c.stat->label + " " + std::to_string(c.count));
    return out;
}

TEST(BlockFacts, DemoDepartments) {
    auto r = testing::evaluate_demo();
    ASSERT_TRUE(r->results);
    const Definition& def = *r->results->definition;
    const BlockFacts facts = block_facts(def, r->results->blocks.at(0));
    ASSERT_EQ(facts.block->block->id, "so");
    ASSERT_EQ(facts.ladders.size(), 2u);
    EXPECT_EQ(facts.ladders[0].ladder->id, "xep_loai");
    EXPECT_EQ(facts.ladders[1].ladder->id, "nguoi_dung_dau");
    EXPECT_EQ(classes(facts, facts.ladders[0]), (Lines{"so-tai-chinh: Xuất sắc", "thanh-tra: Xuất sắc", "so-noi-vu: Tốt",
                                                       "vp-ubnd: Khá", "so-y-te: Trung bình"}));
    EXPECT_EQ(classes(facts, facts.ladders[1]),
              (Lines{"so-tai-chinh: Hoàn thành xuất sắc nhiệm vụ", "thanh-tra: Hoàn thành xuất sắc nhiệm vụ",
                     "so-noi-vu: Hoàn thành tốt nhiệm vụ", "vp-ubnd: Hoàn thành tốt nhiệm vụ",
                     "so-y-te: Không hoàn thành nhiệm vụ"}));
    EXPECT_EQ(counts(facts.ladders[0]), (Lines{"Xuất sắc 2", "Tốt 1", "Khá 1", "Trung bình 1", "Yếu 0"}));
    // The override first, as the rungs are declared.
    EXPECT_EQ(counts(facts.ladders[1]), (Lines{"Không hoàn thành nhiệm vụ 1", "Hoàn thành xuất sắc nhiệm vụ 2",
                                               "Hoàn thành tốt nhiệm vụ 2", "Hoàn thành nhiệm vụ 0"}));
    EXPECT_EQ(counted(facts), (Lines{"tren_90 Trên 90% 2", "duoi_70 Dưới 70% 1"}));
    // The mean of the published indices 96.80, 90.38, 89.00, 76.75, 68.00 (420.93 / 5
    // = 84.186), rounded once: 84.19; lowest and highest as published.
    const BlockStats& s = facts.stats();
    EXPECT_EQ(s.count, 5u);
    EXPECT_EQ(s.mean.to_fixed(2), "84.19");
    EXPECT_EQ(s.mean, *Rational::parse_decimal("84.19"));
    EXPECT_EQ(s.min, *Rational::parse_decimal("68"));
    EXPECT_EQ(s.max, *Rational::parse_decimal("96.8"));
    // By ladder, whichever ladder object is asked.
    EXPECT_EQ(*facts.class_of(3, def.ladders[0]), "Khá");
    EXPECT_EQ(facts.class_of(facts.unit_count(), def.ladders[0]), nullptr);
}

TEST(BlockFacts, DemoCentralAgenciesUseTheirOwnRungs) {
    auto r = testing::evaluate_demo();
    ASSERT_TRUE(r->results);
    const BlockFacts facts = block_facts(*r->results->definition, r->results->blocks.at(1));
    ASSERT_EQ(facts.block->block->id, "tw");
    ASSERT_EQ(facts.ladders.size(), 2u);
    EXPECT_EQ(classes(facts, facts.ladders[0]), (Lines{"cuc-hai-quan: Nhóm I", "cuc-thue: Nhóm I", "kho-bac: Nhóm II"}));
    EXPECT_EQ(counts(facts.ladders[0]), (Lines{"Nhóm I 2", "Nhóm II 1"}));
    EXPECT_EQ(counts(facts.ladders[1]),
              (Lines{"Hoàn thành xuất sắc nhiệm vụ 2", "Hoàn thành tốt nhiệm vụ 0", "Hoàn thành nhiệm vụ 1"}));
    EXPECT_EQ(counted(facts), (Lines{"tren_90 Trên 90% 2", "duoi_70 Dưới 70% 1"}));
    EXPECT_EQ(facts.stats().mean, *Rational::parse_decimal("85.5"));  // (96.67 + 91.83 + 68.00) / 3
    EXPECT_EQ(facts.stats().min, *Rational::parse_decimal("68"));
    EXPECT_EQ(facts.stats().max, *Rational::parse_decimal("96.67"));
}

// A ladder with rungs for one block only does not apply to the other: no column,
// no counts there, and class_of says so (the CSV leaves its cells empty).
TEST(BlockFacts, ALadderOfOneBlockIsNotAppliedToAnother) {
    auto r = testing::evaluate_text(std::string(testing::kLadderOfBlockA) + R"(stat cao "Cao" count index >= 80
)",
                        R"(  - {id: a1, name: "A1", block: a, scores: {"1": 9}}
  - {id: a2, name: "A2", block: a, scores: {"1": 4}}
  - {id: b1, name: "B1", block: b, scores: {"1": 9}}
)");
    ASSERT_TRUE(r->results);
    const Definition& def = *r->results->definition;
    const BlockFacts a = block_facts(def, r->results->blocks.at(0));
    const BlockFacts b = block_facts(def, r->results->blocks.at(1));
    ASSERT_EQ(a.ladders.size(), 2u);
    EXPECT_EQ(classes(a, a.ladders[1]), (Lines{"a1: Cao", "a2: Thấp"}));
    EXPECT_EQ(counts(a.ladders[1]), (Lines{"Cao 1", "Thấp 1"}));
    ASSERT_EQ(b.ladders.size(), 1u);
    EXPECT_EQ(b.ladders[0].ladder->id, "chung");
    EXPECT_EQ(b.find(def.ladders[1]), nullptr);
    EXPECT_TRUE(b.block->stats.per_class.count("rieng") == 0);  // nor counted there
    EXPECT_EQ(b.class_of(0, def.ladders[1]), nullptr);
    EXPECT_EQ(*b.class_of(0, def.ladders[0]), "Đạt");
    EXPECT_EQ(counted(a), (Lines{"cao Cao 1"}));
    EXPECT_EQ(a.stats().mean, *Rational::parse_decimal("65"));  // (90 + 40) / 2
}

TEST(BlockStats, OneRuleExactOrPublished) {
    const std::vector<Rational> indices{*Rational::parse_decimal("90.38"), *Rational::parse_decimal("76.75"),
                                        *Rational::parse_decimal("68")};
    const BlockStats exact = summarise_indices(indices, nullptr);
    EXPECT_EQ(exact.count, 3u);
    EXPECT_EQ(exact.mean, *Rational::parse_decimal("235.13") / Rational(3));  // 78.3766…, kept exact
    EXPECT_EQ(exact.min, *Rational::parse_decimal("68"));
    EXPECT_EQ(exact.max, *Rational::parse_decimal("90.38"));
    auto r = testing::evaluate_demo();
    ASSERT_TRUE(r->results);
    const BlockStats published = summarise_indices(indices, r->results->definition);  // rounding 2 half_up
    EXPECT_EQ(published.mean, *Rational::parse_decimal("78.38"));
    const BlockStats none = summarise_indices({}, nullptr);
    EXPECT_EQ(none.count, 0u);
    EXPECT_EQ(none.mean, Rational(0));
}

}  // namespace
}  // namespace chiso
