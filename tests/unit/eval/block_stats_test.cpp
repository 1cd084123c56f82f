// summarise_indices: the integer form over a common denominator (the common case,
// published indices) and the Rational form give the same count, mean, lowest and
// highest, whichever the inputs take.
#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "engine/eval/block_stats.hpp"

namespace chiso {
namespace {

// The Rational form, written out: what the integer form must equal.
BlockStats by_rationals(const std::vector<Rational>& v) {
    BlockStats s;
    s.count = v.size();
    Rational sum;
    for (std::size_t i = 0; i < v.size(); ++i) {
        sum += v[i];
        if (i == 0 || v[i] < s.min) s.min = v[i];
        if (i == 0 || v[i] > s.max) s.max = v[i];
    }
    if (!v.empty()) s.mean = sum / Rational(static_cast<std::int64_t>(v.size()));
    return s;
}

void expect_same(const std::vector<Rational>& v) {
    const BlockStats a = summarise_indices(v, nullptr), b = by_rationals(v);
    EXPECT_EQ(a.count, b.count);
    EXPECT_EQ(a.mean, b.mean);
    EXPECT_EQ(a.min, b.min);
    EXPECT_EQ(a.max, b.max);
}

TEST(BlockStats, IntegerAndRationalFormsAgree) {
    std::mt19937_64 rng(5);
    std::vector<Rational> published, thirds, mixed;
    for (int i = 0; i < 500; ++i) {
        published.push_back(Rational(static_cast<std::int64_t>(rng() % 10001), 100));  // 0.00 .. 100.00
        thirds.push_back(Rational(static_cast<std::int64_t>(rng() % 300), 3));
        mixed.push_back(Rational(static_cast<std::int64_t>(rng() % 1000), static_cast<std::int64_t>(1 + rng() % 97)));
    }
    expect_same(published);
    expect_same(thirds);
    expect_same(mixed);  // the LCM of 1..97 leaves the integer form: Rationals
    expect_same({Rational(-5, 2), Rational(7, 4), Rational(-5, 2)});
    // A sum beyond 64 bits over the common denominator: the Rational form takes it.
    const Rational big(std::int64_t{1} << 62, 3);
    expect_same({big, big, big, Rational(1, 7)});
    expect_same({Rational(42)});
    EXPECT_EQ(summarise_indices({}, nullptr).count, 0u);
}

}  // namespace
}  // namespace chiso
