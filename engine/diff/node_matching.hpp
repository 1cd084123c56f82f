#pragma once
// Which node of the old tree is which node of the new one. Codes are the users'
// names for nodes, so a node keeps its identity when its code stays; a node whose
// code changed (renumbered "2.3" -> "3.4", or `move … as …`) is found by its title.
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/definition.hpp"

namespace chiso::diff {

enum class MatchedBy { None, Code, Title };

struct TreeMatch {
    std::size_t old_tree = 0;  // indices into the Definitions' trees
    std::size_t new_tree = 0;
    std::vector<NodeId> old_to_new;  // per old node: its new node, or kNoNode (removed)
    std::vector<NodeId> new_to_old;  // per new node: its old node, or kNoNode (added)
    std::vector<MatchedBy> how;      // per new node

    // Same code under a parent that is not the old parent's match.
    bool moved(const TreeDef& old_tree_def, const TreeDef& new_tree_def, NodeId new_node) const;
};

// Titles compared without regard to case and runs of spaces ("Cải cách  TTHC" ==
// "cải cách tthc"); files are NFC already (the driver refuses anything else).
std::string normalise_title(std::string_view title);

// Roots always match; then equal codes; then, among the nodes left on both sides,
// equal normalised titles when the title is unique among those left on each side
// (two "Điểm thưởng" left over are not guessed at).
TreeMatch match_nodes(const TreeDef& old_tree, const TreeDef& new_tree);

}  // namespace chiso::diff
