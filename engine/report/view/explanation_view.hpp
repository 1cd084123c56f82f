#pragma once
// One unit's explanation as data (build/explanation_views.hpp renders it from the
// trace, in the view's language): the text of `chiso explain` and the collapsible
// tree of the HTML page lay out these same words, so a reader can move from one
// to the other.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/report/view/report_view.hpp"

namespace chiso::report {

// A node of the block's tree as every unit's explanation shows it, indexed by its id
// (pre-order, the root first): held once per block, not copied into each unit's.
struct ExplainTreeNode {
    std::size_t depth = 0;
    std::string code, title;
    std::vector<std::size_t> children;  // ids
};
using ExplainTree = std::vector<ExplainTreeNode>;

// The same node for one unit.
struct ExplainNode {
    bool shown = false;  // evaluated for this unit
    bool not_applicable = false;
    Rational points, max;
    std::vector<std::string> notes;  // why it has its points (trace_text.hpp), in the view's language
};

struct UnitExplanation {
    std::string id, name, block_id, block_name;
    int rank = 0;
    Rational published;
    std::shared_ptr<const ExplainTree> tree;  // the block's, shared by its units' explanations
    std::vector<ExplainNode> nodes;           // parallel to *tree (it may be shorter)
    std::string formula;                // "Chỉ số = 61,4 ÷ 80 × 100% = 76,75 → 76,75"
    std::vector<std::string> standing;  // "Hạng 3/8", then one "ladder: class" per ladder of the block
};

}  // namespace chiso::report
