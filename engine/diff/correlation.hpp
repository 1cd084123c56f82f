#pragma once
// Rank correlation of a block's ranks under the old and the new rules: how much
// the order of units changed as a whole. Statistics, not points: doubles are fine.
#include <optional>
#include <vector>

namespace chiso::diff {

// Positions averaged over ties (ranks 1, 2, 2, 4 -> 1, 2.5, 2.5, 4; dense 1, 2, 2, 3
// -> the same), the ranks Spearman's coefficient is defined on.
std::vector<double> mid_ranks(const std::vector<int>& ranks);

// Spearman's ρ (Pearson's r of the mid-ranks) and Kendall's τ-b (ties counted on
// each side). nullopt for fewer than two units, or when one side is all tied.
std::optional<double> spearman_rho(const std::vector<int>& a, const std::vector<int>& b);
std::optional<double> kendall_tau_b(const std::vector<int>& a, const std::vector<int>& b);

}  // namespace chiso::diff
