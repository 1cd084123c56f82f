// Rank correlation against values computed by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "engine/diff/correlation.hpp"

namespace chiso::diff {
namespace {

TEST(Correlation, MidRanksAverageTies) {
    EXPECT_EQ(mid_ranks({1, 2, 2, 4}), (std::vector<double>{1, 2.5, 2.5, 4}));
    EXPECT_EQ(mid_ranks({1, 2, 2, 3}), (std::vector<double>{1, 2.5, 2.5, 4}));  // dense ranks: same positions
    EXPECT_EQ(mid_ranks({3, 1, 2}), (std::vector<double>{3, 1, 2}));
}

TEST(Correlation, SameAndReversedOrder) {
    EXPECT_DOUBLE_EQ(*spearman_rho({1, 2, 3}, {1, 2, 3}), 1.0);
    EXPECT_DOUBLE_EQ(*kendall_tau_b({1, 2, 3}, {1, 2, 3}), 1.0);
    EXPECT_DOUBLE_EQ(*spearman_rho({1, 2, 3, 4}, {4, 3, 2, 1}), -1.0);
    EXPECT_DOUBLE_EQ(*kendall_tau_b({1, 2, 3, 4}, {4, 3, 2, 1}), -1.0);
}

TEST(Correlation, TwoSwaps) {
    // d = -1, 1, 0, -1, 1: ρ = 1 - 6·4 / (5·24) = 0.8; 8 concordant, 2 discordant pairs: τ = 0.6.
    EXPECT_NEAR(*spearman_rho({1, 2, 3, 4, 5}, {2, 1, 3, 5, 4}), 0.8, 1e-12);
    EXPECT_NEAR(*kendall_tau_b({1, 2, 3, 4, 5}, {2, 1, 3, 5, 4}), 0.6, 1e-12);
}

TEST(Correlation, SharedRank) {
    // Mid-ranks 1, 2.5, 2.5, 4 vs 1, 2, 3, 4: Σxy = 4.5, Σx² = 4.5, Σy² = 5 → 4.5/√22.5.
    EXPECT_NEAR(*spearman_rho({1, 2, 2, 4}, {1, 2, 3, 4}), 4.5 / std::sqrt(22.5), 1e-12);
    // 5 concordant, 0 discordant, 1 pair tied on the first side: 5 / √(5·6).
    EXPECT_NEAR(*kendall_tau_b({1, 2, 2, 4}, {1, 2, 3, 4}), 5.0 / std::sqrt(30.0), 1e-12);
}

TEST(Correlation, UndefinedCases) {
    EXPECT_FALSE(spearman_rho({1}, {1}));
    EXPECT_FALSE(kendall_tau_b({}, {}));
    EXPECT_FALSE(spearman_rho({1, 1, 1}, {1, 2, 3}));  // all tied on one side
    EXPECT_FALSE(kendall_tau_b({1, 2, 3}, {1, 1, 1}));
}

}  // namespace
}  // namespace chiso::diff
