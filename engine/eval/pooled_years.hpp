#pragma once
// The score files `over years` pools (docs/language.md §15d), checked before any of
// their raw values enters a population. A pooled file is only read for a few nodes'
// raw values, so nothing else would ever look at it: a misspelt code, a unit of a block
// the criteria do not have, a file of another index or of the year being evaluated
// would otherwise change min, max and ranks without a word.
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/eval/normalisation.hpp"

namespace chiso {

// False, with the reasons reported, when a pooled file cannot be part of the
// populations of `sheet`: another index or locality than the criteria, a year that is
// not before the one evaluated (the evaluated file itself, or a later year), two files
// of one year, a unit of a block the criteria do not have, a code its block's tree
// does not have.
bool check_pooled_years(const Definition& def, const ScoreSheet& sheet, const std::vector<PooledSheet>* pooled,
                        Diagnostics& diags);

}  // namespace chiso
