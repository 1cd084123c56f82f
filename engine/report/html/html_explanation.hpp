#pragma once
// The explanation of every unit of a block as collapsible trees: one <details>
// per unit (closed), inside it the criteria tree with points and maximum per node
// and why (explanation.hpp: the words of `chiso explain`), the arithmetic to the
// published index, the rank, the classes and the legal basis.
#include <string>

#include "engine/core/messages.hpp"
#include "engine/eval/results.hpp"
#include "engine/eval/trace.hpp"
#include "engine/report/view/block_facts.hpp"

namespace chiso::report {

// `tracer` (may be null) re-runs the evaluator for each unit shown (explanation.hpp).
std::string render_unit_explanations(const Definition& def, const BlockFacts& facts, Lang lang,
                                     const UnitTracer* tracer = nullptr);

}  // namespace chiso::report
