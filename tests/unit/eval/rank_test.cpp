// rank_block sorts by the ranking keys as int64s over their common denominator when
// they fit, by Rationals otherwise. Held to the plain order: after ranking, the keys
// (as Rationals) never increase along the block, equal keys are ordered by id (no
// tie-breakers here), and the ranks follow the tie policy — for the demo's units,
// for many units with keys over a few small denominators (the int64 form), and for
// keys over many large coprime denominators (the Rational form).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "engine/driver/driver.hpp"
#include "engine/eval/conditions.hpp"
#include "engine/eval/evaluate.hpp"
#include "engine/eval/rank.hpp"

namespace chiso {
namespace {

void expect_ranked(const Definition& def, const BlockResult& block, const std::string& where) {
    for (std::size_t i = 1; i < block.units.size(); ++i) {
        const UnitResult& a = block.units[i - 1];
        const UnitResult& b = block.units[i];
        const Rational ka = compared_index(def, a), kb = compared_index(def, b);
        ASSERT_GE(ka, kb) << where << " at " << i;
        if (ka == kb) {
            EXPECT_LT(a.id, b.id) << where << " at " << i;
        }
        if (def.ranking.ties != TiePolicy::Shared) continue;
        if (ka == kb) {
            EXPECT_EQ(a.rank, b.rank) << where << " at " << i;
        } else {
            EXPECT_EQ(b.rank, static_cast<int>(i + 1)) << where << " at " << i;
        }
    }
}

struct Demo {
    SourceSet sources;
    std::optional<CompiledCriteria> criteria;
    std::optional<Results> results;
};

std::unique_ptr<Demo> demo() {
    auto d = std::make_unique<Demo>();
    Diagnostics diags;
    d->criteria = load_criteria(d->sources, std::string(CHISO_SOURCE_DIR) + "/examples/demo/par-demo.chiso", diags);
    auto sheet = load_scores(d->sources, std::string(CHISO_SOURCE_DIR) + "/examples/demo/scores-2024.yaml", diags);
    if (d->criteria && sheet) d->results = evaluate(d->criteria->plan, *sheet, diags);
    return d;
}

// The block's units given these keys (index and published alike), re-ranked.
void rerank(const Definition& def, BlockResult& block, const std::vector<Rational>& keys) {
    const UnitResult model = block.units.front();
    block.units.clear();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        UnitResult u = model;
        u.id = "u" + std::to_string(100000 + (i * 7919) % keys.size());
        u.index = u.published = keys[i];
        block.units.push_back(std::move(u));
    }
    Diagnostics diags;
    rank_block(def, block, diags);
}

TEST(Rank, KeysInEitherFormGiveThePlainOrder) {
    auto d = demo();
    ASSERT_TRUE(d->results);
    const Definition& def = *d->criteria->definition;
    ASSERT_TRUE(def.ranking.by == RankBy::Index && def.ranking.tie_breaks.empty());
    ASSERT_EQ(def.ranking.ties, TiePolicy::Shared);
    BlockResult& block = d->results->blocks.front();
    ASSERT_FALSE(block.units.empty());
    expect_ranked(def, block, "demo");

    std::mt19937_64 rng(5);
    std::vector<Rational> small, large;
    for (int i = 0; i < 3000; ++i) {  // quarters, tenths, hundredths: many ties
        const std::int64_t den = std::vector<std::int64_t>{4, 10, 100}[rng() % 3];
        small.emplace_back(static_cast<std::int64_t>(rng() % (100 * static_cast<std::uint64_t>(den))), den);
    }
    rerank(def, block, small);
    expect_ranked(def, block, "small denominators");

    const std::vector<std::int64_t> primes = {1000003, 1000033, 1000037, 1000039, 1000081, 1000099};
    for (int i = 0; i < 600; ++i) {  // their product passes 2^62: the Rational form
        const std::int64_t den = primes[rng() % primes.size()];
        large.emplace_back(static_cast<std::int64_t>(rng() % 100) * den / 7, den);
    }
    large.push_back(large[3]);  // ties across the forms' boundary
    rerank(def, block, large);
    expect_ranked(def, block, "large denominators");
}

}  // namespace
}  // namespace chiso
