#pragma once
// Messages of `chiso replay` (docs/years.md#replay).
#include "engine/core/messages.hpp"

namespace chiso::msg::replay {

inline constexpr MessageDef kCodeMoved{"replay.code-moved",
    "mã `{0}` của bộ tiêu chí cũ là `{1}` trong bộ tiêu chí mới: điểm nhập cho `{0}` được tính cho `{1}`",
    "code `{0}` of the old criteria is `{1}` in the new ones: the scores entered for `{0}` count for `{1}`"};
inline constexpr MessageDef kCodeTaken{"replay.code-taken",
    "đơn vị `{0}`: mã `{1}` của bộ tiêu chí cũ là `{2}` trong bộ tiêu chí mới, nhưng tệp điểm đã có `{2}`: điểm của `{1}` được bỏ qua",
    "unit `{0}`: code `{1}` of the old criteria is `{2}` in the new ones, but the score file gives `{2}` too: the score of `{1}` is left out"};
inline constexpr MessageDef kOtherIndex{"replay.other-index",
    "tệp điểm là của chỉ số `{0}`, bộ tiêu chí là của chỉ số `{1}`: không thể tính lại",
    "the score file is of the index `{0}` and the criteria of `{1}`: it cannot be replayed"};

}  // namespace chiso::msg::replay
