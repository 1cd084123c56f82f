#pragma once
// A node's value for one unit, as readers see it (materialised from NodeColumns),
// and the one byte a node and unit takes in the columns' fixed form.
#include <cstdint>
#include <optional>

#include "engine/core/rational.hpp"

namespace chiso {

// How a node got its points (for explanations and the annex).
enum class NodeSource : std::uint8_t { Rule, Given, Children, NotApplicable, Excluded, Default };

// One byte per node and unit: the source and three flags.
struct NodeFlags {
    static constexpr std::uint8_t kSourceMask = 0x07;
    static constexpr std::uint8_t kEvaluated = 0x08;      // false: below a node whose total was given
    static constexpr std::uint8_t kNotApplicable = 0x10;  // not applicable (or excluded for the block)
    static constexpr std::uint8_t kCapped = 0x20;         // clamped to [0, max] (bonus over the top, ...)

    static std::uint8_t make(NodeSource s, bool evaluated, bool not_applicable, bool capped) {
        return static_cast<std::uint8_t>(static_cast<std::uint8_t>(s) | (evaluated ? kEvaluated : 0) |
                                         (not_applicable ? kNotApplicable : 0) | (capped ? kCapped : 0));
    }
    static NodeSource source(std::uint8_t f) { return static_cast<NodeSource>(f & kSourceMask); }
};

// A node of one unit, materialised from the columns.
struct NodeValue {
    NodeSource source = NodeSource::Children;
    Rational points;
    Rational max;  // applicable maximum (0 when not applicable and excluded)
    bool evaluated = false;
    bool not_applicable = false;
    bool capped = false;
};

// The points a node's self-assessed and appraised values give, where a unit
// entered either: few nodes of few units, so held sparsely beside the columns
// (JSON prints them for every unit; explanations show them).
struct Assessed {
    std::optional<Rational> self;
    std::optional<Rational> appraised;
};

}  // namespace chiso
