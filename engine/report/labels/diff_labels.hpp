#pragma once
// Every word of the `chiso diff` reports, in both languages (see labels.hpp).
// JSON and CSV use none of these: their keys and kinds are stable machine ids.
#include "engine/core/messages.hpp"

namespace chiso::labels::diff {

// ---- what changed (one per kind of rule change) --------------------------------
inline constexpr MessageDef kIndexChanged{"report.diff-index", "chỉ số", "index"};
inline constexpr MessageDef kLocalityChanged{"report.diff-locality", "địa phương", "locality"};
inline constexpr MessageDef kYearChanged{"report.diff-year", "năm", "year"};
inline constexpr MessageDef kBasisChanged{"report.diff-basis", "căn cứ", "legal basis"};
inline constexpr MessageDef kPublishChanged{"report.diff-publish", "cách công bố chỉ số", "publish"};
inline constexpr MessageDef kPlacesChanged{"report.diff-places", "số chữ số thập phân", "decimal places"};
inline constexpr MessageDef kRoundingModeChanged{"report.diff-rounding-mode", "cách làm tròn", "rounding mode"};
inline constexpr MessageDef kRankByChanged{"report.diff-rank-by", "xếp hạng theo", "ranked by"};
inline constexpr MessageDef kOnRoundedChanged{"report.diff-on-rounded", "xếp hạng theo giá trị", "ranking compares"};
inline constexpr MessageDef kTiesChanged{"report.diff-ties", "đồng hạng", "ties"};
inline constexpr MessageDef kTieBreaksChanged{"report.diff-tie-breaks", "tiêu chí phân định đồng hạng", "tie-breakers"};
inline constexpr MessageDef kWithinGroupChanged{"report.diff-within-group", "xếp hạng trong nhóm", "ranking within groups"};
inline constexpr MessageDef kDefaultNaChanged{"report.diff-default-na", "mặc định khi \"không áp dụng\"", "default for \"not applicable\""};
inline constexpr MessageDef kMissingChanged{"report.diff-missing", "điểm không nhập", "missing values"};
inline constexpr MessageDef kTreeAdded{"report.diff-tree-added", "thêm bộ tiêu chí", "tree added"};
inline constexpr MessageDef kTreeRemoved{"report.diff-tree-removed", "bỏ bộ tiêu chí", "tree removed"};
inline constexpr MessageDef kTreeTitleChanged{"report.diff-tree-title", "tên bộ tiêu chí", "tree title"};
inline constexpr MessageDef kNodeAdded{"report.diff-node-added", "thêm tiêu chí", "node added"};
inline constexpr MessageDef kNodeRemoved{"report.diff-node-removed", "bỏ tiêu chí", "node removed"};
inline constexpr MessageDef kNodeMoved{"report.diff-node-moved", "chuyển sang mục", "moved under"};
inline constexpr MessageDef kNodeCodeChanged{"report.diff-node-code", "đổi mã", "code changed"};
inline constexpr MessageDef kNodeTitleChanged{"report.diff-node-title", "tên", "title"};
inline constexpr MessageDef kNodeMaxChanged{"report.diff-node-max", "điểm tối đa", "maximum"};
inline constexpr MessageDef kNodeWeightChanged{"report.diff-node-weight", "trọng số", "weight"};
inline constexpr MessageDef kNodeAggregationChanged{"report.diff-node-aggregation", "cách tổng hợp", "aggregation"};
inline constexpr MessageDef kNodeRuleChanged{"report.diff-node-rule", "quy tắc chấm điểm", "scoring rule"};
inline constexpr MessageDef kNodeNaChanged{"report.diff-node-na", "khi \"không áp dụng\"", "when \"not applicable\""};
inline constexpr MessageDef kNodeFlagChanged{"report.diff-node-flag", "thuộc tính", "flag"};
inline constexpr MessageDef kNodeDefaultChanged{"report.diff-node-default", "giá trị mặc định", "default value"};
inline constexpr MessageDef kBlockAdded{"report.diff-block-added", "thêm khối", "block added"};
inline constexpr MessageDef kBlockRemoved{"report.diff-block-removed", "bỏ khối", "block removed"};
inline constexpr MessageDef kBlockNameChanged{"report.diff-block-name", "tên khối", "block name"};
inline constexpr MessageDef kBlockTreeChanged{"report.diff-block-tree", "bộ tiêu chí của khối", "block's tree"};
inline constexpr MessageDef kBlockExcludedChanged{"report.diff-block-excluded", "tiêu chí không đánh giá ở khối", "nodes not assessed in the block"};
inline constexpr MessageDef kLadderAdded{"report.diff-ladder-added", "thêm thang xếp loại", "ladder added"};
inline constexpr MessageDef kLadderRemoved{"report.diff-ladder-removed", "bỏ thang xếp loại", "ladder removed"};
inline constexpr MessageDef kLadderNameChanged{"report.diff-ladder-name", "tên thang xếp loại", "ladder name"};
inline constexpr MessageDef kRungAdded{"report.diff-rung-added", "thêm mức xếp loại", "class added"};
inline constexpr MessageDef kRungRemoved{"report.diff-rung-removed", "bỏ mức xếp loại", "class removed"};
inline constexpr MessageDef kRungConditionChanged{"report.diff-rung-condition", "điều kiện", "condition"};
inline constexpr MessageDef kRungLabelChanged{"report.diff-rung-label", "đổi tên mức xếp loại", "class renamed"};
inline constexpr MessageDef kRungOrderChanged{"report.diff-rung-order", "thứ tự các mức", "order of the classes"};
inline constexpr MessageDef kStatAdded{"report.diff-stat-added", "thêm thống kê", "statistic added"};
inline constexpr MessageDef kStatRemoved{"report.diff-stat-removed", "bỏ thống kê", "statistic removed"};
inline constexpr MessageDef kStatChanged{"report.diff-stat-changed", "thống kê", "statistic"};


// ---- the rule changes section ----------------------------------------------------
inline constexpr MessageDef kRulesHeading{"report.diff-rules-heading", "Thay đổi quy tắc: {0}", "Rule changes: {0}"};
inline constexpr MessageDef kNoRuleChanges{"report.diff-no-rule-changes", "Không có thay đổi quy tắc nào.",
                                           "No rule changes."};
inline constexpr MessageDef kCompared{"report.diff-compared", "So sánh: {0} (cũ) với {1} (mới)",
                                      "Comparing: {0} (old) with {1} (new)"};
inline constexpr MessageDef kOldAt{"report.diff-old-at", "cũ: {0}", "old: {0}"};
inline constexpr MessageDef kNewAt{"report.diff-new-at", "mới: {0}", "new: {0}"};
inline constexpr MessageDef kColChange{"report.diff-col-change", "Thay đổi", "Change"};
inline constexpr MessageDef kColOld{"report.diff-col-old", "Cũ", "Old"};
inline constexpr MessageDef kColNew{"report.diff-col-new", "Mới", "New"};
inline constexpr MessageDef kColOldAt{"report.diff-col-old-at", "Vị trí cũ", "Old position"};
inline constexpr MessageDef kColNewAt{"report.diff-col-new-at", "Vị trí mới", "New position"};

// ---- outcomes ----------------------------------------------------------------------
inline constexpr MessageDef kScoresHeading{"report.diff-scores-heading", "Tệp điểm: {0}", "Score file: {0}"};
inline constexpr MessageDef kColOldPoints{"report.diff-col-old-points", "Điểm cũ", "Old points"};
inline constexpr MessageDef kColNewPoints{"report.diff-col-new-points", "Điểm mới", "New points"};
inline constexpr MessageDef kColOldIndex{"report.diff-col-old-index", "Chỉ số cũ", "Old index"};
inline constexpr MessageDef kColNewIndex{"report.diff-col-new-index", "Chỉ số mới", "New index"};
inline constexpr MessageDef kColDeltaIndex{"report.diff-col-delta-index", "Δ chỉ số", "Δ index"};
inline constexpr MessageDef kColOldRank{"report.diff-col-old-rank", "Hạng cũ", "Old rank"};
inline constexpr MessageDef kColNewRank{"report.diff-col-new-rank", "Hạng mới", "New rank"};
inline constexpr MessageDef kColDeltaRank{"report.diff-col-delta-rank", "Δ hạng", "Δ rank"};
inline constexpr MessageDef kSummaryUnits{"report.diff-summary-units", "Số đơn vị: {0}; có thay đổi: {1}",
                                          "Units: {0}; changed: {1}"};
inline constexpr MessageDef kSummaryClass{"report.diff-summary-class", "Đổi xếp loại — {0}: {1}",
                                          "Changed class — {0}: {1}"};
inline constexpr MessageDef kSummaryUp{"report.diff-summary-up", "Tăng hạng nhiều nhất: {0}", "Largest rise: {0}"};
inline constexpr MessageDef kSummaryDown{"report.diff-summary-down", "Giảm hạng nhiều nhất: {0}", "Largest fall: {0}"};
inline constexpr MessageDef kMoveUnits{"report.diff-move-units", "{0} ({1} bậc)", "{0} ({1} places)"};
inline constexpr MessageDef kNone{"report.diff-none", "không có", "none"};
inline constexpr MessageDef kSummaryCorrelation{"report.diff-summary-correlation",
                                                "Tương quan thứ hạng cũ–mới: Spearman ρ = {0}; Kendall τ-b = {1}",
                                                "Rank correlation old–new: Spearman ρ = {0}; Kendall τ-b = {1}"};

// ---- why each unit changed -----------------------------------------------------------
inline constexpr MessageDef kWhyHeading{"report.diff-why-heading", "Nguyên nhân thay đổi theo đơn vị:",
                                        "Why each unit changed:"};
// {0} id, {1} name, {2} old index, {3} new index, {4} Δ, {5} old exact, {6} new exact, {7} old rank, {8} new rank
inline constexpr MessageDef kWhyUnit{"report.diff-why-unit",
                                     "{0} — {1}: chỉ số {2} → {3} ({4}; chính xác {5} → {6}); hạng {7} → {8}",
                                     "{0} — {1}: index {2} → {3} ({4}; exact {5} → {6}); rank {7} → {8}"};
inline constexpr MessageDef kTotalMax{"report.diff-total-max", "tổng điểm tối đa áp dụng {0} → {1} (mẫu số)",
                                      "applicable total maximum {0} → {1} (denominator)"};
inline constexpr MessageDef kOther{"report.diff-other", "khác (làm tròn, giới hạn điểm)", "other (rounding, caps)"};
inline constexpr MessageDef kClassLine{"report.diff-class-line", "{0}: {1} → {2} — {3}", "{0}: {1} → {2} — {3}"};
inline constexpr MessageDef kCauseResult{"report.diff-cause-result", "do kết quả của đơn vị thay đổi",
                                         "because the unit's result changed"};
inline constexpr MessageDef kCauseResultOld{"report.diff-cause-result-old",
                                            "do kết quả của đơn vị thay đổi (theo thang cũ cũng là {0})",
                                            "because the unit's result changed (the old ladder gives {0} too)"};
inline constexpr MessageDef kCauseCutOff{"report.diff-cause-cut-off",
                                         "do ngưỡng xếp loại thay đổi (theo thang cũ vẫn là {0})",
                                         "because the cut-offs changed (the old ladder still gives {0})"};
inline constexpr MessageDef kCauseBoth{"report.diff-cause-both",
                                       "do cả kết quả lẫn ngưỡng xếp loại (theo thang cũ: {0})",
                                       "because of both the result and the cut-offs (the old ladder gives {0})"};
inline constexpr MessageDef kCauseLadder{"report.diff-cause-ladder", "thang xếp loại chỉ có ở một bên",
                                         "the ladder exists on one side only"};
inline constexpr MessageDef kCauseUnknown{"report.diff-cause-unknown",
                                          "không xác định được: thang cũ dùng tiêu chí không có trong bộ mới",
                                          "cannot tell: the old ladder uses a node the new tree does not have"};
inline constexpr MessageDef kCauseDistribution{
    "report.diff-cause-distribution",
    "không xác định được: ngưỡng của thang cũ là thống kê của cả khối (mean, sd, percentile …), không tính lại cho từng đơn vị",
    "cannot tell: the old ladder's cut-offs are statistics of the whole block (mean, sd, percentile …), not recomputed for one unit"};

}  // namespace chiso::labels::diff
