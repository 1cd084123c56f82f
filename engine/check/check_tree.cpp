#include "engine/check/check.hpp"
#include "engine/check/check_messages.hpp"

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
        if (complete && total != Rational(1))
            diags_.error(node.loc, msg::kWeightsSum, node.code, percent_text(total));
    }

    const TreeDef& tree_;
    Diagnostics& diags_;
};

}  // namespace

void check_tree(const TreeDef& tree, Diagnostics& diags) { TreeChecker(tree, diags).run(); }

}  // namespace chiso
