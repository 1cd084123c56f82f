#include "engine/plan/compiled_plan.hpp"

#include <algorithm>
#include <numeric>
#include <variant>

#include "engine/plan/common_denominator.hpp"

namespace chiso {
namespace {

// Every constant amount of a rule that points are made of, one case per kind the
// kernel runs; a kind it does not run adds nothing (its tree is declined below).
struct RuleAmounts {
    std::vector<Rational>& out;
    void operator()(const rule::Levels& r) const {
        for (const auto& l : r.levels) out.push_back(l.points);
    }
    void operator()(const rule::Bands& r) const {
        for (const auto& b : r.bands) out.push_back(b.points);
    }
    void operator()(const rule::Bonus& r) const { out.push_back(r.cap); }
    void operator()(const rule::Deduction& r) const {
        out.push_back(r.cap);
        if (r.per) out.push_back(*r.per);
    }
    void operator()(const rule::DeductPerEvent& r) const { out.push_back(r.points); }
    template <class OtherKind>
    void operator()(const OtherKind&) const {}  // no constant amount
};

// Every constant amount of the tree that points are made of: what D must divide.
std::vector<Rational> amounts_of(const TreeDef& tree) {
    std::vector<Rational> out;
    for (const NodeDef& node : tree.nodes) {
        out.push_back(node.max);
        if (node.default_value) out.push_back(*node.default_value);
        if (node.rule) std::visit(RuleAmounts{out}, node.rule->body);
    }
    return out;
}

bool over_denominator(const Rational& x, std::int64_t d, std::int64_t& out) {
    fixed::Fraction f;
    return fixed::from(x, f) && fixed::over(f, d, out);
}

bool bound(const std::optional<BoundDef>& b, CompiledBound& out) {
    if (!b) return true;
    out.present = true;
    out.cmp = b->cmp;
    return fixed::from(b->value, out.value);
}

// The kernel's form of one leaf's rule: its LeafOp and operands, one case per kind.
// A kind without a case here is declined (the whole tree then goes to the reference
// evaluator), so a new rule kind needs no kernel change to be scored exactly; it
// needs a case here (and in engine/bind/bind_value.cpp, engine/kernel/leaf_kernel.cpp)
// only to be scored fast.
class LeafCompiler {
public:
    LeafCompiler(const NodeDef& node, std::int64_t d, CompiledLeaf& leaf) : node_(node), d_(d), leaf_(leaf) {}

    bool operator()(const rule::Points&) const { return op(LeafOp::Points); }
    bool operator()(const rule::YesNo&) const { return op(LeafOp::YesNo); }
    bool operator()(const rule::Rate&) const { return op(LeafOp::Rate); }
    bool operator()(const rule::Levels& r) const {
        op(LeafOp::Levels);
        for (const auto& l : r.levels) {
            leaf_.level_points_d.emplace_back();
            if (!over_denominator(l.points, d_, leaf_.level_points_d.back())) return false;
        }
        return true;
    }
    bool operator()(const rule::Bands& r) const {
        op(LeafOp::Bands);
        for (const auto& b : r.bands) {
            CompiledBand band;
            if (!bound(b.interval.lower, band.lower) || !bound(b.interval.upper, band.upper)) return false;
            if (!over_denominator(b.points, d_, band.points_d)) return false;
            leaf_.bands.push_back(band);
        }
        return expression(r.of);
    }
    bool operator()(const rule::Proportional& r) const { return op(LeafOp::Proportional) && expression(r.of); }
    bool operator()(const rule::Answers& r) const {
        op(LeafOp::Answers);
        for (const auto& a : r.answers) {
            leaf_.answer_weights.emplace_back();
            if (!fixed::from(a.weight, leaf_.answer_weights.back())) return false;
            const std::int64_t d = leaf_.answer_weights.back().den;
            if (__builtin_mul_overflow(leaf_.answer_b / std::gcd(leaf_.answer_b, d), d, &leaf_.answer_b)) return false;
        }
        for (const auto& w : leaf_.answer_weights) {
            leaf_.answer_weights_b.emplace_back();
            if (__builtin_mul_overflow(w.num, leaf_.answer_b / w.den, &leaf_.answer_weights_b.back())) return false;
        }
        return true;
    }
    bool operator()(const rule::Bonus& r) const { return op(LeafOp::Bonus) && fixed::from(r.cap, leaf_.cap); }
    bool operator()(const rule::Deduction& r) const {
        op(LeafOp::Deduction);
        if (!fixed::from(r.cap, leaf_.cap)) return false;
        leaf_.has_per = r.per.has_value();
        return !r.per || fixed::from(*r.per, leaf_.per);
    }
    bool operator()(const rule::DeductPerEvent& r) const {
        return op(LeafOp::DeductPerEvent) && over_denominator(r.points, d_, leaf_.per_event_d);
    }
    bool operator()(const rule::Formula& r) const {
        op(LeafOp::Formula);
        leaf_.has_expr = true;
        return compile_expression(r.expr, node_, leaf_.expr);
    }
    template <class OtherKind>
    bool operator()(const OtherKind&) const {
        return false;  // not run by the kernel: declined
    }

private:
    bool op(LeafOp o) const {
        leaf_.op = o;
        return true;
    }
    bool expression(const std::optional<ExprDef>& e) const {
        leaf_.has_expr = e.has_value();
        return !e || compile_expression(*e, node_, leaf_.expr);
    }

