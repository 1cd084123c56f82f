#pragma once
// The semantic difference of two resolved rule sets (after `extends`): what a
// methodology officer would list when comparing two decisions' annexes — nodes
// added, removed, moved, renumbered; maxima, rules, weights, cut-offs and policies
// changed — each with where it is written in the old and in the new files.
// Changes are data; engine/report turns them into text, tables and JSON.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/diff/node_matching.hpp"
#include "engine/model/definition.hpp"
#include "dsl/origins.hpp"

namespace chiso::diff {

enum class ChangeKind {
    // header and policies
    IndexChanged, LocalityChanged, YearChanged, BasisChanged, PublishChanged, PlacesChanged, RoundingModeChanged,
    RankByChanged, OnRoundedChanged, TiesChanged, TieBreaksChanged, WithinGroupChanged, DefaultNaChanged,
    MissingChanged,
    // trees and their nodes
    TreeAdded, TreeRemoved, TreeTitleChanged,
    NodeAdded, NodeRemoved, NodeMoved, NodeCodeChanged, NodeTitleChanged, NodeMaxChanged, NodeWeightChanged,
    NodeAggregationChanged,  // sum <-> weighted composite
    NodeRuleChanged, NodeNaChanged, NodeFlagChanged, NodeDefaultChanged,
    // blocks
    BlockAdded, BlockRemoved, BlockNameChanged, BlockTreeChanged, BlockExcludedChanged,
    // ladders
    LadderAdded, LadderRemoved, LadderNameChanged, RungAdded, RungRemoved, RungConditionChanged, RungLabelChanged,
    RungOrderChanged,
    // statistics
    StatAdded, StatRemoved, StatChanged,
};

// A stable machine id ("node_max_changed") for JSON, CSV and tests.
const char* kind_id(ChangeKind kind);

struct RuleChange {
    ChangeKind kind = ChangeKind::NodeMaxChanged;
    // What changed: a tree id, block id, ladder id ("xep_loai" or "xep_loai[tw]" for
    // a block section) or stat id; empty for header changes.
    std::string scope;
    // Within the scope: a node code, a rung label, a flag word; empty otherwise.
    std::string subject;
    // The values as the criteria language writes them ("40", "levels { … }", "half_up").
    // Empty: absent on that side. A rule or a condition is also given as written
    // (WrittenNode::rule, CondDef::written: what was written, not the resolved form),
    // which reports print after the text; empty: none written on that side.
    std::string old_text, new_text;
    std::string old_written, new_written;
    SourceLoc old_loc, new_loc;
    // The node concerned, for attribution of outcome changes (kNoNode: none).
    std::optional<std::size_t> old_tree, new_tree;  // indices into Definition::trees
    NodeId old_node = kNoNode;
    NodeId new_node = kNoNode;
};

struct RuleDiff {
    const Definition* old_def = nullptr;
    const Definition* new_def = nullptr;
    std::vector<RuleChange> changes;  // header, trees (pre-order), blocks, ladders, stats
    std::vector<TreeMatch> trees;     // one per tree id present on both sides

    const TreeMatch* match_for_old_tree(std::size_t old_tree) const;
    const TreeMatch* match_for_new_tree(std::size_t new_tree) const;
    // Where a score entered under `old_code` of the old tree `old_tree_id` belongs in
    // the new rules: the matched node's code (renumbered or moved nodes included);
    // nullopt when the node or its tree was removed.
    std::optional<std::string> new_code_for(const std::string& old_tree_id, const std::string& old_code) const;
};

// Where each side's changes of titles and flags are written (from the merge of
// `extends`); optional: without them those changes point at the node itself.
struct DiffSources {
    const Origins* old_origins = nullptr;
    const Origins* new_origins = nullptr;
};

RuleDiff diff_rules(const Definition& old_def, const Definition& new_def, const DiffSources& sources = {});

}  // namespace chiso::diff
