#pragma once
// The kernel held to the reference: every unit of a score sheet evaluated both
// ways; for each unit the kernel accepts, the reference must evaluate it with no
// message but, for a row marked `warned`, the very eval.capped warnings evaluate()
// gives for it (warn_capped_adjustments), and give the same points, maximum,
// source and flags at every node, and the same root index. Used by the differential test and the fuzzer
// (tests/unit/kernel/, fuzz/fuzz_kernel.cpp), like sheet_difference for the fast
// score reader.
#include <cstddef>
#include <string>

#include "engine/input/score_sheet.hpp"
#include "engine/plan/compiled_plan.hpp"

namespace chiso {

struct KernelComparison {
    std::size_t units = 0;     // units of a known block
    std::size_t accepted = 0;  // of them, accepted by the kernel
    std::string difference;    // the first difference, "" when none
};

KernelComparison compare_kernel(const Plan& plan, const CompiledPlan& compiled, const ScoreSheet& sheet);

}  // namespace chiso
