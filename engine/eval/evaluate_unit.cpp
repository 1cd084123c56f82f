#include "engine/eval/evaluate_unit.hpp"

#include <algorithm>

#include "engine/core/rational_root.hpp"
#include "engine/core/suggest.hpp"
#include "engine/eval/eval_messages.hpp"
#include "engine/eval/leaf_rules.hpp"
#include "engine/eval/means.hpp"

namespace chiso {
namespace {

using Source = NodeSource;

class UnitEvaluator {
public:
    UnitEvaluator(const Definition& def, const BlockDef& block, const TreePlan& plan, const UnitInput& unit,
                  Diagnostics& diags, const CodeLookup& codes, EvaluationListener* listener,
                  const Normalisations* norms, RawCapture* capture, MeanPrecision precision)
        : def_(def), block_(block), plan_(plan), tree_(*plan.tree), unit_(unit), diags_(diags), codes_(codes),
          listener_(listener), norms_(norms), capture_(capture), precision_(precision) {}

    std::optional<EvaluatedUnit> run() {
        const std::size_t errors_before = diags_.error_count();
        entries_.assign(tree_.nodes.size(), nullptr);
        outcomes_.assign(tree_.nodes.size(), NodeValue{});
        bind_entries();
        mark_covered();
        // Unknown codes and misplaced entries are reported; the rest of the unit is
        // still evaluated so that all its problems show in one run.
        for (const Step& step : plan_.steps) {
            try {
                if (listener_) trace_ = NodeTrace{};
                evaluate(step);
                if (listener_) tell(step.node);
            } catch (const ArithmeticOverflow&) {
                report_missing();
                const NodeEntry* entry = entries_[step.node];
                diags_.error(entry ? unit_.loc_of(*entry) : unit_.loc, msg::kOverflow, unit_.id, tree_.nodes[step.node].code);
                return std::nullopt;
            }
        }
        report_missing();
        if (diags_.error_count() != errors_before) return std::nullopt;
        return finish();
    }

private:
    void bind_entries() {
        for (const auto& entry : unit_.entries) {
            const std::string& code = unit_.code(entry);
            NodeId id = codes_.find(code);
            if (id == kNoNode) {
                diags_.error(unit_.loc_of(entry), msg::kUnknownCodeForUnit, unit_.id, code, block_.id);
                diags_.suggest(codes_.suggest(code));
                continue;
            }
            entries_[id] = &entry;
        }
    }

    // Below a node given as a total, marked not applicable or excluded for the
    // block, nothing is evaluated and nothing may be entered.
    void mark_covered() {
        covered_by_.assign(tree_.nodes.size(), kNoNode);
        for (NodeId ex : block_.excluded) {
            if (entries_[ex])
                diags_.error(unit_.loc_of(*entries_[ex]), msg::kValueForExcluded, unit_.id, unit_.code(*entries_[ex]),
                             block_.id);
        }
        for (NodeId id = 0; id < tree_.nodes.size(); ++id) {
            NodeId parent = tree_.nodes[id].parent;
            if (parent == kNoNode) continue;
            NodeId cover = covered_by_[parent];
            if (cover == kNoNode && closes_subtree(parent)) cover = parent;
            covered_by_[id] = cover;
            if (cover != kNoNode && entries_[id]) report_covered_entry(id, cover);
        }
    }

    bool is_excluded(NodeId id) const {
        return std::find(block_.excluded.begin(), block_.excluded.end(), id) != block_.excluded.end();
    }

    bool closes_subtree(NodeId id) const { return is_excluded(id) || entries_[id] != nullptr; }

    void report_covered_entry(NodeId id, NodeId cover) {
        const NodeEntry& e = *entries_[id];
        if (is_excluded(cover))
            diags_.error(unit_.loc_of(e), msg::kValueForExcluded, unit_.id, unit_.code(e), block_.id);
        else
            diags_.error(unit_.loc_of(e), msg::kGivenAndDetailed, unit_.id, tree_.nodes[cover].code, unit_.code(e));
    }

    // The listener hears the node's value as the columns will hold it.
    void tell(NodeId id) {
        trace_.value = outcomes_[id];
        listener_->on_node(id, trace_);
    }

