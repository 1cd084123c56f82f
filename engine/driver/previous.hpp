#pragma once
// Last year's results for `chiso eval --previous`, from either kind of file:
// published results (`results:`), or last year's scores (`units:`) evaluated
// under last year's criteria — or, when none are given, under this year's
// (the ranks then are "as if last year had had this year's rules").
#include <optional>
#include <string>

#include "engine/compare/previous_year.hpp"
#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"
#include "engine/driver/driver.hpp"

namespace chiso {

struct PreviousRequest {
    std::string path;      // the file of last year's results or scores
    std::string criteria;  // criteria for last year's scores; empty: `current`
};

std::optional<PreviousYear> load_previous_year(SourceSet& sources, const PreviousRequest& request,
                                               const CompiledCriteria& current, Diagnostics& diags);

// The file named by a score file's `previous:`, relative to the score file's
// folder; empty when the sheet names none.
std::string previous_named_in(const ScoreSheet& sheet);

}  // namespace chiso
