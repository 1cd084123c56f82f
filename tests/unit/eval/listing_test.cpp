// A partial publication (engine/eval/listing.cpp): published ranks taken when every
// listed unit has one and they agree with the values, ranks among the listed
// otherwise, units not ranked out of the ranking and the statistics; the same
// whatever the order of the units, the thread count or the evaluator.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <random>

#include "engine/driver/driver.hpp"
#include "engine/eval/evaluate.hpp"

namespace chiso {
namespace {

const std::string kDir = std::string(CHISO_SOURCE_DIR) + "/examples/synthetic/";

struct Loaded {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> criteria;
    std::optional<ScoreSheet> sheet;
};

std::unique_ptr<Loaded> load() {
    auto l = std::make_unique<Loaded>();
    l->criteria = load_criteria(l->sources, kDir + "cong-bo-mot-phan.chiso", l->diags);
    l->sheet = load_scores(l->sources, kDir + "cong-bo-mot-phan-2024.yaml", l->diags);
    return l;
}

std::map<std::string, std::string> ranks(const Results& r) {
    std::map<std::string, std::string> out;
    for (const BlockResult& b : r.blocks)
        for (const UnitResult& u : b.units)
            out[u.id] = std::to_string(u.rank) + "/" + std::to_string(u.ranked_among) + (u.ranked ? "" : " unranked");
    return out;
}

TEST(Listing, PublishedRanksAreTaken) {
    auto l = load();
    ASSERT_TRUE(l->criteria && l->sheet) << l->diags.items().size();
    Diagnostics diags;
    auto r = evaluate(l->criteria->plan, *l->sheet, diags);
    ASSERT_TRUE(r);
    const BlockResult& b = r->blocks.front();
    EXPECT_EQ(b.population.of, 63);
    EXPECT_EQ(b.population.ranked, 20u);
    EXPECT_EQ(b.population.not_ranked, 1u);
    EXPECT_TRUE(b.population.published_ranks);
    EXPECT_EQ(b.stats.count, 20u);
    const auto all = ranks(*r);
    EXPECT_EQ(all.at("tinh-05"), "7/63");
    EXPECT_EQ(all.at("tinh-29"), "61/63");
    EXPECT_EQ(all.at("tinh-31"), "61/63");
    EXPECT_EQ(all.at("tinh-33"), "0/0 unranked");
    EXPECT_EQ(b.units.back().id, "tinh-33");  // after every ranked unit
}

TEST(Listing, WithoutPublishedRanksTheRankIsAmongTheListed) {
    auto l = load();
    ASSERT_TRUE(l->criteria && l->sheet);
    for (UnitInput& u : l->sheet->units) u.published_rank.reset();
    Diagnostics diags;
    auto r = evaluate(l->criteria->plan, *l->sheet, diags);
    ASSERT_TRUE(r);
    const BlockResult& b = r->blocks.front();
    EXPECT_FALSE(b.population.published_ranks);
    const auto all = ranks(*r);
    EXPECT_EQ(all.at("tinh-19"), "1/20");  // published 3: tinh-59 and tinh-22 are not listed
    EXPECT_EQ(all.at("tinh-29"), "19/20");
    EXPECT_EQ(all.at("tinh-31"), "19/20");
}

TEST(Listing, AContradictionIsAnErrorAtThePublishedRank) {
    auto l = load();
    ASSERT_TRUE(l->criteria && l->sheet);
    for (UnitInput& u : l->sheet->units)
        if (u.id == "tinh-41") u.published_rank = 8;  // 84.6, above tinh-05's 83 (published 7)
    Diagnostics diags;
    EXPECT_FALSE(evaluate(l->criteria->plan, *l->sheet, diags));
    ASSERT_EQ(diags.error_count(), 1u);
    EXPECT_EQ(diags.items().front().message->id, std::string("eval.published-rank-order"));
}

TEST(Listing, SameWhateverTheOrderThreadsOrEvaluator) {
    auto l = load();
    ASSERT_TRUE(l->criteria && l->sheet);
    Diagnostics diags;
    const auto expected = ranks(*evaluate(l->criteria->plan, *l->sheet, diags));
    std::mt19937 rng(14);
    for (int round = 0; round < 4; ++round) {
        ScoreSheet shuffled = *l->sheet;
        std::shuffle(shuffled.units.begin(), shuffled.units.end(), rng);
        EvaluateOptions options;
        options.threads = 1 + static_cast<unsigned>(round);
        options.kernel = round % 2 == 0;
        Diagnostics d;
        auto r = evaluate(l->criteria->plan, shuffled, d, options);
        ASSERT_TRUE(r);
        EXPECT_EQ(ranks(*r), expected) << "round " << round;
    }
}

// A statistic in a rung (mean, sd …) summarises the same population as the block's
// statistics: the ranked units, never one declared `ranked: false`.
TEST(Listing, DistributionStatisticsLeaveOutUnitsNotRanked) {
    const std::string dir = ::testing::TempDir();
    const std::string criteria = dir + "/listing_mean.chiso";
    {
        std::ofstream out(criteria);
        out << "extends \"" << kDir << "cong-bo-mot-phan.chiso\"\n"
            << "replace ladder nhom \"Nhóm điều hành\" {\n"
            << "  \"Trên trung bình\" when index >= mean\n"
            << "  \"Dưới trung bình\" otherwise\n"
            << "}\n";
    }
    Loaded l;
    l.criteria = load_criteria(l.sources, criteria, l.diags);
    l.sheet = load_scores(l.sources, kDir + "cong-bo-mot-phan-2024.yaml", l.diags);
    ASSERT_TRUE(l.criteria && l.sheet) << l.diags.items().size();
    Diagnostics diags;
    auto r = evaluate(l.criteria->plan, *l.sheet, diags);
    ASSERT_TRUE(r);
    const BlockResult& b = r->blocks.front();
    ASSERT_EQ(b.stats.distribution.size(), 1u);
    EXPECT_EQ(b.stats.distribution.front().n, 20u);  // the 20 ranked of the 21 listed
    Rational sum(0);
    for (const UnitResult& u : b.units)
        if (u.ranked) sum = sum + u.published;
    EXPECT_EQ(b.stats.distribution.front().value, sum / Rational(20));
}

}  // namespace
}  // namespace chiso
