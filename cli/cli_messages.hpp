#pragma once
// Messages of the command line itself.
#include "engine/core/messages.hpp"

namespace chiso::msg {

inline constexpr MessageDef kCheckOk{"cli.check-ok",
    "{0}: hợp lệ — {1} khối, {2} tiêu chí, {3} thang xếp loại",
    "{0}: valid — {1} blocks, {2} criteria, {3} classification ladders"};
inline constexpr MessageDef kUnknownUnit{"cli.unknown-unit",
    "không có đơn vị `{0}` trong tệp điểm", "there is no unit `{0}` in the score file"};
inline constexpr MessageDef kCannotWrite{"cli.cannot-write",
    "không ghi được tệp `{0}`", "cannot write file `{0}`"};
inline constexpr MessageDef kErrorCount{"cli.error-count",
    "{0} lỗi; không có kết quả nào được ghi", "{0} error(s); no result was written"};
inline constexpr MessageDef kCheckErrorCount{"cli.check-error-count",
    "{0} lỗi", "{0} error(s)"};

}  // namespace chiso::msg
