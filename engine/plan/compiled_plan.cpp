#include "engine/plan/compiled_plan.hpp"

#include <algorithm>
#include <numeric>

#include "engine/plan/common_denominator.hpp"

namespace chiso {
namespace {

using Kind = RuleDef::Kind;

LeafOp op_of(Kind kind) {
    switch (kind) {
        case Kind::Points: return LeafOp::Points;
        case Kind::YesNo: return LeafOp::YesNo;
        case Kind::Levels: return LeafOp::Levels;
        case Kind::Bands: return LeafOp::Bands;
        case Kind::Proportional: return LeafOp::Proportional;
        case Kind::Rate: return LeafOp::Rate;
        case Kind::Answers: return LeafOp::Answers;
        case Kind::Bonus: return LeafOp::Bonus;
        case Kind::Deduction: return LeafOp::Deduction;
        case Kind::DeductPerEvent: return LeafOp::DeductPerEvent;
        case Kind::Formula: return LeafOp::Formula;
    }
    return LeafOp::Points;
}

// Every constant amount of the tree that points are made of: what D must divide.
std::vector<Rational> amounts_of(const TreeDef& tree) {
    std::vector<Rational> out;
    for (const NodeDef& node : tree.nodes) {
        out.push_back(node.max);
        if (node.default_value) out.push_back(*node.default_value);
        if (!node.rule) continue;
        const RuleDef& rule = *node.rule;
        for (const auto& l : rule.levels) out.push_back(l.points);
        for (const auto& b : rule.bands) out.push_back(b.points);
        if (rule.kind == Kind::Bonus || rule.kind == Kind::Deduction) {
            out.push_back(rule.cap);
            if (rule.per) out.push_back(*rule.per);
        }
        if (rule.kind == Kind::DeductPerEvent) out.push_back(rule.per_event_points);
    }
    return out;
}

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

    static bool bound(const std::optional<BoundDef>& b, CompiledBound& out) {
        if (!b) return true;
        out.present = true;
        out.cmp = b->cmp;
        return fixed::from(b->value, out.value);
    }

    // The one reader of RuleDef's operands for the kernel.
    bool compile_leaf(const NodeDef& node, const RuleDef& rule, CompiledLeaf& leaf) {
        leaf.op = op_of(rule.kind);
        leaf.allow_negative = rule.allow_negative;
        leaf.has_limit = rule.ratio_limit.has_value();
        if (rule.ratio_limit && !fixed::from(*rule.ratio_limit, leaf.ratio_limit)) return false;
        for (const auto& l : rule.levels) {
            leaf.level_points_d.emplace_back();
            if (!over_d(l.points, leaf.level_points_d.back())) return false;
        }
        for (const auto& b : rule.bands) {
            CompiledBand band;
            if (!bound(b.interval.lower, band.lower) || !bound(b.interval.upper, band.upper)) return false;
            if (!over_d(b.points, band.points_d)) return false;
            leaf.bands.push_back(band);
        }
        for (const auto& a : rule.answers) {
            leaf.answer_weights.emplace_back();
            if (!fixed::from(a.weight, leaf.answer_weights.back())) return false;
            const std::int64_t d = leaf.answer_weights.back().den;
            if (__builtin_mul_overflow(leaf.answer_b / std::gcd(leaf.answer_b, d), d, &leaf.answer_b)) return false;
        }
        for (const auto& w : leaf.answer_weights) {
            leaf.answer_weights_b.emplace_back();
            if (__builtin_mul_overflow(w.num, leaf.answer_b / w.den, &leaf.answer_weights_b.back())) return false;
        }
        if (!fixed::from(rule.cap, leaf.cap)) return false;
        if (rule.kind == Kind::DeductPerEvent && !over_d(rule.per_event_points, leaf.per_event_d)) return false;
        leaf.has_per = rule.per.has_value();
        if (rule.per && !fixed::from(*rule.per, leaf.per)) return false;
        leaf.has_expr = rule.expr.has_value();
        return !rule.expr || compile_expression(*rule.expr, node, leaf.expr);
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
    return out;
}

CompiledPlan compile_kernel_plan(const Plan& plan) {
    CompiledPlan out;
    for (const TreePlan& tree : plan.trees) out.trees.push_back(compile_tree(*plan.definition, tree));
    return out;
}

}  // namespace chiso
