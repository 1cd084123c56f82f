#pragma once
// Why a unit's published index moved: its change split over the rule changes that
// caused it, exactly. Each side's index is the sum of its nodes' contributions
// (contributions.hpp) plus a rest (caps, rounding); the change of a node's
// contribution is charged to the nearest rule change on the node or above it, the
// contribution of a removed or added node to that removal or addition, what no rule
// change explains to the change of the applicable total maximum (the denominator),
// and the change of the rest to "other". The parts add up to Δ index exactly.
#include <cstddef>
#include <vector>

#include "engine/diff/rule_diff.hpp"
#include "engine/eval/results.hpp"

namespace chiso::diff {

struct AttributionLine {
    enum class Kind { Change, TotalMax, Other };
    Kind kind = Kind::Other;
    std::size_t change = 0;  // Kind::Change: index into RuleDiff::changes
    Rational amount;         // in index points, signed
};

// One unit evaluated on both sides, with where its tree is on each.
struct UnitPair {
    std::size_t old_tree = 0;
    std::size_t new_tree = 0;
    std::string block;
    const UnitResult* old_unit = nullptr;
    const UnitResult* new_unit = nullptr;
    const BlockResult* old_block = nullptr;  // whose columns hold old_unit's nodes
    const BlockResult* new_block = nullptr;  // whose columns hold new_unit's nodes
};

// Largest |amount| first; "other" last; no zero lines. Σ amount = new − old published index.
std::vector<AttributionLine> attribute(const RuleDiff& diff, const UnitPair& unit);

}  // namespace chiso::diff
