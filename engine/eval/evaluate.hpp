#pragma once
// Evaluate a score sheet against a checked definition: every unit's points and
// index, then ranks, classes and statistics per block.
#include <optional>

#include "engine/core/diagnostics.hpp"
#include "engine/eval/normalisation.hpp"
#include "engine/eval/results.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/plan/plan.hpp"

namespace chiso {

struct EvaluateOptions {
    // Off when scores of one year are evaluated under another year's rules
    // (replay, diff, last year's scores for a comparison): the index must still match.
    bool check_year_and_locality = true;
    // Units are independent, so they are evaluated on this many threads; the results
    // and the messages are the same, in the same order, for any number.
    unsigned threads = 1;
    // Blocks first through the columnar kernel (bind + engine/kernel), every unit it
    // declines through the reference evaluator. Off: the reference for every unit —
    // the same results, bytes and messages (tests/unit/kernel, fuzz/fuzz_kernel.cpp);
    // the benchmarks and the differential tests compare the two.
    bool kernel = true;
    // The earlier years' score files that `over years` pools (the driver loads them,
    // CompiledCriteria::pooled); a normalisation naming a file not here is an error.
    const std::vector<PooledSheet>* pooled = nullptr;
};

// The threads worth using on this machine (1 to 8).
unsigned available_threads();

std::optional<Results> evaluate(const Plan& plan, const ScoreSheet& sheet, Diagnostics& diags,
                                const EvaluateOptions& options = {});

}  // namespace chiso
