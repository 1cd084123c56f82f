// The bootstrap's random stream and percentile bounds (engine/survey/random_stream.hpp,
// bootstrap.cpp): SplitMix64's and FNV-1a's published values, the rejection that keeps
// an index unbiased, the nearest ranks, and two small resamplings whose bounds were
// computed by tests/survey_reference.py's own bootstrap (Python, fractions).
#include <gtest/gtest.h>

#include "engine/survey/bootstrap.hpp"
#include "engine/survey/random_stream.hpp"

namespace chiso::survey {
namespace {

TEST(RandomStream, SplitMix64FromZero) {
    // The reference outputs of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
    SplitMix64 s(0);
    EXPECT_EQ(s.next(), 0xE220A8397B1DCDAFULL);
    EXPECT_EQ(s.next(), 0x6E789E6AA1B965F4ULL);
    EXPECT_EQ(s.next(), 0x06C45D188009454FULL);
}

TEST(RandomStream, Fnv1a) {
    EXPECT_EQ(fnv1a(""), 0xCBF29CE484222325ULL);
    EXPECT_EQ(fnv1a("a"), 0xAF63DC4C8601EC8CULL);
    // unit, a 0 byte, code: the id and the code never run into each other.
    EXPECT_NE(stream_seed(7, "ab", "c"), stream_seed(7, "a", "bc"));
    EXPECT_EQ(stream_seed(7, "u", "c") ^ stream_seed(0, "u", "c"), 7u);
}

TEST(RandomStream, IndexBelowRejectsTheTail) {
    // n = 2^63 + 1: 2^64 mod n = 2^63 − 1, so outputs ≥ 2^63 + 1 are drawn again. The
    // first output (0xE220…) is one of them; the second is taken as it is.
    SplitMix64 s(0);
    EXPECT_EQ(s.below((std::uint64_t{1} << 63) + 1), 0x6E789E6AA1B965F4ULL);
    SplitMix64 one(5);
    for (int i = 0; i < 10; ++i) EXPECT_EQ(one.below(1), 0u);
    SplitMix64 power(0);  // n a power of two: nothing rejected, x mod 8
    EXPECT_EQ(power.below(8), 0xE220A8397B1DCDAFULL % 8);
}

TEST(Bootstrap, NearestRanks) {
    EXPECT_EQ(percentile_ranks(2000, Rational(95, 100)), std::make_pair(50u, 1950u));
    EXPECT_EQ(percentile_ranks(1000, Rational(90, 100)), std::make_pair(50u, 950u));
    EXPECT_EQ(percentile_ranks(100, Rational(99, 100)), std::make_pair(1u, 100u));  // ⌈0.5⌉, ⌈99.5⌉
    EXPECT_EQ(percentile_ranks(101, Rational(95, 100)), std::make_pair(3u, 99u));   // ⌈2.525⌉, ⌈98.475⌉
}

BootstrapSpec spec(std::uint64_t state, std::uint32_t resamples) {
    BootstrapSpec s;
    s.state = state;
    s.resamples = resamples;
    return s;
}

TEST(Bootstrap, EqualAnswersGiveThePoint) {
    const std::vector<Rational> shares{Rational(0), Rational(1, 3)};
    const std::vector<DrawnForm> forms(9, DrawnForm{1, 1'000'000});
    const auto [low, high] = bootstrap_bounds(shares, forms, spec(1, 100));
    EXPECT_EQ(low, Rational(3333, 100));
    EXPECT_EQ(high, Rational(3333, 100));
}

TEST(Bootstrap, AgreesWithThePythonReference) {
    // survey_reference.bootstrap with the stream's first state 42 and 100 resamples:
    // the shares 1 0 0 1 1 1 0 1 give 25.00–87.50; the Likert shares 3/4 1/4 1 1/2 0
    // give 15.00–80.00.
    const std::vector<Rational> yes_no{Rational(0), Rational(1)};
    std::vector<DrawnForm> forms;
    for (const std::uint32_t p : {1, 0, 0, 1, 1, 1, 0, 1}) forms.push_back(DrawnForm{p, 1'000'000});
    auto [low, high] = bootstrap_bounds(yes_no, forms, spec(42, 100));
    EXPECT_EQ(low, Rational(25));
    EXPECT_EQ(high, Rational(875, 10));

    const std::vector<Rational> likert{Rational(0), Rational(1, 4), Rational(1, 2), Rational(3, 4), Rational(1)};
    forms.clear();
    for (const std::uint32_t p : {3, 1, 4, 2, 0}) forms.push_back(DrawnForm{p, 1'000'000});
    std::tie(low, high) = bootstrap_bounds(likert, forms, spec(42, 100));
    EXPECT_EQ(low, Rational(15));
    EXPECT_EQ(high, Rational(80));
}

TEST(Bootstrap, WeightsTravelWithTheirForms) {
    // One form answers 1 with weight 3, one answers 0 with weight 1: every resample's
    // share is 0, 3/4 or 1, so both bounds are among them.
    const std::vector<Rational> yes_no{Rational(0), Rational(1)};
    const std::vector<DrawnForm> forms{DrawnForm{1, 3'000'000}, DrawnForm{0, 1'000'000}};
    const auto [low, high] = bootstrap_bounds(yes_no, forms, spec(2025, 1000));
    EXPECT_EQ(low, Rational(0));
    EXPECT_EQ(high, Rational(100));
    const auto again = bootstrap_bounds(yes_no, forms, spec(2025, 1000));
    EXPECT_EQ(again, std::make_pair(low, high));
}

}  // namespace
}  // namespace chiso::survey