    void evaluate(const Step& step) {
        const NodeId id = step.node;
        const NodeDef& node = tree_.nodes[id];
        NodeValue& out = outcomes_[id];
        if (covered_by_[id] != kNoNode) return;  // evaluated == false
        out.evaluated = true;
        if (is_excluded(id)) return set_excluded(out);
        const NodeEntry* entry = entries_[id];
        if (entry && unit_.is_not_applicable(*entry)) return set_not_applicable(node, *entry, out);
        if (entry && node.normalise && node.is_leaf()) return set_normalised_leaf(id, node, *entry, out);
        if (entry) set_entered(node, *entry, out);
        else if (step.kind == Step::Kind::Leaf) return set_missing(node, out);
        else if (step.kind == Step::Kind::Sum) set_sum(node, out);
        else set_weighted(node, out);
        // An inner node normalised: its points (computed or entered) are its raw value.
        if (node.normalise && !node.is_leaf() && !out.not_applicable && !out.max.is_zero())
            normalise(id, node, out.points, out);
    }

    // A normalised leaf's raw value is the number entered or its formula's value, not
    // limited to the node's maximum (a count of days, a share): the one that counts
    // (appraised, else plain, else self-assessed).
    void set_normalised_leaf(NodeId id, const NodeDef& node, const NodeEntry& entry, NodeValue& out) {
        if (node.survey && entry.has_self()) {
            diags_.error(unit_.pool->loc(unit_.self_of(entry)->pos), msg::kSurveySelfAssessed, unit_.id, node.code);
            return;
        }
        const SheetValue* appraised = unit_.appraised_of(entry);
        const SheetValue* main = appraised ? appraised : entry.has_value() ? &entry.value : unit_.self_of(entry);
        if (!main) return;
        unit_.pool->unpack(*main, value_);
        const InputValue& v = value_;
        UnitScope scope{unit_.id, v.loc, diags_};
        if (listener_) trace_.entered = unit_.official_value(entry);
        auto raw = raw_leaf_value(node, v, scope);
        if (!raw) return;
        out.source = Source::Rule;
        normalise(id, node, *raw, out);
    }

    // The points of a normalised node from its raw value and its population
    // (engine/model/normalise.hpp has the formulas). Without a population — the passes
    // that compute them — the raw value counts, limited to the maximum, silently.
    void normalise(NodeId id, const NodeDef& node, const Rational& raw, NodeValue& out) {
        const NormaliseDef& n = *node.normalise;
        if (capture_) capture_->emplace_back(id, raw);
        NormaliseTrace t;
        t.raw = t.counted = raw;
        out.max = node.max;
        out.capped = false;
        if (n.method == NormMethod::Goalposts) {
            t.counted = std::clamp(raw, n.post_low, n.post_high);
            if (t.counted != raw) {  // the note says where it was limited: not flagged "capped at the maximum"
                diags_.warning(unit_.loc, msg::kCapped, unit_.id, node.code, raw.to_string(4), t.counted.to_string(4));
            }
            out.points = normalised_points(n, t.counted, n.post_low, n.post_high);
        } else {
            const std::size_t b = static_cast<std::size_t>(&block_ - def_.blocks.data());
            t.population = norms_ && b < def_.blocks.size() ? norms_->find(block_.tree, id, b) : nullptr;
            if (!t.population) {
                out.points = std::clamp(raw, Rational(0), node.max);
                return;
            }
            if (n.method == NormMethod::ZScore && !t.population->degenerate()) {
                zscore(node, *t.population, raw, t, out);
            } else {
                out.points = population_points(n, *t.population, raw, t);
            }
        }
        if (listener_) trace_.normalised = std::move(t);
    }

    // z_mean + z × z_sd, irrational in general: the run's bound of it (MeanPrecision),
    // then limited to [0, max] — a unit far from the mean could fall below 0 or above
    // the maximum; the warning says so (eval.capped), as for any limited value.
    void zscore(const NodeDef& node, const NormPopulation& pop, const Rational& raw, NormaliseTrace& t,
                NodeValue& out) {
        const RootBounds b = zscore_points(*node.normalise, raw, pop.mean, pop.variance, precision_.bits);
        t.z_points = precision_.upper ? b.upper : b.lower;
        out.points = std::clamp(t.z_points, Rational(0), node.max);
        if (out.points != t.z_points)
            diags_.warning(unit_.loc, msg::kCapped, unit_.id, node.code, t.z_points.to_string(4),
                           out.points.to_string(4));
    }

    static Rational population_points(const NormaliseDef& n, const NormPopulation& pop, const Rational& raw,
                                      NormaliseTrace& t) {
        const auto& v = pop.sorted;
        const bool single = n.method == NormMethod::Rank ? pop.count <= 1 || pop.degenerate() : pop.degenerate();
        if (single) {
            t.equal = true;
            return n.if_equal.value_or(n.from);  // without `if equal` the run has failed (eval.normalise-equal)
        }
        if (n.method == NormMethod::Rank) {
            const auto better = n.lower_better ? std::lower_bound(v.begin(), v.end(), raw) - v.begin()
                                               : v.end() - std::upper_bound(v.begin(), v.end(), raw);
            t.rank = 1 + static_cast<std::int64_t>(better);
            return rank_points(n, t.rank, static_cast<std::int64_t>(pop.count));
        }
        // A unit is always in its own population, so low <= raw <= high; kept in the
        // range all the same.
        return std::clamp(normalised_points(n, raw, pop.low.raw, pop.high.raw), n.from, n.to);
    }

