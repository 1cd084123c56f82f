#pragma once
// The ranking statement resolved: a tie-breaker naming a node is bound to its
// NodeId in each tree, so that ranking reads a unit's key without a lookup.
#include <string>
#include <vector>

#include "engine/core/source.hpp"
#include "engine/model/condition.hpp"

namespace chiso {

struct TieBreakDef {
    TieKey key = TieKey::Points;
    std::string code;           // NodePoints: as written
    std::vector<NodeId> node;   // NodePoints: the node in each tree, kNoNode where absent (the breaker is skipped)
    SourceLoc loc;
};

struct RankingDef {
    RankBy by = RankBy::Index;
    bool on_rounded = true;
    TiePolicy ties = TiePolicy::Shared;
    std::vector<TieBreakDef> tie_breaks;
    bool within_group = false;
    SourceLoc loc;  // the `ranking` statement: where an undecided `ties distinct` is reported
};

}  // namespace chiso
