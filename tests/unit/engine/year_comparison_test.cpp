// Comparison with last year (docs/years.md): the published Hải Phòng 2018 ranks
// against the 2019 results, and a synthetic reorganisation (merged, renamed,
// split, new and vanished units) on the demo criteria.
#include <gtest/gtest.h>

#include "engine/compare/previous_index.hpp"
#include "engine/compare/year_comparison.hpp"
#include "engine/driver/previous.hpp"
#include "engine/input/results_loader.hpp"
#include "engine_fixture.hpp"

namespace {

// PreviousStatus as a number: 0 same, 1 renamed, 2 split, 3 merged, 4 other block, 5 new.
const char* const EXPECTED_JOIN =
    "same 0 <SAME r1 dr0 di10.00\n"
    "moi-ten 1 <cu  ten r2 dr0 di10.00\n"
    "gop 3 <Mot <hai di15.00\n"
    "bac 2 <chia r1 dr0 di-30.00\n"
    "nam 2 <chia r1 dr-1 di-40.00\n"
    "chuyen 4 <Chuyen r5 di0.00\n"
    "moi 5\n"
    "vanished het\n"
    "vanished block khoi-cu\n";

using chiso::PreviousStatus;
using chiso::UnitChange;
using chiso::YearComparison;

struct Compared {
    std::unique_ptr<chiso::testing::Run> run;
    std::optional<chiso::PreviousYear> previous;
    std::optional<YearComparison> comparison;

