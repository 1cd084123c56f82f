#include "engine/diff/node_matching.hpp"

#include <map>

#include "engine/core/normalise.hpp"

namespace chiso::diff {
namespace {

// Normalised title -> the unmatched nodes that carry it.
std::map<std::string, std::vector<NodeId>> unmatched_titles(const TreeDef& tree, const std::vector<NodeId>& match) {
    std::map<std::string, std::vector<NodeId>> out;
    for (NodeId id = 1; id < tree.nodes.size(); ++id)
        if (match[id] == kNoNode) out[normalise_title(tree.nodes[id].title)].push_back(id);
    return out;
}

void match_by_code(const TreeDef& old_tree, const TreeDef& new_tree, TreeMatch& m) {
    for (NodeId id = 1; id < old_tree.nodes.size(); ++id) {
        const NodeId other = new_tree.find(old_tree.nodes[id].code);
        if (other == kNoNode || other == 0) continue;
        m.old_to_new[id] = other;
        m.new_to_old[other] = id;
        m.how[other] = MatchedBy::Code;
    }
}

void match_by_title(const TreeDef& old_tree, const TreeDef& new_tree, TreeMatch& m) {
    const auto old_titles = unmatched_titles(old_tree, m.old_to_new);
    const auto new_titles = unmatched_titles(new_tree, m.new_to_old);
    for (const auto& [title, old_ids] : old_titles) {
        auto it = new_titles.find(title);
        if (title.empty() || old_ids.size() != 1 || it == new_titles.end() || it->second.size() != 1) continue;
        const NodeId o = old_ids.front();
        const NodeId n = it->second.front();
        m.old_to_new[o] = n;
        m.new_to_old[n] = o;
        m.how[n] = MatchedBy::Title;
    }
}

}  // namespace

std::string normalise_title(std::string_view title) { return text_key(title); }

bool TreeMatch::moved(const TreeDef& old_tree_def, const TreeDef& new_tree_def, NodeId new_node) const {
    const NodeId old_node = new_to_old[new_node];
    if (old_node == kNoNode || new_node == 0) return false;
    const NodeId old_parent = old_tree_def.nodes[old_node].parent;
    const NodeId new_parent = new_tree_def.nodes[new_node].parent;
    return old_parent == kNoNode || old_to_new[old_parent] != new_parent;
}

TreeMatch match_nodes(const TreeDef& old_tree, const TreeDef& new_tree) {
    TreeMatch m;
    m.old_to_new.assign(old_tree.nodes.size(), kNoNode);
    m.new_to_old.assign(new_tree.nodes.size(), kNoNode);
    m.how.assign(new_tree.nodes.size(), MatchedBy::None);
    if (old_tree.nodes.empty() || new_tree.nodes.empty()) return m;
    m.old_to_new[0] = 0;
    m.new_to_old[0] = 0;
    m.how[0] = MatchedBy::Code;
    match_by_code(old_tree, new_tree, m);
    match_by_title(old_tree, new_tree, m);
    return m;
}

}  // namespace chiso::diff
