#pragma once
// The common denominator D of a tree for the kernel: the least common multiple of
// the denominators of every constant amount (maxima, defaults, level and band
// points, caps, per-event amounts), times enough of 10^6 that entered decimals
// (8.25 points, 95.5%) are whole over D too. The power of ten is reduced, down to
// none, while D x the largest amount would pass kDenominatorLimit; nullopt when
// even the bare LCM does not fit (the tree is then left to the reference).
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/core/rational.hpp"

namespace chiso {

std::optional<std::int64_t> common_denominator(const std::vector<Rational>& amounts);

}  // namespace chiso
