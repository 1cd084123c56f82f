#pragma once
// Applies a leaf's scoring rule to one entered value.
#include <optional>
#include <string>

#include "engine/core/diagnostics.hpp"
#include "engine/eval/trace.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

struct LeafScore {
    Rational points;  // signed for deductions
    RuleTrace rule;   // which branch applied, as data (rule.capped: limited, reported as a warning)
};

// Where a value comes from, for messages.
struct UnitScope {
    const std::string& unit;
    const SourceLoc& loc;  // the value's position
    Diagnostics& diags;
};

std::optional<LeafScore> score_leaf(const NodeDef& node, const InputValue& value, const UnitScope& scope);

// The raw value of a normalised leaf (docs/language.md §15d): the number entered
// (45% as 0.45; not limited to the maximum, at least 0) or the formula's value
// (not limited).
std::optional<Rational> raw_leaf_value(const NodeDef& node, const InputValue& value, const UnitScope& scope);

// A total entered at an inner node (or a leaf read as points): 0..max.
std::optional<Rational> score_points(const NodeDef& node, const InputValue& value, const UnitScope& scope);

}  // namespace chiso