    const UnitChange& unit(const std::string& id) const {
        for (std::size_t b = 0; b < run->results->blocks.size(); ++b) {
            const auto& units = run->results->blocks[b].units;
            for (std::size_t u = 0; u < units.size(); ++u)
                if (units[u].id == id) return comparison->blocks[b].units[u];
        }
        throw std::out_of_range(id);
    }
    const chiso::BlockChange& block(const std::string& id) const {
        for (std::size_t b = 0; b < run->results->blocks.size(); ++b)
            if (run->results->blocks[b].block->id == id) return comparison->blocks[b];
        throw std::out_of_range(id);
    }
};

Compared compare(const std::string& criteria, const std::string& scores, const std::string& previous) {
    Compared c;
    c.run = chiso::testing::run_files(criteria, scores);
    EXPECT_TRUE(c.run->results) << c.run->messages();
    if (!c.run->results) return c;
    const std::string path = previous.empty() ? chiso::previous_named_in(*c.run->sheet)
                                              : std::string(CHISO_SOURCE_DIR) + "/" + previous;
    c.previous = chiso::load_previous_year(c.run->sources, chiso::PreviousRequest{path, ""}, *c.run->criteria,
                                           c.run->diags);
    EXPECT_TRUE(c.previous) << c.run->messages();
    if (c.previous) c.comparison = chiso::compare_years(*c.run->results, *c.run->sheet, *c.previous, c.run->diags);
    EXPECT_TRUE(c.comparison) << c.run->messages();
    return c;
}

class HaiPhong2018Ranks : public ::testing::Test {
protected:
    void SetUp() override {
        c_ = compare("criteria/haiphong/par-2019.chiso", "examples/haiphong/par-2019.yaml",
                     "examples/haiphong/par-2018-ket-qua.yaml");
        ASSERT_TRUE(c_.comparison);
    }
    Compared c_;
};

TEST_F(HaiPhong2018Ranks, PublishedRankChanges) {
    // The figures of the issue's acceptance and of QĐ 1091/QĐ-UBND.
    const std::vector<std::pair<std::string, int>> moves = {
        {"an-lao", 4}, {"an-duong", 3}, {"ngo-quyen", 1}, {"hong-bang", -1}, {"le-chan", 0},
        {"kien-thuy", 0}, {"y-te", 3}, {"du-lich", 5}, {"tt-tt", 1}, {"vp-ubnd", -3}};
    for (const auto& [id, move] : moves) {
        const UnitChange& change = c_.unit(id);
        EXPECT_EQ(change.status, PreviousStatus::Same) << id;
        ASSERT_TRUE(change.rank_change) << id;
        EXPECT_EQ(*change.rank_change, move) << id;
        EXPECT_FALSE(change.index_change) << id << ": no 2018 score was published";
    }
}

TEST_F(HaiPhong2018Ranks, UnpublishedRanksAreNotKnownRatherThanNew) {
    for (const char* id : {"tien-lang", "bach-long-vy", "thanh-tra", "noi-vu"}) {
        EXPECT_EQ(c_.unit(id).status, PreviousStatus::NotPublished) << id;
        EXPECT_FALSE(c_.unit(id).rank_change) << id;
    }
    EXPECT_TRUE(c_.block("huyen").vanished.empty());
    EXPECT_EQ(c_.block("huyen").previous, nullptr) << "ranks only: no 2018 statistics";
}

class Reorganisation : public ::testing::Test {
protected:
    void SetUp() override {
        c_ = compare("examples/demo/par-demo.chiso", "tests/fixtures/years/scores-2024-sap-nhap.yaml", "");
        ASSERT_TRUE(c_.comparison);
    }
    Compared c_;
};

TEST_F(Reorganisation, MergedUnitComparesWithTheMeanOfItsPredecessors) {
    const UnitChange& merged = c_.unit("so-tai-chinh");
    EXPECT_EQ(merged.status, PreviousStatus::Merged);
    ASSERT_EQ(merged.predecessors.size(), 2u);
    EXPECT_EQ(merged.predecessors[1]->id, "so-ke-hoach");
    ASSERT_TRUE(merged.previous_index);
    EXPECT_EQ(merged.previous_index->to_fixed(2), "90.80");  // (95.40 + 86.20) / 2
    EXPECT_EQ(merged.index_change->to_fixed(2), "6.00");     // 96.80 − 90.80
    EXPECT_FALSE(merged.rank_change) << "two predecessors: no single previous rank";
}

TEST_F(Reorganisation, RenamedNewOtherBlockAndVanished) {
    const UnitChange& renamed = c_.unit("vp-ubnd");
    EXPECT_EQ(renamed.status, PreviousStatus::Renamed);
    EXPECT_EQ(*renamed.rank_change, 0);
    EXPECT_EQ(renamed.index_change->to_fixed(2), "-3.25");
    EXPECT_EQ(renamed.previous_classes.at("xep_loai"), "Khá");

    EXPECT_EQ(c_.unit("thanh-tra").status, PreviousStatus::New);  // `predecessors: []`

    const UnitChange& moved = c_.unit("kho-bac");
    EXPECT_EQ(moved.status, PreviousStatus::OtherBlock);
    EXPECT_EQ(*moved.previous_rank, 7);
    EXPECT_FALSE(moved.rank_change) << "ranks of two blocks are not comparable";

    const auto& vanished = c_.block("so").vanished;
    ASSERT_EQ(vanished.size(), 1u);
    EXPECT_EQ(vanished[0]->id, "so-xay-dung");
    ASSERT_EQ(c_.comparison->vanished_blocks.size(), 1u);
    EXPECT_EQ(c_.comparison->vanished_blocks[0]->id, "ban-qlda");
}

TEST_F(Reorganisation, StatisticsOfACompletePublication) {
    const auto* before = c_.block("so").previous;
    ASSERT_NE(before, nullptr);
    EXPECT_EQ(before->stats.count, 7u);  // six departments and the Kho bạc, then in `so`
    EXPECT_EQ(before->stats.max.to_fixed(2), "95.40");
    EXPECT_EQ(before->stats.min.to_fixed(2), "60.00");
}

TEST(SplitUnit, EverySuccessorComparesWithThePredecessor) {
    auto run = chiso::testing::run(R"(
tree t "T" { criterion 1 "A" max 10 }
block b "B" tree t
)",
                                   R"(
  - {id: bac, name: Bắc, block: b, predecessors: [cu], scores: {"1": 9}}
  - {id: nam, name: Nam, block: b, predecessors: [cu], scores: {"1": 7}}
)");
    ASSERT_TRUE(run->results) << run->messages();
    chiso::PreviousYear previous;
    previous.year = 2023;
    previous.index = run->results->definition->index_id;
    previous.units.push_back(chiso::PreviousUnit{"cu", "Cũ", "b", 2, chiso::Rational(80), {}});
    auto comparison = chiso::compare_years(*run->results, *run->sheet, previous, run->diags);
    ASSERT_TRUE(comparison) << run->messages();
    const auto& units = comparison->blocks[0].units;
    ASSERT_EQ(units.size(), 2u);
    EXPECT_EQ(units[0].status, PreviousStatus::Split);
    EXPECT_EQ(*units[0].rank_change, 1);   // 2 → 1
    EXPECT_EQ(*units[1].rank_change, 0);   // 2 → 2
    EXPECT_EQ(units[1].index_change->to_fixed(2), "-10.00");
}