    void set_excluded(NodeValue& out) {
        out.source = Source::Excluded;
        out.not_applicable = true;
    }

    void set_not_applicable(const NodeDef& node, const NodeEntry& entry, NodeValue& out) {
        if (!node.optional) {
            diags_.error(unit_.pool->loc(unit_.official(entry)->pos), msg::kNaNotAllowed, unit_.id, node.code);
            return;
        }
        out.source = Source::NotApplicable;
        out.not_applicable = true;
        if (listener_) trace_.entered = unit_.official_value(entry);
        switch (node.na) {
            case NaPolicy::Exclude: break;
            case NaPolicy::Full: out.points = out.max = node.max; break;
            case NaPolicy::Zero: out.max = node.max; break;
        }
    }

    void set_entered(const NodeDef& node, const NodeEntry& entry, NodeValue& out) {
        if (node.survey && entry.has_self()) {
            diags_.error(unit_.pool->loc(unit_.self_of(entry)->pos), msg::kSurveySelfAssessed, unit_.id, node.code);
            return;
        }
        out.source = node.is_leaf() ? Source::Rule : Source::Given;
        out.max = node.is_adjustment() ? Rational(0) : node.max;
        Assessed assessed;
        if (const SheetValue* self = unit_.self_of(entry)) assessed.self = score(node, *self, out);
        const SheetValue* appraised = unit_.appraised_of(entry);
        const SheetValue* main = appraised ? appraised : entry.has_value() ? &entry.value : nullptr;
        if (main) {
            auto points = score(node, *main, out);
            if (appraised) assessed.appraised = points;
            if (points) out.points = *points;
        } else if (assessed.self) {
            out.points = *assessed.self;
        }
        if (listener_) trace_.entered = unit_.official_value(entry);
        if (assessed.self || assessed.appraised) {
            if (listener_) trace_.assessed = assessed;
            assessed_.emplace_back(static_cast<NodeId>(&node - tree_.nodes.data()), std::move(assessed));
        }
    }

    // The rule's trace is the last value scored: the one that counts (appraised or
    // plain) when there is one, else the self-assessment.
    std::optional<Rational> score(const NodeDef& node, const SheetValue& compact, NodeValue& out) {
        unit_.pool->unpack(compact, value_);  // the scratch value: its storage is reused
        const InputValue& v = value_;
        UnitScope scope{unit_.id, v.loc, diags_};
        if (!node.is_leaf()) return score_points(node, v, scope);
        auto leaf = score_leaf(node, v, scope);
        if (!leaf) return std::nullopt;
        if (listener_) trace_.rule = leaf->rule;
        out.capped = out.capped || leaf->rule.capped;
        return leaf->points;
    }

    void set_missing(const NodeDef& node, NodeValue& out) {
        out.max = node.is_adjustment() ? Rational(0) : node.max;
        if (node.is_adjustment()) {
            out.source = Source::Default;  // no bonus or deduction entered: none applies
            return;
        }
        if (node.default_value || def_.missing_is_zero) {
            out.source = Source::Default;
            out.points = node.default_value.value_or(Rational(0));
            return;
        }
        missing_.push_back(static_cast<NodeId>(&node - tree_.nodes.data()));
    }

    // Missing values in the order of the tree (the plan visits children first, and
    // the ids are in pre-order), all at the unit.
    void report_missing() {
        std::sort(missing_.begin(), missing_.end());
        for (NodeId id : missing_) {
            const NodeDef& node = tree_.nodes[id];
            diags_.error(unit_.loc, msg::kMissingValue, unit_.id, node.code, node.title);
        }
        missing_.clear();
    }

    void set_sum(const NodeDef& node, NodeValue& out) {
        out.source = Source::Children;
        Rational points;
        Rational removed;  // maximum taken out by children that do not apply
        for (NodeId c : node.children) {
            const NodeValue& child = outcomes_[c];
            const Rational& declared = tree_.nodes[c].max;
            if (!child.points.is_zero()) points += child.points;
            // Only children that do not (fully) apply take maximum out: most apply.
            if (child.max != declared && !tree_.nodes[c].is_adjustment()) removed += declared - child.max;
        }
        out.max = node.max - removed;
        bool all_out = !node.children.empty() && out.max.is_zero() && !node.max.is_zero();
        out.not_applicable = all_out;
        clamp(points, out);
        // Bonuses above the maximum (or deductions below 0) are limited, never silently.
        if (out.capped)
            diags_.warning(unit_.loc, msg::kCapped, unit_.id, node.code, points.to_string(4), out.points.to_string(4));
    }

