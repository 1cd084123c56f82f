#include "engine/plan/plan.hpp"

#include "engine/plan/compiled_plan.hpp"

namespace chiso {
namespace {

TreePlan compile_tree(const TreeDef& tree) {
    TreePlan plan;
    plan.tree = &tree;
    const auto count = static_cast<NodeId>(tree.nodes.size());
    plan.subtree_end.assign(count, 0);
    // Nodes are stored in pre-order, so a subtree is a contiguous id range and
    // walking ids downwards visits every child before its parent.
    for (NodeId id = count; id-- > 0;) {
        const NodeDef& node = tree.nodes[id];
        NodeId end = id + 1;
        for (NodeId c : node.children) end = std::max(end, plan.subtree_end[c]);
        plan.subtree_end[id] = end;
        Step::Kind kind = node.is_leaf() ? Step::Kind::Leaf : node.weighted ? Step::Kind::Weighted : Step::Kind::Sum;
        plan.steps.push_back({kind, id});
    }
    for (const auto& [code, id] : tree.by_code) plan.by_code.emplace(code, id);
    return plan;
}

}  // namespace

Plan compile_plan(const Definition& def) {
    Plan plan;
    plan.definition = &def;
    for (const auto& tree : def.trees) plan.trees.push_back(compile_tree(tree));
    plan.kernel = std::make_shared<const CompiledPlan>(compile_kernel_plan(plan));
    return plan;
}

}  // namespace chiso
