#pragma once
// The compiled plan as text, one line per step with its operands: what the golden
// dump of the demo's plan (tests/unit/kernel/golden/) keeps, as Catala's tests keep
// each intermediate form. Not a user-facing output.
#include <string>

#include "engine/plan/compiled_plan.hpp"

namespace chiso {

std::string dump_compiled_tree(const CompiledTree& tree);

}  // namespace chiso
