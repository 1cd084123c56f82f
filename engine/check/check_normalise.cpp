// The checks of `normalise` (docs/language.md §15d): a range that goes up, points
// within the node's maximum, a raw value that is a number, an `if equal` amount in
// the range, and a population of blocks that exist, share the node's tree and leave
// none of the tree's blocks without one.
#include <algorithm>

#include "engine/check/check.hpp"
#include "engine/check/normalise_messages.hpp"
#include "engine/core/suggest.hpp"

namespace chiso {
namespace {

// zscore has no range: its points are mean + z × sd, limited to [0, max] (eval.capped).
void check_zscore(const NodeDef& node, const NormaliseDef& n, Diagnostics& diags) {
    if (n.z_sd <= Rational(0)) diags.error(n.z_sd_loc, msg::kNormaliseZscoreSd, node.code, n.z_sd.to_string());
    if (n.z_mean < Rational(0) || n.z_mean > node.max)
        diags.error(n.z_mean_loc, msg::kNormaliseZscoreMean, node.code, n.z_mean.to_string(), node.max.to_string());
    if (n.if_equal && (*n.if_equal < Rational(0) || *n.if_equal > node.max))
        diags.error(n.if_equal_loc, msg::kNormaliseEqualOutside, node.code, n.if_equal->to_string(), "0",
                    node.max.to_string());
}

void check_ranges(const NodeDef& node, const NormaliseDef& n, Diagnostics& diags) {
    if (n.method == NormMethod::ZScore) return check_zscore(node, n, diags);
    if (n.method == NormMethod::Goalposts && n.post_low >= n.post_high)
        diags.error(n.post_loc.known() ? n.post_loc : n.loc, msg::kNormaliseRange, node.code, n.post_low.to_string(),
                    n.post_high.to_string());
    if (n.from >= n.to) {
        diags.error(n.range_loc.known() ? n.range_loc : n.loc, msg::kNormaliseRange, node.code, n.from.to_string(),
                    n.to.to_string());
    } else if (n.to > node.max) {
        diags.error(n.range_loc.known() ? n.range_loc : n.loc, msg::kNormaliseAboveMax, node.code, n.to.to_string(),
                    node.max.to_string());
    }
    if (n.if_equal && (*n.if_equal < n.from || *n.if_equal > n.to))
        diags.error(n.if_equal_loc, msg::kNormaliseEqualOutside, node.code, n.if_equal->to_string(), n.from.to_string(),
                    n.to.to_string());
}

// A leaf's raw value is the number entered (no rule: `points`) or its formula.
void check_raw_value(const NodeDef& node, const NormaliseDef& n, Diagnostics& diags) {
    if (!node.is_leaf() || !node.rule) return;
    if (node.rule->is<rule::Points>() || node.rule->is<rule::Formula>()) return;
    diags.error(n.loc, msg::kNormaliseNotNumber, node.code, std::string(node.rule->word()));
}

void check_blocks(const Definition& def, std::size_t tree, const NodeDef& node, const NormaliseDef& n,
                  Diagnostics& diags) {
    if (n.blocks.empty()) return;
    std::vector<std::string> ids;
    for (const auto& b : def.blocks) ids.push_back(b.id);
    std::vector<const BlockDef*> listed;
    for (std::size_t i = 0; i < n.blocks.size(); ++i) {
        const BlockDef* b = def.find_block(n.blocks[i]);
        if (!b) {
            diags.error(n.block_locs[i], msg::kNormaliseUnknownBlock, node.code, n.blocks[i]);
            diags.suggest(closest_match(n.blocks[i], ids));
            continue;
        }
        listed.push_back(b);
        if (b->tree != tree)
            diags.error(n.block_locs[i], msg::kNormaliseBlockTree, node.code, b->id, def.trees[b->tree].id,
                        def.trees[tree].id);
    }
    if (listed.size() != n.blocks.size()) return;  // unknown blocks reported: not also "left out"
    for (const auto& b : def.blocks) {
        if (b.tree != tree || std::find(listed.begin(), listed.end(), &b) != listed.end()) continue;
        diags.error(n.loc, msg::kNormaliseBlockLeftOut, node.code, b.id, def.trees[tree].id);
    }
}

// A node below `id` (itself excluded) whose points are bounded, not exact: a
// geometric mean or a z-score (docs/language.md §15d, "Exact arithmetic").
const NodeDef* bounded_below(const TreeDef& tree, NodeId id) {
    for (NodeId c : tree.nodes[id].children) {
        const NodeDef& child = tree.nodes[c];
        if ((child.weighted && child.mean == Mean::Geometric) ||
            (child.normalise && child.normalise->method == NormMethod::ZScore))
            return &child;
        if (const NodeDef* below = bounded_below(tree, c)) return below;
    }
    return nullptr;
}

// A population (min, max, order, mean and sd) compares units' values exactly: a value
// known only by bounds cannot be placed in it. Fixed goalposts compare with nothing.
void check_bounded_raw(const TreeDef& tree, NodeId id, const NormaliseDef& n, Diagnostics& diags) {
    const NodeDef& node = tree.nodes[id];
    if (n.method == NormMethod::Goalposts) return;
    const bool self_geometric = node.weighted && node.mean == Mean::Geometric;
    const NodeDef* below = self_geometric ? &node : bounded_below(tree, id);
    if (!below) return;
    const bool geometric = below->weighted && below->mean == Mean::Geometric;
    diags.error(n.loc, msg::kNormaliseOverIrrational, node.code, norm_method_written(n.method), below->code,
                geometric ? "weighted geometric" : "normalise zscore");
}

}  // namespace

void check_normalisations(const Definition& def, Diagnostics& diags) {
    for (std::size_t t = 0; t < def.trees.size(); ++t) {
        for (NodeId id = 0; id < def.trees[t].nodes.size(); ++id) {
            const NodeDef& node = def.trees[t].nodes[id];
            if (!node.normalise) continue;
            check_bounded_raw(def.trees[t], id, *node.normalise, diags);
            check_ranges(node, *node.normalise, diags);
            check_raw_value(node, *node.normalise, diags);
            check_blocks(def, t, node, *node.normalise, diags);
        }
    }
}

}  // namespace chiso
