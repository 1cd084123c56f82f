#pragma once
// The flat evaluation plan: per tree, one step per node in an order where every
// child comes before its parent, so a unit is evaluated by one forward loop with
// no recursion. Steps keep their node id, hence their source position.
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/model/definition.hpp"

namespace chiso {

struct Step {
    enum class Kind { Leaf, Sum, Weighted };
    Kind kind = Kind::Leaf;
    NodeId node = 0;
};

struct TreePlan {
    const TreeDef* tree = nullptr;
    std::vector<Step> steps;           // children before parents; the root last
    std::vector<NodeId> subtree_end;   // descendants of i are the ids in (i, subtree_end[i])
    // Code -> node, hashed: every entered value of every unit is looked up here.
    // The views point into the tree's nodes, which outlive the plan.
    std::unordered_map<std::string_view, NodeId> by_code;

    NodeId find(std::string_view code) const {
        auto it = by_code.find(code);
        return it == by_code.end() ? kNoNode : it->second;
    }
};

struct CompiledPlan;  // compiled_plan.hpp: the steps with their operands, for the kernel

struct Plan {
    const Definition* definition = nullptr;
    std::vector<TreePlan> trees;  // parallel to Definition::trees
    // Compiled once with the plan (and so once per criteria for every year a replay
    // evaluates); its trees point at `trees`' elements, which a move of the plan keeps.
    std::shared_ptr<const CompiledPlan> kernel;
};

Plan compile_plan(const Definition& def);

}  // namespace chiso