    const NodeDef& node_;
    std::int64_t d_;
    CompiledLeaf& leaf_;
};

class TreeCompiler {
public:
    TreeCompiler(const Definition& def, const TreePlan& plan, CompiledTree& out)
        : def_(def), plan_(plan), tree_(*plan.tree), out_(out) {}

    // False (with out.decline_reason) when the tree cannot be run by the kernel.
    bool run() {
        auto d = common_denominator(amounts_of(tree_));
        if (!d) return decline("no common denominator within 2^52");
        out_.denominator = *d;
        out_.nodes.resize(tree_.nodes.size());
        out_.leaf_of.assign(tree_.nodes.size(), CompiledTree::kNoLeaf);
        for (NodeId id = 0; id < tree_.nodes.size(); ++id)
            if (!compile_node(id)) return false;
        for (const Step& step : plan_.steps)
            if (!compile_step(step)) return false;
        for (const CompiledNode& n : out_.nodes) out_.largest_d = std::max({out_.largest_d, n.max_d, n.default_d});
        for (const CompiledLeaf& l : out_.leaves) {
            for (std::int64_t p : l.level_points_d) out_.largest_d = std::max(out_.largest_d, p);
            for (const CompiledBand& b : l.bands) out_.largest_d = std::max(out_.largest_d, b.points_d);
        }
        return true;
    }

private:
    bool decline(std::string reason) {
        out_.decline_reason = std::move(reason);
        return false;
    }

    // Constants were chosen to fit (common_denominator), so these never fail for
    // amounts_of; they guard the other fractions.
    bool over_d(const Rational& r, std::int64_t& out) {
        fixed::Fraction f;
        return fixed::from(r, f) && fixed::over(f, out_.denominator, out);
    }

    bool compile_node(NodeId id) {
        const NodeDef& node = tree_.nodes[id];
        CompiledNode& c = out_.nodes[id];
        if (!over_d(node.max, c.max_d) || !fixed::from(node.max, c.max)) return decline("maximum of " + node.code);
        c.has_default = node.default_value.has_value() || def_.missing_is_zero;
        if (node.default_value && !over_d(*node.default_value, c.default_d)) return decline("default of " + node.code);
        c.adjustment = node.is_adjustment();
        c.optional = node.optional;
        c.survey = node.survey;
        c.na = node.na;
        if (node.weight && !fixed::from(*node.weight, c.weight)) return decline("weight of " + node.code);
        return true;
    }

    bool compile_step(const Step& step) {
        const NodeDef& node = tree_.nodes[step.node];
        CompiledStep s;
        s.node = step.node;
        s.kind = step.kind == Step::Kind::Leaf       ? CompiledStep::Kind::Leaf
                 : step.kind == Step::Kind::Weighted ? CompiledStep::Kind::Weighted
                                                     : CompiledStep::Kind::Sum;
        // The kernel's weighted step is the arithmetic mean; a geometric (irrational in
        // general) or harmonic mean is the reference evaluator's.
        if (s.kind == CompiledStep::Kind::Weighted && node.mean != Mean::Arithmetic)
            return decline(std::string("weighted ") + mean_written(node.mean) + " mean of " + node.code);
        s.children_begin = static_cast<std::uint32_t>(out_.children.size());
        out_.children.insert(out_.children.end(), node.children.begin(), node.children.end());
        s.children_end = static_cast<std::uint32_t>(out_.children.size());
        if (s.kind == CompiledStep::Kind::Leaf) {
            if (!node.rule) return decline("leaf without a rule: " + node.code);
            s.leaf = static_cast<std::uint32_t>(out_.leaves.size());
            out_.leaf_of[step.node] = s.leaf;
            out_.leaves.emplace_back();
            if (!compile_leaf(node, *node.rule, out_.leaves.back())) return decline("rule of " + node.code);
        }
        out_.steps.push_back(s);
        return true;
    }

    // The one reader of RuleDef's operands for the kernel: the range, then the kind's.
    bool compile_leaf(const NodeDef& node, const RuleDef& rule, CompiledLeaf& leaf) {
        leaf.allow_negative = rule.allow_negative;
        leaf.has_limit = rule.ratio_limit.has_value();
        if (rule.ratio_limit && !fixed::from(*rule.ratio_limit, leaf.ratio_limit)) return false;
        return std::visit(LeafCompiler(node, out_.denominator, leaf), rule.body);
    }

    const Definition& def_;
    const TreePlan& plan_;
    const TreeDef& tree_;
    CompiledTree& out_;
};

}  // namespace

CompiledTree compile_tree(const Definition& def, const TreePlan& tree) {
    CompiledTree out;
    out.tree = tree.tree;
    if (!TreeCompiler(def, tree, out).run()) out.declined = true;
    // A normalised node's points depend on the other units (docs/language.md §15d):
    // the kernel, which sees one unit's row at a time, leaves the tree to the reference
    // (compiled all the same: binding reads a declined tree's nodes).
    for (const NodeDef& node : tree.tree->nodes) {
        if (!node.normalise) continue;
        out.declined = true;
        out.decline_reason = "a node normalised across units";
        break;
    }
    return out;
}

CompiledPlan compile_kernel_plan(const Plan& plan) {
    CompiledPlan out;
    for (const TreePlan& tree : plan.trees) out.trees.push_back(compile_tree(*plan.definition, tree));
    return out;
}

}  // namespace chiso
