#pragma once
// Scores entered for one rule set, evaluated under another: a code the other set
// does not have (a removed criterion) would stop evaluation with "unknown code".
// For a comparison such entries are left out, with one warning per code, while
// evaluate itself stays strict for `chiso eval`.
#include "engine/core/diagnostics.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/model/definition.hpp"
#include "engine/plan/plan.hpp"

namespace chiso::diff {

enum class Side { Old, New };

// A copy of `sheet` without the entries whose code is not in the tree of the unit's
// block in `def`. Units of an unknown block are kept as they are (evaluate reports them).
ScoreSheet without_unknown_codes(const Definition& def, const ScoreSheet& sheet, Side side, Diagnostics& diags);
// The same in place, for a sheet that is not needed as it was (replay, a national year).
// `plan`, when given, is `def`'s plan: codes are then found through its hashed
// tables (CodeLookup's fast path) instead of the trees' ordered maps.
void drop_unknown_codes(const Definition& def, ScoreSheet& sheet, Side side, Diagnostics& diags,
                        const Plan* plan = nullptr);

}  // namespace chiso::diff
