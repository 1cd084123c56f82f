#pragma once
// Applies a leaf's scoring rule to one entered value.
#include <optional>
#include <string>

#include "engine/core/diagnostics.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

struct LeafScore {
    Rational points;     // signed for deductions
    std::string fired;   // e.g. "[0.8, 1) -> 1"
    bool capped = false;  // limited by the rule (a cap, the maximum, 0): reported as a warning
};

// Where a value comes from, for messages.
struct UnitScope {
    const std::string& unit;
    const SourceLoc& loc;  // the value's position
    Diagnostics& diags;
    bool explain = true;  // false: leave LeafScore::fired empty (no text built for national-size runs)
};

std::optional<LeafScore> score_leaf(const NodeDef& node, const InputValue& value, const UnitScope& scope);

// A total entered at an inner node (or a leaf read as points): 0..max.
std::optional<Rational> score_points(const NodeDef& node, const InputValue& value, const UnitScope& scope);

// The value as the user typed it, for explanations.
std::string input_text(const InputValue& value);

}  // namespace chiso
