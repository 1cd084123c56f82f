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

}  // namespace chiso::msg
