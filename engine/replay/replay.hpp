#pragma once
// Replay: scores of past years evaluated under another rule set (docs/years.md).
// The year and locality of a score file need not match the rules; codes the rules
// renumbered or moved are carried to their new code when the old rules are known;
// scores of criteria the rules no longer have are left out with a warning; a
// criterion new in the rules and without a score follows the rules' missing-value
// policy, as in any evaluation.
#include <deque>
#include <optional>

#include "engine/core/diagnostics.hpp"
#include "engine/diff/rule_diff.hpp"
#include "engine/plan/code_lookup.hpp"
#include "engine/eval/evaluate.hpp"
#include "engine/eval/results.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/plan/plan.hpp"

namespace chiso::replay {

// The rules prepared once for every year replayed under them: the compiled plan,
// the moves from the rules the scores were entered for, and those old rules' code
// lookups. Replaying is const and touches nothing shared, so several years may be
// replayed at once on one Replayer.
class Replayer {
public:
    // `from`, when given, is the diff from the rules the scores were entered for to
    // `rules`; `pooled`, the score files the rules' `over years` pools (loaded with
    // them, CompiledCriteria::pooled); all must outlive the Replayer.
    Replayer(const Plan& rules, const diff::RuleDiff* from, const std::vector<PooledSheet>* pooled = nullptr);

    // The codes of `from` in `sheet` renamed, in place, to their codes in the new
    // rules, each move reported once per code (in this sheet).
    void carry_codes(ScoreSheet& sheet, Diagnostics& diags) const;

    // Evaluates `sheet` under the rules on `threads` threads (results and messages
    // do not depend on their number).
    std::optional<Results> replay(ScoreSheet sheet, Diagnostics& diags, unsigned threads) const;

private:
    const Plan& rules_;
    const diff::RuleDiff* from_;
    const std::vector<PooledSheet>* pooled_;
    std::deque<CodeLookup> old_lookups_;  // parallel to from_->old_def->trees
};

}  // namespace chiso::replay