// Every kind of match at once, last year built by hand with ids written otherwise
// than this year (case, blanks): the hash join of compare_years gives what the
// scan per unit gave before it (this expected text was produced by that scan).
TEST(HashJoin, RenamedMergedSplitAndVanishedAsTheScanGaveThem) {
    auto run = chiso::testing::run(R"(
tree t "T" { criterion 1 "A" max 10 }
block b "B" tree t
block c "C" tree t
)",
                                   R"(
  - {id: same, name: S, block: b, scores: {"1": 9}}
  - {id: moi-ten, name: R, block: b, predecessors: ["CU TEN"], scores: {"1": 8}}
  - {id: gop, name: M, block: b, predecessors: [mot, Hai], scores: {"1": 7}}
  - {id: bac, name: N, block: c, predecessors: [chia], scores: {"1": 6}}
  - {id: nam, name: S, block: c, predecessors: [Chia], scores: {"1": 5}}
  - {id: chuyen, name: O, block: c, scores: {"1": 4}}
  - {id: moi, name: X, block: c, predecessors: [], scores: {"1": 3}}
)");
    ASSERT_TRUE(run->results) << run->messages();
    chiso::PreviousYear previous;
    previous.year = 2023;
    previous.index = run->results->definition->index_id;
    auto add = [&](std::string id, std::string block, int rank, int index) {
        previous.units.push_back(chiso::PreviousUnit{std::move(id), "", std::move(block), rank, chiso::Rational(index), {}});
    };
    add("SAME", "B", 1, 80);
    add("cu  ten", "b", 2, 70);
    add("Mot", "b", 3, 60);
    add("hai", "b", 4, 50);
    add("chia", "c", 1, 90);
    add("Chuyen", "b", 5, 40);
    add("het", "c", 2, 30);
    add("khoi-cu", "d", 1, 20);
    auto comparison = chiso::compare_years(*run->results, *run->sheet, previous, run->diags);
    ASSERT_TRUE(comparison) << run->messages();
    std::string text;
    const auto& blocks = run->results->blocks;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        for (std::size_t u = 0; u < blocks[b].units.size(); ++u) {
            const UnitChange& c = comparison->blocks[b].units[u];
            text += blocks[b].units[u].id + " " + std::to_string(static_cast<int>(c.status));
            for (const auto* p : c.predecessors) text += " <" + p->id;
            if (c.previous_rank) text += " r" + std::to_string(*c.previous_rank);
            if (c.rank_change) text += " dr" + std::to_string(*c.rank_change);
            if (c.index_change) text += " di" + c.index_change->to_fixed(2);
            text += "\n";
        }
        for (const auto* p : comparison->blocks[b].vanished) text += "vanished " + p->id + "\n";
    }
    for (const auto* p : comparison->vanished_blocks) text += "vanished block " + p->id + "\n";
    EXPECT_EQ(text, EXPECTED_JOIN) << text;
}

