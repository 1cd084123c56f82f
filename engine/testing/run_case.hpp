#pragma once
// Runs one test case: loads its criteria (with its patch), its scores (a file or
// inline units), evaluates, and compares with the expectations; renders the
// outcome as `chiso test` prints it.
#include <string>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"
#include "engine/testing/compare.hpp"
#include "engine/input/test_case.hpp"

namespace chiso::cases {

struct CaseRun {
    bool passed = false;
    bool evaluated = false;              // the run produced results (no error)
    Diagnostics diags;                   // of the criteria, scores, evaluation, and expectations naming
                                         // what does not exist; sorted by position
    std::vector<std::string> error_ids;  // ids of the errors, first occurrence order
    std::vector<CheckOutcome> checks;    // empty unless evaluated
};

// The files read live in `sources`, which must outlive the result (its
// diagnostics point into them). Texts are in `options.lang`.
CaseRun run_case(const TestCase& tc, SourceSet& sources, const RenderOptions& options);

// "ĐẠT <file> — <name>" or "KHÔNG ĐẠT …" and, under a failing case, one line per
// failed check (with `verbose`, per check) or the diagnostics that stopped it.
std::string render_case(const TestCase& tc, const CaseRun& run, const RenderOptions& options, bool verbose);

}  // namespace chiso::cases
