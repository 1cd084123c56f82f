// Ranks, ties, ladders and block statistics.
#include <gtest/gtest.h>

#include "engine_fixture.hpp"

using chiso::testing::run;

namespace {

std::string criteria(const std::string& ranking, const std::string& extra = "") {
    return ranking + "\nblock b \"B\"\nblock c \"C\"\ntree t \"T\" max 100\n" + extra;
}

const char* kUnits =
    "  - {id: a, name: \"Sở A\", block: b, scores: {total: 91.55}}\n"
    "  - {id: k, name: \"Sở Kế hoạch\", block: b, scores: {total: 90.29}}\n"
    "  - {id: n, name: \"Sở Ngoại vụ\", block: b, scores: {total: 90.294}}\n"
    "  - {id: z, name: \"Sở Z\", block: b, scores: {total: 90.06}}\n";

std::string ranks(const chiso::testing::Run& r) {
    std::string out;
    for (const auto& u : r.block("b").units) out += u.id + std::to_string(u.rank) + " ";
    return out;
}

}  // namespace

TEST(Ranking, SharedRanksSkipPlaces) {
    auto r = run(criteria("ranking by index rounded ties shared"), kUnits);
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(ranks(*r), "a1 k2 n2 z4 ");
}

TEST(Ranking, DenseRanks) {
    auto r = run(criteria("ranking by index rounded ties dense"), kUnits);
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(ranks(*r), "a1 k2 n2 z3 ");
}

TEST(Ranking, ExactValuesBreakWhatRoundingTies) {
    auto r = run(criteria("ranking by index exact ties shared"), kUnits);
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(ranks(*r), "a1 n2 k3 z4 ");
}

TEST(Ranking, DistinctByDeclaredTieBreakers) {
    auto r = run(criteria("ranking by index rounded ties distinct by name"), kUnits);
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(ranks(*r), "a1 k2 n3 z4 ");
}

TEST(Ranking, DistinctWithoutADecidingTieBreakerIsAnError) {
    // k and n are both 90.29 once rounded: nothing written decides between them.
    auto r = run(criteria("ranking by index rounded ties distinct"), kUnits);
    EXPECT_FALSE(r->results);
    EXPECT_NE(r->messages().find("block `b`: the units `k`, `n` are still equal (90.29)"), std::string::npos)
        << r->messages();
    EXPECT_NE(r->messages().find("t.chiso:4:1: error: block `b`"), std::string::npos) << r->messages();  // at `ranking`
    // Same names too: `by name` cannot decide either.
    r = run(criteria("ranking by index rounded ties distinct by name"),
            "  - {id: a, name: \"Sở A\", block: b, scores: {total: 90}}\n"
            "  - {id: b, name: \"Sở A\", block: b, scores: {total: 90}}\n");
    EXPECT_FALSE(r->results);
    EXPECT_NE(r->messages().find("eval.undecided-tie"), std::string::npos) << r->messages();
}

