#pragma once
// Replay: scores of past years evaluated under another rule set (docs/years.md).
// The year and locality of a score file need not match the rules; codes the rules
// renumbered or moved are carried to their new code when the old rules are known;
// scores of criteria the rules no longer have are left out with a warning; a
// criterion new in the rules and without a score follows the rules' missing-value
// policy, as in any evaluation.
#include <optional>

#include "engine/core/diagnostics.hpp"
#include "engine/diff/rule_diff.hpp"
#include "engine/eval/results.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/plan/plan.hpp"

namespace chiso::replay {

// `sheet` with the codes of `from` (the rules the scores were entered for) renamed
// to their codes in the new rules, each move reported once per code.
ScoreSheet carry_codes(const ScoreSheet& sheet, const diff::RuleDiff& from, Diagnostics& diags);

// Evaluates `sheet` under `rules`; `from`, when given, is the diff from the rules
// the scores were entered for to `rules`.
std::optional<Results> replay(const Plan& rules, ScoreSheet sheet, const diff::RuleDiff* from,
                              Diagnostics& diags);

}  // namespace chiso::replay