    void set_weighted(const NodeDef& node, NodeValue& out) {
        out.source = Source::Children;
        Rational weighted, weights;
        if (listener_) {
            trace_.weighted = true;
            trace_.mean = node.mean;
        }
        parts_.clear();
        for (NodeId c : node.children) {
            const NodeValue& child = outcomes_[c];
            if (child.max.is_zero()) continue;  // not applicable: its weight is shared out
            const Rational w = tree_.nodes[c].weight.value_or(Rational(0));
            const Rational share = child.points / child.max;
            weighted += w * share;
            weights += w;
            parts_.push_back(MeanPart{w, share});
            if (listener_) trace_.parts.push_back(WeightedPart{c, w, child.points, child.max});
        }
        if (listener_) trace_.weights = weights;
        if (weights.is_zero()) {
            out.not_applicable = true;
            return;
        }
        out.max = node.max;
        switch (node.mean) {
            case Mean::Arithmetic: return clamp(node.max * weighted / weights, out);
            case Mean::Harmonic: return clamp(harmonic_mean(parts_, weights, node.max), out);
            case Mean::Geometric: {
                const RootBounds bounds = geometric_mean(parts_, weights, node.max, precision_.bits);
                return clamp(precision_.upper ? bounds.upper : bounds.lower, out);
            }
        }
    }

    static void clamp(const Rational& points, NodeValue& out) {
        out.points = points;
        if (points > out.max) {
            out.points = out.max;
            out.capped = true;
        } else if (points.is_negative()) {
            out.points = Rational(0);
            out.capped = true;
        }
    }

    std::optional<EvaluatedUnit> finish() {
        EvaluatedUnit e;
        UnitResult& r = e.result;
        r.id = unit_.id;
        r.name = unit_.name;
        r.block = block_.id;
        r.group = unit_.group;
        r.flags = unit_.flags;
        const NodeValue& root = outcomes_[0];
        if (root.max.is_zero()) {
            diags_.error(unit_.loc, msg::kNothingApplicable, unit_.id);
            return std::nullopt;
        }
        r.points = root.points;
        r.max = root.max;
        const Rational scale = def_.publish == Publish::Percent ? Rational(100) : tree_.root().max;
        r.index = root.points / root.max * scale;
        r.published = def_.published(r.index);
        e.nodes = std::move(outcomes_);
        // Scored in plan order (children first); the columns keep them by NodeId.
        std::sort(assessed_.begin(), assessed_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        e.assessed = std::move(assessed_);
        return e;
    }

    const Definition& def_;
    const BlockDef& block_;
    const TreePlan& plan_;
    const TreeDef& tree_;
    const UnitInput& unit_;
    Diagnostics& diags_;
    const CodeLookup& codes_;
    EvaluationListener* const listener_;
    const Normalisations* const norms_;
    RawCapture* const capture_;
    const MeanPrecision precision_;
    std::vector<MeanPart> parts_;  // the weighted node's applicable children (storage reused)
    NodeTrace trace_;  // the node being evaluated, when someone listens
    std::vector<const NodeEntry*> entries_;
    InputValue value_;  // the entry's value in full, while it is scored
    std::vector<NodeValue> outcomes_;
    std::vector<std::pair<NodeId, Assessed>> assessed_;
    std::vector<NodeId> covered_by_;
    std::vector<NodeId> missing_;
};

}  // namespace

std::optional<EvaluatedUnit> evaluate_unit(const Definition& def, const BlockDef& block, const TreePlan& plan,
                                           const UnitInput& unit, Diagnostics& diags, const CodeLookup* codes,
                                           EvaluationListener* listener, const Normalisations* norms,
                                           RawCapture* capture, MeanPrecision precision) {
    try {
        if (codes) return UnitEvaluator(def, block, plan, unit, diags, *codes, listener, norms, capture, precision).run();
        const CodeLookup own(*plan.tree, &plan);
        return UnitEvaluator(def, block, plan, unit, diags, own, listener, norms, capture, precision).run();
    } catch (const ArithmeticOverflow&) {  // the index itself (points / max x scale)
        diags.error(unit.loc, msg::kOverflow, unit.id, "total");
        return std::nullopt;
    }
}

}  // namespace chiso
