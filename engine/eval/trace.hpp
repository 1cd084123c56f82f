#pragma once
// What the reference evaluator did at each node of one unit, as data: the value
// entered, which branch of the rule applied, the weighted parts of a composite,
// the self-assessed and appraised points. The evaluator builds no text: a report
// renders a trace in the reader's language and number format
// (engine/report/build/trace_text.hpp). Traces are made on demand, for the units a
// report shows, by re-running the reference evaluator with a listener (as
// cel-cpp's EvaluationListener and OpenFisca's tracer do), so a national run
// pays nothing for explanations it does not print.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "engine/columns/node_columns.hpp"
#include "engine/eval/normalisation.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

struct BlockResult;
struct Plan;
struct UnitResult;

// The branch of a leaf's rule that gave its points.
struct RuleTrace {
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    // (The kind is the node's rule's: RuleDef::body.)
    // Levels: the index of the level matched (rule::Levels::levels); Bands: of the band
    // (rule::Bands::bands); YesNo: 1 for yes, 0 for no; kNone for the other kinds.
    std::size_t choice = kNone;
    // The quantity the rule looked at: Bands and Proportional, the measured ratio or
    // formula value; Rate, the percent entered (92.5 for 92.5%); Answers, the weighted
    // share of the answers (0..1); Formula, the formula's value before any clamp;
    // Bonus and Deduction, the amount before the cap.
    Rational value;
    // DeductPerEvent and per-count adjustments (`per`): the count entered.
    std::optional<std::int64_t> count;
    bool capped = false;  // limited by the rule's cap, the node's maximum or 0
};

// Whether a band rule's measured value is shown as a percentage (95%) rather than
// a number (0.95): as its bands were written. One home for the eval messages and
// the rendered trace.
inline bool bands_in_percent(const rule::Bands& rule) {
    const auto percent = [](const std::optional<BoundDef>& b) { return b && b->percent; };
    return !rule.bands.empty() && (percent(rule.bands[0].interval.lower) || percent(rule.bands[0].interval.upper));
}

// One applicable child of a weighted composite: max × Σ weight · points/max ÷ Σ weight.
struct WeightedPart {
    NodeId child = kNoNode;
    Rational weight, points, max;
};

// A normalised node (docs/language.md §15d): its raw value and where it stands in
// its population.
struct NormaliseTrace {
    Rational raw;       // the number entered, the formula's value or the node's points before normalising
    Rational counted;   // goalposts: the raw value limited to them (= raw when inside)
    std::shared_ptr<const NormPopulation> population;  // none for goalposts
    std::int64_t rank = 0;  // rank: the unit's rank in the population (1 = best)
    bool equal = false;     // max = min: `if equal` gave the points
    Rational z_points;      // zscore: z_mean + z × z_sd before it is limited to [0, max] (the run's bound)
};

struct NodeTrace {
    NodeValue value;                      // the same as the block's columns hold
    std::optional<InputValue> entered;    // the value that counts, as in the score sheet (none: none)
    std::optional<RuleTrace> rule;        // the leaf rule applied to the value that counts
    bool weighted = false;                // a weighted composite: `parts` and `weights` apply
    Mean mean = Mean::Arithmetic;         // the mean it combines its parts by
    std::vector<WeightedPart> parts;      // its applicable children (weights of the others drop out)
    Rational weights;                     // Σ weight of `parts`
    Assessed assessed;                    // from the self-assessed and appraised values
    std::optional<NormaliseTrace> normalised;  // the node is normalised across units
};

// Called by the reference evaluator once per node of the unit, in plan order
// (children before parents), nodes below a given total included (not evaluated).
class EvaluationListener {
public:
    virtual ~EvaluationListener() = default;
    virtual void on_node(NodeId id, const NodeTrace& trace) = 0;
};

// Every node of one unit, by NodeId.
struct UnitTrace {
    std::vector<NodeTrace> nodes;
    // The unit's values computed from survey answer sheets: forms and interval
    // (engine/input/survey_figures.hpp), by the leaf's code.
    std::vector<SurveyFigure> survey;
};

// The listener that keeps every node's trace.
class TraceRecorder final : public EvaluationListener {
public:
    explicit TraceRecorder(std::size_t nodes) { trace_.nodes.resize(nodes); }
    void on_node(NodeId id, const NodeTrace& trace) override { trace_.nodes.at(id) = trace; }
    UnitTrace take() && { return std::move(trace_); }

private:
    UnitTrace trace_;
};

// Makes the trace of a unit of a block of results.
class UnitTracer {
public:
    virtual ~UnitTracer() = default;
    // nullopt when the unit's input is not at hand or no longer evaluates.
    virtual std::optional<UnitTrace> trace(const BlockResult& block, const UnitResult& unit) const = 0;
};

// Traces by re-running the reference evaluator over the unit's entries in `sheet`
// under `plan` (its messages are dropped: the run that made the results printed
// them). `plan` and `sheet` must outlive the tracer and the results holding it.
// `norms`: the results' normalisations (Results::normalisations), when any.
std::shared_ptr<const UnitTracer> reference_tracer(const Plan& plan, const ScoreSheet& sheet,
                                                   std::shared_ptr<const Normalisations> norms = nullptr);

}  // namespace chiso
