#pragma once
// Why a unit's class changed: the cut-offs (the ladder changed and the new result
// would have kept its class under the old ladder), its result (the ladder is the
// same, or the old ladder gives the new result the new class too), or both.
#include <optional>
#include <string>

#include "engine/eval/results.hpp"

namespace chiso::diff {

enum class ClassCause {
    Unchanged,   // same class on both sides
    Result,      // the ladder is the same, or gives the new class to the new result
    CutOff,      // the old ladder would give the new result its old class
    Both,        // the old ladder gives the new result a third class
    Ladder,      // the ladder (or its section for the block) exists on one side only
    Unknown,     // the old ladder names a node the new tree does not have
    Distribution,  // the old ladder's cut-offs are statistics of the block's distribution
};

struct ClassChange {
    std::string ladder;                           // id
    std::string name;                             // the new ladder's name (else the old one's)
    std::optional<std::string> old_label, new_label;  // nullopt: no rung matched / no ladder
    std::optional<std::string> new_under_old;     // the new result classified with the old ladder
    ClassCause cause = ClassCause::Unchanged;
};

const char* cause_id(ClassCause cause);

// One ladder for one unit (`ladder` is an id of either definition).
ClassChange class_change(const std::string& ladder, const Definition& old_def, const Definition& new_def,
                         const BlockDef& new_block, const TreeDef& new_tree, const UnitResult& old_unit,
                         const UnitResult& new_unit,
                         const NodeColumns& new_nodes);

}  // namespace chiso::diff
