#include "cli/output/errno_text.hpp"

#include <cerrno>
#include <cstring>

namespace chiso::cli {
namespace {

struct Reason {
    int error;
    const char* vi;
};

// The errors of creating, writing, syncing, renaming and closing a file.
constexpr Reason kReasons[] = {
    {ENOENT, "không có thư mục hoặc tệp này"},
    {EACCES, "không có quyền ghi"},
    {EPERM, "thao tác không được phép"},
    {EISDIR, "đó là một thư mục"},
    {ENOTDIR, "một phần của đường dẫn không phải là thư mục"},
    {ENOSPC, "đĩa đã đầy"},
    {EDQUOT, "đã hết hạn mức dung lượng đĩa"},
    {EROFS, "hệ thống tệp chỉ cho đọc"},
    {EIO, "lỗi đọc/ghi thiết bị"},
    {EBADF, "đầu ra đã bị đóng"},
    {ENAMETOOLONG, "tên tệp quá dài"},
    {ELOOP, "liên kết tượng trưng vòng quanh hoặc quá nhiều tầng"},
    {EFBIG, "tệp quá lớn"},
    {ETXTBSY, "tệp đang được chạy"},
    {EBUSY, "thiết bị đang bận"},
    {EMFILE, "quá nhiều tệp đang mở"},
    {ENFILE, "quá nhiều tệp đang mở"},
    {ENXIO, "không có thiết bị này"},
    {EEXIST, "tệp đã có"},
};

}  // namespace

std::string errno_text(int error, Lang lang) {
    if (lang == Lang::Vi)
        for (const Reason& reason : kReasons)
            if (reason.error == error) return reason.vi;
    return std::strerror(error);
}

}  // namespace chiso::cli
