#pragma once
// Evaluates one unit's entered values along its tree's plan: points and applicable
// maximum of every node; with a listener, also why each node has them (trace.hpp).
#include <optional>

#include "engine/core/diagnostics.hpp"
#include "engine/plan/code_lookup.hpp"
#include "engine/eval/results.hpp"
#include "engine/eval/trace.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/plan/plan.hpp"

namespace chiso {

// One unit's row before its block is assembled (evaluate.cpp puts `nodes` and
// `assessed` into the block's NodeColumns and sets `result.row`).
struct EvaluatedUnit {
    UnitResult result;
    std::vector<NodeValue> nodes;                       // by NodeId of the block's tree
    std::vector<std::pair<NodeId, Assessed>> assessed;  // by increasing NodeId
};

// How a weighted geometric mean, irrational in general, is held (docs/language.md
// §15d): rounded down (or up) to a multiple of 2^−bits. Every node above it is
// non-decreasing in it, so the run rounded down and the run rounded up bound every
// value of the unit; evaluate() refines until the two agree on every result.
struct MeanPrecision {
    unsigned bits = 64;
    bool upper = false;
};

// `codes`: shared by a run's units (else built here). `listener`: told what was
// done at every node (only for the units an explanation shows; null otherwise).
// `norms`: the populations of the normalised nodes (normalisation.hpp); a node
// without one (the passes that compute them) counts its raw value, limited to its
// maximum, and `capture` hears every normalised node's raw value.
std::optional<EvaluatedUnit> evaluate_unit(const Definition& def, const BlockDef& block, const TreePlan& plan,
                                           const UnitInput& unit, Diagnostics& diags,
                                           const CodeLookup* codes = nullptr,
                                           EvaluationListener* listener = nullptr,
                                           const Normalisations* norms = nullptr, RawCapture* capture = nullptr,
                                           MeanPrecision precision = {});

}  // namespace chiso
