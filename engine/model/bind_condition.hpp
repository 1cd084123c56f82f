#pragma once
// Binds a condition to the trees of a definition: each node operand to its NodeId in
// every tree, each number to its value on the scale of what it is compared with
// (percent_scale). Resolve binds every condition to its own definition; `chiso diff`
// rebinds last year's rungs to this year's trees to ask what class a unit would
// have had under the old cut-offs.
#include "engine/model/definition.hpp"

namespace chiso {

void bind_condition(CondDef& cond, const Definition& def);

// Whether every node `cond` names exists in Definition::trees[tree] (else the
// condition cannot be evaluated there: a missing node would make it silently false).
bool names_known_nodes(const CondDef& cond, std::size_t tree);
// Whether `cond` compares with a statistic of the block (`mean`, `sd(sample)`,
// `percentile(…)`): its value needs every unit of the block, not one unit alone.
bool uses_statistic(const CondDef& cond);

}  // namespace chiso
