#pragma once
#include "engine/core/messages.hpp"

namespace chiso::msg::core {

// After Diagnostics::kMaxKept messages the rest are counted, not kept (docs/limits.md).
inline constexpr MessageDef kMoreNotShown{"core.more-not-shown",
    "… và {0} thông báo khác không được hiển thị (chỉ hiện {1} thông báo đầu tiên): hãy sửa các lỗi trên rồi chạy lại",
    "… and {0} more messages not shown (only the first {1} are): fix the ones above and run again"};

}  // namespace chiso::msg::core
