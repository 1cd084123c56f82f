#pragma once
// The words of a kind of rule change (labels/diff_labels.hpp), chosen by the diff's
// own enum: the view builder's, so the catalogue itself stays core only.
#include "engine/diff/rule_diff.hpp"
#include "engine/report/labels/diff_labels.hpp"

namespace chiso::labels::diff {

inline const MessageDef& kind_label(chiso::diff::ChangeKind kind) {
    using K = chiso::diff::ChangeKind;
    switch (kind) {
        case K::IndexChanged: return kIndexChanged;
        case K::LocalityChanged: return kLocalityChanged;
        case K::YearChanged: return kYearChanged;
        case K::BasisChanged: return kBasisChanged;
        case K::PublishChanged: return kPublishChanged;
        case K::PlacesChanged: return kPlacesChanged;
        case K::RoundingModeChanged: return kRoundingModeChanged;
        case K::RankByChanged: return kRankByChanged;
        case K::OnRoundedChanged: return kOnRoundedChanged;
        case K::TiesChanged: return kTiesChanged;
        case K::TieBreaksChanged: return kTieBreaksChanged;
        case K::WithinGroupChanged: return kWithinGroupChanged;
        case K::DefaultNaChanged: return kDefaultNaChanged;
        case K::MissingChanged: return kMissingChanged;
        case K::TreeAdded: return kTreeAdded;
        case K::TreeRemoved: return kTreeRemoved;
        case K::TreeTitleChanged: return kTreeTitleChanged;
        case K::NodeAdded: return kNodeAdded;
        case K::NodeRemoved: return kNodeRemoved;
        case K::NodeMoved: return kNodeMoved;
        case K::NodeCodeChanged: return kNodeCodeChanged;
        case K::NodeTitleChanged: return kNodeTitleChanged;
        case K::NodeMaxChanged: return kNodeMaxChanged;
        case K::NodeWeightChanged: return kNodeWeightChanged;
        case K::NodeAggregationChanged: return kNodeAggregationChanged;
        case K::NodeRuleChanged: return kNodeRuleChanged;
        case K::NodeNaChanged: return kNodeNaChanged;
        case K::NodeFlagChanged: return kNodeFlagChanged;
        case K::NodeDefaultChanged: return kNodeDefaultChanged;
        case K::BlockAdded: return kBlockAdded;
        case K::BlockRemoved: return kBlockRemoved;
        case K::BlockNameChanged: return kBlockNameChanged;
        case K::BlockTreeChanged: return kBlockTreeChanged;
        case K::BlockExcludedChanged: return kBlockExcludedChanged;
        case K::LadderAdded: return kLadderAdded;
        case K::LadderRemoved: return kLadderRemoved;
        case K::LadderNameChanged: return kLadderNameChanged;
        case K::RungAdded: return kRungAdded;
        case K::RungRemoved: return kRungRemoved;
        case K::RungConditionChanged: return kRungConditionChanged;
        case K::RungLabelChanged: return kRungLabelChanged;
        case K::RungOrderChanged: return kRungOrderChanged;
        case K::StatAdded: return kStatAdded;
        case K::StatRemoved: return kStatRemoved;
        case K::StatChanged: return kStatChanged;
    }
    return kNodeRuleChanged;
}

}  // namespace chiso::labels::diff
