#pragma once
#include "engine/core/messages.hpp"

namespace chiso::msg {

inline constexpr MessageDef kCannotRead{"driver.cannot-read",
    "không đọc được tệp `{0}`", "cannot read file `{0}`"};
inline constexpr MessageDef kFileTooLarge{"driver.file-too-large",
    "tệp `{0}` lớn hơn giới hạn {1} MiB nên không được đọc", "file `{0}` is larger than the {1} MiB limit and was not read"};
inline constexpr MessageDef kDecomposedText{"driver.decomposed-text",
    "chữ có dấu ở đây được ghép từ nhiều ký tự (Unicode dạng tổ hợp NFD, thường do soạn trên macOS hoặc chép từ trang web): "
    "hãy lưu lại tệp ở dạng dựng sẵn (NFC), ví dụ bằng công cụ chuyển mã của Unikey",
    "the accented letter here is made of several characters (decomposed Unicode, NFD, typical of macOS or text copied "
    "from the web): save the file in precomposed form (NFC), e.g. with Unikey's converter"};

}  // namespace chiso::msg
