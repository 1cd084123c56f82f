#include "engine/check/check.hpp"
#include "engine/check/check_messages.hpp"

#include <numeric>

namespace chiso {
namespace {

std::string percent_text(const Rational& fraction) { return (fraction * Rational(100)).to_string(4); }

class TreeChecker {
public:
    TreeChecker(const TreeDef& tree, Diagnostics& diags) : tree_(tree), diags_(diags) {}

    void run() {
        if (tree_.root().max.is_zero()) diags_.error(tree_.loc, msg::kZeroMax, tree_.id);
        for (NodeId id = 0; id < tree_.nodes.size(); ++id) {
            const NodeDef& node = tree_.nodes[id];
            if (!node.is_leaf()) {
                node.weighted ? check_weights(node) : check_sum(node);
            } else if (node.rule) {
                check_rule(node, *node.rule, diags_);
            }
            if (node.default_value && *node.default_value > node.max && !node.is_adjustment())
                diags_.error(node.default_loc, msg::kDefaultAboveMax, node.default_value->to_string(), node.code,
                             node.max.to_string());
        }
    }

private:
    void check_sum(const NodeDef& node) {
        Rational sum;
        for (NodeId c : node.children) {
            const NodeDef& child = tree_.nodes[c];
            if (child.weight) diags_.error(child.loc, msg::kWeightWithoutComposite, child.code, node.code);
            if (!child.is_adjustment()) sum += child.max;
        }
        if (node.unchecked || sum == node.max) return;
        if (&node == &tree_.root())
            diags_.error(node.loc, msg::kMaxSumMismatchTree, tree_.id, sum.to_string(), node.max.to_string());
        else
            diags_.error(node.loc, msg::kMaxSumMismatch, node.code, sum.to_string(), node.max.to_string());
    }

    void check_weights(const NodeDef& node) {
        Rational total;
        bool complete = true;
        for (NodeId c : node.children) {
            const NodeDef& child = tree_.nodes[c];
            if (!child.weight) {
                diags_.error(child.loc, msg::kMissingWeight, child.code, node.code);
                complete = false;
                continue;
            }
            total += *child.weight;
        }
        if (complete && node.mean == Mean::Geometric) check_geometric_weights(node);
        if (!complete || total == Rational(1)) return;
        if (rounded_equal_weights(node))
            diags_.error(node.loc, msg::kWeightsSumEqual, node.code, percent_text(total), node.children.size());
        else
            diags_.error(node.loc, msg::kWeightsSum, node.code, percent_text(total));
    }

    // The exponents of a geometric mean are the weights over their common
    // denominator; the root taken is of that degree, so it is kept small
    // (engine/eval/means.hpp): 100 for percentages, 9 for ninths.
    void check_geometric_weights(const NodeDef& node) {
        std::int64_t common = 1;
        for (NodeId c : node.children) {
            const std::int64_t d = tree_.nodes[c].weight->den();
            common = common / std::gcd(common, d) * d;
            if (common > kMaxMeanDenominator) {
                diags_.error(node.loc, msg::kGeometricWeightsTooFine, node.code, kMaxMeanDenominator);
                return;
            }
        }
    }

    // `weight 11.11%` nine times is 99.99%: equal weights rounded to decimals. The
    // exact weight is 1/n, which the message offers (within 1% of 100%, so that a
    // real mistake — a weight forgotten or doubled — is not taken for rounding).
    bool rounded_equal_weights(const NodeDef& node) const {
        if (node.children.size() < 2) return false;
        const Rational& first = *tree_.nodes[node.children.front()].weight;
        for (NodeId c : node.children)
            if (*tree_.nodes[c].weight != first) return false;
        const Rational total = first * Rational(static_cast<std::int64_t>(node.children.size()));
        const Rational off = total > Rational(1) ? total - Rational(1) : Rational(1) - total;
        return off < Rational(1, 100);
    }

    const TreeDef& tree_;
    Diagnostics& diags_;
};

}  // namespace

void check_tree(const TreeDef& tree, Diagnostics& diags) { TreeChecker(tree, diags).run(); }

}  // namespace chiso
