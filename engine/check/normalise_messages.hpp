#pragma once
// Messages of the checks of `normalise` (engine/check/check_normalise.cpp).
#include "engine/core/messages.hpp"

namespace chiso::msg {

// {0}: node, {1} {2}: the two numbers as written (`1 to 1`, `10 to 1`).
inline constexpr MessageDef kNormaliseRange{"check.normalise-range",
    "`normalise` của `{0}`: `{1} to {2}` phải đi từ số nhỏ hơn đến số lớn hơn, ví dụ `1 to 10`",
    "`normalise` of `{0}`: `{1} to {2}` must go from a lower to a higher number, e.g. `1 to 10`"};
// {0}: node, {1}: the top of the range, {2}: the node's maximum.
inline constexpr MessageDef kNormaliseAboveMax{"check.normalise-above-max",
    "`normalise` của `{0}` cho tới {1} điểm, vượt điểm tối đa {2} của nút",
    "`normalise` of `{0}` gives up to {1} points, above the node's maximum {2}"};
// {0}: node, {1}: the rule's word.
inline constexpr MessageDef kNormaliseNotNumber{"check.normalise-not-number",
    "`normalise` cần một giá trị số, nhưng quy tắc `{1}` của `{0}` không cho một số; một tiêu chí được chuẩn hóa nhận số nhập trực tiếp (không ghi quy tắc) hoặc `formula`",
    "`normalise` needs a number, but the rule `{1}` of `{0}` gives none; a normalised leaf takes the number entered (no rule written) or a `formula`"};
// {0}: node, {1}: the amount, {2} {3}: the range.
inline constexpr MessageDef kNormaliseEqualOutside{"check.normalise-equal-outside",
    "`if equal -> {1}` của `{0}` nằm ngoài khoảng `{2} to {3}` của `normalise`",
    "`if equal -> {1}` of `{0}` is outside the range `{2} to {3}` of `normalise`"};
// {0}: node, {1}: the block written.
inline constexpr MessageDef kNormaliseUnknownBlock{"check.normalise-unknown-block",
    "`normalise` của `{0}`: không có khối `{1}`",
    "`normalise` of `{0}`: there is no block `{1}`"};
// {0}: node, {1}: a block using the node's tree, {2}: the tree.
inline constexpr MessageDef kNormaliseBlockLeftOut{"check.normalise-block-left-out",
    "`normalise` của `{0}` gộp các khối `over blocks`, nhưng khối `{1}` cũng dùng cây `{2}` mà không có trong danh sách: đơn vị của khối đó không có tập so sánh; thêm khối vào danh sách",
    "`normalise` of `{0}` pools the blocks of `over blocks`, but block `{1}` also uses tree `{2}` and is not listed: its units would have no population; add it to the list"};
// {0}: node, {1}: the block written, {2}: its tree, {3}: the node's tree.
inline constexpr MessageDef kNormaliseBlockTree{"check.normalise-block-tree",
    "`normalise` của `{0}`: khối `{1}` dùng cây `{2}`, không phải cây `{3}` của nút",
    "`normalise` of `{0}`: block `{1}` uses tree `{2}`, not the node's tree `{3}`"};

// {0}: node, {1}: the target sd as written.
inline constexpr MessageDef kNormaliseZscoreSd{"check.normalise-zscore-sd",
    "`normalise zscore` của `{0}`: `sd {1}` phải lớn hơn 0 (độ lệch chuẩn của điểm sau chuẩn hóa), ví dụ `sd 2`",
    "`normalise zscore` of `{0}`: `sd {1}` must be above 0 (the standard deviation of the points it gives), e.g. `sd 2`"};
// {0}: node, {1}: the target mean as written, {2}: the node's maximum.
inline constexpr MessageDef kNormaliseZscoreMean{"check.normalise-zscore-mean",
    "`normalise zscore` của `{0}`: `mean {1}` phải nằm trong khoảng từ 0 đến điểm tối đa {2} của nút",
    "`normalise zscore` of `{0}`: `mean {1}` must lie from 0 to the node's maximum {2}"};
// {0}: node, {1}: its method, {2}: the node below, {3}: what it is (`weighted geometric`, `normalise zscore`).
inline constexpr MessageDef kNormaliseOverIrrational{"check.normalise-over-irrational",
    "`normalise {1}` của `{0}` so sánh điểm của `{2}` giữa các đơn vị, nhưng `{2}` dùng `{3}`, một căn số chỉ được tính bằng cận trên và cận dưới: so sánh giữa các đơn vị không còn chính xác; bỏ `normalise` ở `{0}` hoặc dùng `goalposts` (ngưỡng cố định)",
    "`normalise {1}` of `{0}` compares the points of `{2}` across units, but `{2}` uses `{3}`, a root known only by a lower and an upper bound: the comparison across units would not be exact; remove `normalise` at `{0}` or use `goalposts` (fixed bounds)"};

}  // namespace chiso::msg