TEST(Ranking, DistinctEndingInIdAlwaysDecides) {
    auto r = run(criteria("ranking by index rounded ties distinct by name, id"),
                 "  - {id: b2, name: \"Sở A\", block: b, scores: {total: 90}}\n"
                 "  - {id: a1, name: \"Sở A\", block: b, scores: {total: 90}}\n"
                 "  - {id: c3, name: \"Sở B\", block: b, scores: {total: 90}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(ranks(*r), "a11 b22 c33 ");
}

TEST(Ranking, TiesByNameFollowVietnameseOrder) {
    // Byte order would put "Vân Đồn" (V = 56) before "Ứng Hòa" (Ứ = E1 BB A8) and
    // "Bạch Long Vỹ" before "Ân Thi"; Vietnamese order is a < ă < â < b, u < ư < v.
    auto r = run(criteria("ranking by index rounded ties distinct by name"),
                 "  - {id: a-van, name: \"Huyện Vân Đồn\", block: b, scores: {total: 90}}\n"
                 "  - {id: z-ung, name: \"Huyện Ứng Hòa\", block: b, scores: {total: 90}}\n"
                 "  - {id: a-bach, name: \"Huyện Bạch Long Vỹ\", block: b, scores: {total: 80}}\n"
                 "  - {id: z-an, name: \"Huyện Ân Thi\", block: b, scores: {total: 80}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    // Ids in the opposite order, so only the names can decide.
    EXPECT_EQ(ranks(*r), "z-ung1 a-van2 z-an3 a-bach4 ");
}

TEST(Ranking, PerBlockAndPerGroup) {
    auto r = run(criteria("ranking by index rounded ties shared within group"),
                 "  - {id: q1, name: Q1, block: b, group: quan, scores: {total: 80}}\n"
                 "  - {id: h1, name: H1, block: b, group: huyen, scores: {total: 85}}\n"
                 "  - {id: q2, name: Q2, block: b, group: quan, scores: {total: 90}}\n"
                 "  - {id: c1, name: C1, block: c, scores: {total: 70}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(ranks(*r), "q21 h11 q12 ");
    EXPECT_EQ(r->unit("c1").rank, 1);
}

TEST(Ladders, FirstMatchOverridesAndPerBlockSections) {
    const std::string ladders =
        "ladder x \"Xếp loại\" {\n"
        "  \"Tốt\" when index >= 90\n  \"Khá\" when index < 90\n"
        "  block c { \"Nhóm I\" when index >= 80  \"Nhóm II\" when index < 80 }\n}\n"
        "ladder h \"Người đứng đầu\" {\n"
        "  override \"Không hoàn thành\" when flag \"kỷ luật\"\n"
        "  \"Xuất sắc\" when rank <= 2 and index >= 90\n  \"Khác\" otherwise\n}\n";
    auto r = run(criteria("ranking by index rounded ties shared", ladders),
                 "  - {id: a, name: A, block: b, flags: [kỷ luật], scores: {total: 95}}\n"
                 "  - {id: b2, name: B, block: b, scores: {total: 90}}\n"
                 "  - {id: d, name: D, block: b, scores: {total: 89.99}}\n"
                 "  - {id: c1, name: C1, block: c, scores: {total: 80}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("a").classes.at("h"), "Không hoàn thành");
    EXPECT_EQ(r->unit("a").classes.at("x"), "Tốt");
    EXPECT_EQ(r->unit("b2").classes.at("h"), "Xuất sắc");
    EXPECT_EQ(r->unit("d").classes.at("x"), "Khá");
    EXPECT_EQ(r->unit("d").classes.at("h"), "Khác");
    EXPECT_EQ(r->unit("c1").classes.at("x"), "Nhóm I");
}

// `%` in a condition is a share of the scale of what it is compared with, never dropped.
TEST(Ladders, PercentIsAShareOfTheScale) {
    const std::string rules =
        "publish points\nranking by index\nblock b \"B\"\ntree t \"T\" max 80\n"
        "ladder x \"X\" { \"Đạt\" when index >= 55%  \"Chưa\" otherwise }\n"
        "stat top \"Top\" count rank <= 10%\nstat half \"Half\" count points >= 50%\n"
        "stat plain \"Plain\" count index >= 55\n";
    std::string units;
    // Eleven units at 60, 56, 52, …, 20: 55% of 80 is 44; the top tenth of 11 is rank 1.
    for (int i = 0; i < 11; ++i)
        units += "  - {id: u" + std::to_string(i) + ", name: U, block: b, scores: {total: " + std::to_string(60 - 4 * i) + "}}\n";
    auto r = run(rules, units);
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("u4").classes.at("x"), "Đạt");   // 44 >= 44
    EXPECT_EQ(r->unit("u5").classes.at("x"), "Chưa");  // 40
    const auto& counted = r->block("b").stats.counted;
    EXPECT_EQ(counted.at(0), 1u);  // rank <= 1.1
    EXPECT_EQ(counted.at(1), 6u);  // points >= 40: 60 … 40
    EXPECT_EQ(counted.at(2), 2u);  // index >= 55 (no %): 60, 56
}

TEST(Ladders, PercentOfAPercentIndexIsThePercentage) {
    auto r = run(criteria("ranking by index", "ladder x \"X\" { \"Tốt\" when index >= 80%  \"Khá\" when index < 80% }\n"),
                 "  - {id: a, name: A, block: b, scores: {total: 80}}\n"
                 "  - {id: z, name: Z, block: b, scores: {total: 79.99}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("a").classes.at("x"), "Tốt");
    EXPECT_EQ(r->unit("z").classes.at("x"), "Khá");
}

TEST(Stats, MeanMinMaxClassesAndCounts) {
    auto r = run(criteria("ranking by index rounded ties shared",
                          "ladder x \"X\" { \"Trên 90\" when index > 90  \"Còn lại\" when index <= 90 }\n"
                          "stat s80 \"Trên 80\" count index > 80\n"),
                 "  - {id: a, name: A, block: b, scores: {total: 91.93}}\n"
                 "  - {id: b2, name: B, block: b, scores: {total: 89.92}}\n"
                 "  - {id: c, name: C, block: b, scores: {total: 63.9}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    const auto& s = r->block("b").stats;
    EXPECT_EQ(s.count, 3u);
    EXPECT_EQ(s.mean.to_fixed(2), "81.92");  // 245.75 / 3 = 81.9166…
    EXPECT_EQ(s.min.to_string(), "63.9");
    EXPECT_EQ(s.max.to_string(), "91.93");
    ASSERT_EQ(s.per_class.at("x").size(), 2u);
    EXPECT_EQ(s.per_class.at("x")[0].count, 1u);
    EXPECT_EQ(s.counted.at(0), 2u);
    EXPECT_EQ(r->block("c").stats.count, 0u);
}

TEST(Determinism, UnitOrderInTheFileDoesNotMatter) {
    auto a = run(criteria("ranking by index rounded ties shared"), kUnits);
    std::string reversed = std::string(
        "  - {id: z, name: \"Sở Z\", block: b, scores: {total: 90.06}}\n"
        "  - {id: n, name: \"Sở Ngoại vụ\", block: b, scores: {total: 90.294}}\n"
        "  - {id: k, name: \"Sở Kế hoạch\", block: b, scores: {total: 90.29}}\n"
        "  - {id: a, name: \"Sở A\", block: b, scores: {total: 91.55}}\n");
    auto b = run(criteria("ranking by index rounded ties shared"), reversed);
    ASSERT_TRUE(a->results && b->results);
    EXPECT_EQ(ranks(*a), ranks(*b));
}

// Groups equal after normalisation are one group, shown with the spelling most units
// use; the order of the units does not change it.
TEST(Ranking, GroupsEqualAfterNormalisationAreOne) {
    const std::string units[] = {
        "  - {id: q1, name: Q1, block: b, group: quan, scores: {total: 80}}\n",
        "  - {id: q2, name: Q2, block: b, group: Quan, scores: {total: 90}}\n",
        "  - {id: q3, name: Q3, block: b, group: \"quan\u00a0\", scores: {total: 85}}\n",
        "  - {id: h1, name: H1, block: b, group: huyện, scores: {total: 70}}\n"};
    for (const std::string& order : {units[0] + units[1] + units[2] + units[3], units[3] + units[2] + units[1] + units[0]}) {
        auto r = run(criteria("ranking by index rounded ties shared within group"), order);
        ASSERT_TRUE(r->results) << r->messages();
        EXPECT_EQ(r->unit("q2").rank, 1);
        EXPECT_EQ(r->unit("q3").rank, 2);
        EXPECT_EQ(r->unit("q1").rank, 3);
        EXPECT_EQ(r->unit("h1").rank, 1);
        EXPECT_EQ(r->unit("q1").group, "quan");  // two of three units write it so
        EXPECT_EQ(r->unit("q2").group, "quan");
    }
}

TEST(Ranking, GroupsDifferingByAccentsOrOneLetterAreRefused) {
    auto accents = run(criteria("ranking by index rounded ties shared within group"),
                       "  - {id: q1, name: Q1, block: b, group: quận, scores: {total: 80}}\n"
                       "  - {id: q2, name: Q2, block: b, group: quan, scores: {total: 90}}\n");
    EXPECT_FALSE(accents->results);
    EXPECT_NE(accents->messages().find("eval.groups-differ-by-accents"), std::string::npos) << accents->messages();
    auto typo = run(criteria("ranking by index rounded ties shared within group"),
                    "  - {id: h1, name: H1, block: b, group: huyen, scores: {total: 80}}\n"
                    "  - {id: h2, name: H2, block: b, group: huyne, scores: {total: 90}}\n");
    EXPECT_NE(typo->messages().find("eval.groups-near-miss"), std::string::npos) << typo->messages();
    auto distinct = run(criteria("ranking by index rounded ties shared within group"),
                        "  - {id: n1, name: N1, block: b, group: nhóm 1, scores: {total: 80}}\n"
                        "  - {id: n2, name: N2, block: b, group: nhóm 2, scores: {total: 90}}\n"
                        "  - {id: l1, name: L1, block: b, group: loại A, scores: {total: 90}}\n"
                        "  - {id: l2, name: L2, block: b, group: loại B, scores: {total: 90}}\n");
    EXPECT_TRUE(distinct->results) << distinct->messages();
}

TEST(Ladders, FlagsAreComparedAfterNormalisationAndUnknownOnesRefused) {
    const std::string ladder =
        "ladder h \"Người đứng đầu\" {\n  override \"Không hoàn thành\" when flag \"kỷ luật\"\n  \"Khác\" otherwise\n}\n";
    auto r = run(criteria("ranking by index rounded ties shared", ladder),
                 "  - {id: a, name: A, block: b, flags: [Kỷ luật], scores: {total: 95}}\n"
                 "  - {id: d, name: D, block: b, flags: [\"KỶ LUẬT\u00a0\"], scores: {total: 90}}\n");
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("a").classes.at("h"), "Không hoàn thành");
    EXPECT_EQ(r->unit("d").classes.at("h"), "Không hoàn thành");
    EXPECT_EQ(r->unit("a").flags, std::vector<std::string>{"kỷ luật"});  // the criteria's spelling
    for (const char* typo : {"ky luat", "kỷ luậtt", "kỉ luật"}) {
        auto bad = run(criteria("ranking by index rounded ties shared", ladder),
                       std::string("  - {id: a, name: A, block: b, flags: [") + typo + "], scores: {total: 95}}\n");
        EXPECT_FALSE(bad->results) << typo;
        EXPECT_NE(bad->messages().find("eval.unknown-flag"), std::string::npos) << bad->messages();
        EXPECT_NE(bad->messages().find("`kỷ luật`?"), std::string::npos) << bad->messages();
    }
}

// A tie-breaker on a node is bound in each tree (TieBreakDef::node): here 1.1 is
// node #2 of one tree and #1 of the other, and decides the tie in both blocks.
TEST(Ranking, ANodeTieBreakerIsReadInTheTreeOfEachBlock) {
    const std::string body =
        "ranking by points exact ties distinct by 1.1, id\n"
        "block a \"A\" tree lon\nblock b \"B\" tree nho\n"
        "tree lon \"L\" max 100 {\n  area 1 \"X\" max 60 {\n    criterion 1.1 \"K\" max 30\n    criterion 1.2 \"N\" max 30\n  }\n"
        "  area 2 \"Y\" max 40\n}\n"
        "tree nho \"N\" max 50 {\n  criterion 1.1 \"K\" max 25\n  criterion 2 \"Y\" max 25\n}\n";
    const char* units =
        "  - {id: a1, name: \"A1\", block: a, scores: {'1.1': 10, '1.2': 20, '2': 30}}\n"
        "  - {id: a2, name: \"A2\", block: a, scores: {'1.1': 20, '1.2': 10, '2': 30}}\n"
        "  - {id: b1, name: \"B1\", block: b, scores: {'1.1': 5, '2': 20}}\n"
        "  - {id: b2, name: \"B2\", block: b, scores: {'1.1': 15, '2': 10}}\n";
    auto r = run(body, units);
    ASSERT_TRUE(r->results) << r->messages();
    std::string out;
    for (const char* block : {"a", "b"})
        for (const auto& u : r->block(block).units) out += u.id + std::to_string(u.rank) + " ";
    EXPECT_EQ(out, "a21 a12 b21 b12 ");  // equal points; more in 1.1 first, in each tree
}

// A percentage in a rung is a share of each tree's scale (CondValue::scaled), bound
// once: published in points, 80% is 80 of 100 in one block and 40 of 50 in the other.
TEST(Ranking, APercentageCutOffIsAShareOfTheTreeOfEachBlock) {
    const std::string body =
        "publish points\nblock a \"A\" tree lon\nblock b \"B\" tree nho\n"
        "tree lon \"L\" max 100\ntree nho \"N\" max 50\n"
        "ladder l \"L\" {\n  \"Tốt\" when index >= 80%\n  \"Khác\" otherwise\n}\n";
    const char* units =
        "  - {id: a1, name: \"A1\", block: a, scores: {total: 79}}\n"
        "  - {id: a2, name: \"A2\", block: a, scores: {total: 80}}\n"
        "  - {id: b1, name: \"B1\", block: b, scores: {total: 39.5}}\n"
        "  - {id: b2, name: \"B2\", block: b, scores: {total: 40}}\n";
    auto r = run(body, units);
    ASSERT_TRUE(r->results) << r->messages();
    EXPECT_EQ(r->unit("a1").classes.at("l"), "Khác");
    EXPECT_EQ(r->unit("a2").classes.at("l"), "Tốt");
    EXPECT_EQ(r->unit("b1").classes.at("l"), "Khác");
    EXPECT_EQ(r->unit("b2").classes.at("l"), "Tốt");
}
