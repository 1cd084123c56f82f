#pragma once
// Messages of `chiso diff` (engine/diff): what was left out to compare two rule sets.
#include "engine/core/messages.hpp"

namespace chiso::msg::diff {

inline constexpr MessageDef kCodeDroppedOld{"diff.code-dropped-old",
    "mã `{0}` không có trong bộ tiêu chí cũ ({1}, cây `{2}`): điểm của mã này được bỏ qua khi tính theo bộ tiêu chí cũ",
    "code `{0}` is not in the old criteria ({1}, tree `{2}`): its scores are left out when evaluating under the old criteria"};
inline constexpr MessageDef kCodeDroppedNew{"diff.code-dropped-new",
    "mã `{0}` không có trong bộ tiêu chí mới ({1}, cây `{2}`): điểm của mã này được bỏ qua khi tính theo bộ tiêu chí mới",
    "code `{0}` is not in the new criteria ({1}, tree `{2}`): its scores are left out when evaluating under the new criteria"};

}  // namespace chiso::msg::diff
