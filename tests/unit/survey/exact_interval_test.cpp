// The exact interval (engine/survey/exact_interval.cpp) against hand-checked values:
// Wilson for 412 of 473 and for 0 of 10, the normal approximation for a Likert mean,
// a rational square root kept exact, weights through Kish's effective n.
#include <gtest/gtest.h>

#include "engine/survey/exact_interval.hpp"

namespace chiso::survey {
namespace {

std::vector<PointTally> share(std::int64_t yes, std::int64_t no) {
    return {PointTally{Rational(1), yes, yes * 1'000'000, static_cast<i128>(yes) * 1'000'000'000'000},
            PointTally{Rational(0), no, no * 1'000'000, static_cast<i128>(no) * 1'000'000'000'000}};
}

TEST(ExactInterval, WilsonOf412In473) {
    // p = 0.871036; Wilson 95% (z = 1.96): 0.8378156 … 0.8982779 (50-digit decimals, Python).
    const Estimate e = estimate(share(412, 61), false, true, Rational(196, 100), 2, RoundingMode::HalfUp);
    EXPECT_EQ(e.forms, 473u);
    EXPECT_EQ(e.share, Rational(412, 473));
    EXPECT_EQ(e.low, Rational(8378, 100));
    EXPECT_EQ(e.high, Rational(8983, 100));
}

TEST(ExactInterval, WilsonOfNoneStaysAboveZero) {
    // 0 of 10: 0 … z²/(n + z²) = 3.8416 / 13.8416 = 27.75%.
    const Estimate e = estimate(share(0, 10), false, true, Rational(196, 100), 2, RoundingMode::HalfUp);
    EXPECT_EQ(e.low, Rational(0));
    EXPECT_EQ(e.high, Rational(2775, 100));
}

TEST(ExactInterval, NormalOfAllEqualAnswersIsExact) {
    // Every answer 3 on 1–5: v = 1/2, variance 0, √0 exact: the interval is the point.
    const std::vector<PointTally> points{PointTally{Rational(1, 2), 7, 7'000'000, 0}};
    const Estimate e = estimate(points, false, false, Rational(196, 100), 1, RoundingMode::HalfUp);
    EXPECT_EQ(e.low, Rational(50));
    EXPECT_EQ(e.high, Rational(50));
}

TEST(ExactInterval, NormalCutAtTheBounds) {
    // 1 of 2 at 100%, 1 at 0%: p = 1/2, s² = 1/4, se = √(1/8) = 0.35355…, z·se = 0.69296…:
    // 0.5 ± 0.693 is cut to 0% … 100%.
    const Estimate e = estimate(share(1, 1), false, false, Rational(196, 100), 2, RoundingMode::HalfUp);
    EXPECT_EQ(e.low, Rational(0));
    EXPECT_EQ(e.high, Rational(100));
}

TEST(ExactInterval, WeightsUseTheEffectiveSampleSize) {
    // Equal weights 2.5 change nothing: n_eff = (Σw)² / Σw² = n.
    std::vector<PointTally> weighted = share(412, 61);
    for (auto& p : weighted) {
        p.weight = p.forms * 2'500'000;
        p.weight_squares = static_cast<i128>(p.forms) * 2'500'000 * 2'500'000;
    }
    const Estimate a = estimate(weighted, true, true, Rational(196, 100), 2, RoundingMode::HalfUp);
    const Estimate b = estimate(share(412, 61), false, true, Rational(196, 100), 2, RoundingMode::HalfUp);
    EXPECT_EQ(a.share, b.share);
    EXPECT_EQ(a.low, b.low);
    EXPECT_EQ(a.high, b.high);
}

TEST(ExactInterval, RoundingModeFromTheCriteria) {
    const Estimate down = estimate(share(412, 61), false, true, Rational(196, 100), 1, RoundingMode::Down);
    const Estimate up = estimate(share(412, 61), false, true, Rational(196, 100), 1, RoundingMode::Up);
    EXPECT_EQ(down.low, Rational(837, 10));
    EXPECT_EQ(up.low, Rational(838, 10));
}

}  // namespace
}  // namespace chiso::survey