TEST(PreviousYear, MustBeEarlierAndOfTheSameIndex) {
    auto run = chiso::testing::run(R"(
tree t "T" { criterion 1 "A" max 10 }
block b "B" tree t
)",
                                   "  - {id: x, name: X, block: b, scores: {\"1\": 9}}\n");
    ASSERT_TRUE(run->results);
    chiso::PreviousYear previous;
    previous.year = run->sheet->year;
    previous.index = "sipas";
    EXPECT_FALSE(chiso::compare_years(*run->results, *run->sheet, previous, run->diags));
    const std::string text = run->messages();
    EXPECT_NE(text.find("[compare.index-mismatch]"), std::string::npos) << text;
    EXPECT_NE(text.find("[compare.not-earlier]"), std::string::npos) << text;
}

}  // namespace

// One statistics rule (engine/eval/block_stats.hpp) for last year's figures too: a
// publication's indices are rounded already, and their mean is kept exact (rounded
// where it is shown, by this year's criteria); nothing was counted.
TEST_F(Reorganisation, PublishedMeanKeptExactAndNothingCounted) {
    const auto* before = c_.block("so").previous;
    ASSERT_NE(before, nullptr);
    // 95.40 + 88.10 + 86.20 + 80.00 + 66.00 + 64.50 + 60.00 = 540.2, over 7 units (77.171…).
    EXPECT_EQ(before->stats.mean, *chiso::Rational::parse_decimal("540.2") / chiso::Rational(7));
    EXPECT_TRUE(before->stat_ids.empty());
    EXPECT_TRUE(before->stats.counted.empty());
    EXPECT_FALSE(before->counted("tren_90"));
}

// Last year's scores evaluated again: the same BlockStats as this year's, its mean
// rounded once by the criteria, and the statistics counted under their ids.
TEST(PreviousFromScores, StatisticsByTheSameRuleAndCountedById) {
    Compared c = compare("examples/demo/par-demo.chiso", "examples/demo/scores-2024.yaml",
                         "tests/fixtures/years/scores-2023.yaml");
    ASSERT_TRUE(c.comparison);
    const auto* before = c.block("so").previous;
    ASSERT_NE(before, nullptr);
    const chiso::Definition& def = *c.run->results->definition;
    EXPECT_EQ(before->stats.mean, def.published(before->stats.mean)) << "published: rounded once";
    EXPECT_EQ(before->stat_ids, (std::vector<std::string>{"tren_90", "duoi_70"}));
    ASSERT_EQ(before->stats.counted.size(), 2u);
    EXPECT_EQ(before->counted("tren_90"), before->stats.counted[0]);
    EXPECT_EQ(before->counted("duoi_70"), before->stats.counted[1]);
    EXPECT_FALSE(before->counted("khong_co"));
    EXPECT_EQ(before->stats.per_class.count("xep_loai"), 1u);
}

namespace {

// Two ids of one key only happen in a year built by hand (loaded results refuse
// them): the id spelt exactly wins, else the first of the key, as the scan did.
TEST(PreviousIndex, ExactSpellingFirstThenTheFirstOfTheKey) {
    chiso::PreviousYear previous;
    for (const char* id : {"So-A", "so-a", "SO-A", "so-b"})
        previous.units.push_back(chiso::PreviousUnit{id, "", "b", std::nullopt, std::nullopt, {}});
    const chiso::PreviousIndex index(previous);
    EXPECT_EQ(index.find("so-a"), 1u);
    EXPECT_EQ(index.find("SO-A"), 2u);
    EXPECT_EQ(index.find("So-A"), 0u);
    EXPECT_EQ(index.find("so-A"), 0u);
    EXPECT_EQ(index.find("So-B\u00a0"), 3u);
    EXPECT_FALSE(index.find("so-c"));
    EXPECT_EQ(index.id_key(2), "so-a");
}

}  // namespace
