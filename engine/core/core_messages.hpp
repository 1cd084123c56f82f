#pragma once
#include "engine/core/messages.hpp"

namespace chiso::msg::core {

// After Diagnostics::kMaxKept messages the rest are counted, not kept (docs/limits.md).
inline constexpr MessageDef kMoreNotShown{"core.more-not-shown",
    "… và {0} thông báo khác không được hiển thị (chỉ hiện {1} thông báo đầu tiên): hãy sửa các lỗi trên rồi chạy lại",
    "… and {0} more messages not shown (only the first {1} are): fix the ones above and run again"};

// A diagnostic's line is read again from its file after loading (the text is not
// held: SourceFile::release_text); the file is no longer the one read.
inline constexpr MessageDef kSourceChanged{"core.source-changed",
    "(tệp đã thay đổi kể từ khi chiso đọc: không hiện được dòng này; kết quả tính theo tệp lúc đọc)",
    "(the file has changed since chiso read it: this line cannot be shown; results are of the file as read)"};

}  // namespace chiso::msg::core
