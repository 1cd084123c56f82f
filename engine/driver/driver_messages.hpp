#pragma once
#include "engine/core/messages.hpp"

namespace chiso::msg {

inline constexpr MessageDef kCannotRead{"driver.cannot-read",
    "không đọc được tệp `{0}`", "cannot read file `{0}`"};
inline constexpr MessageDef kFileTooLarge{"driver.file-too-large",
    "tệp `{0}` lớn hơn giới hạn {1} MiB nên không được đọc", "file `{0}` is larger than the {1} MiB limit and was not read"};
inline constexpr MessageDef kIsDirectory{"driver.is-directory",
    "`{0}` là một thư mục, không phải một tệp", "`{0}` is a folder, not a file"};
// What "a criteria file" means (docs/limits.md): its name ends in `.chiso`, so does
// the name of the file a link leads to, and its first block holds no NUL byte.
// Nothing else is read as criteria, so no line of another file is ever echoed.
inline constexpr MessageDef kNotCriteriaName{"driver.not-criteria-name",
    "`{0}` không phải tệp tiêu chí: tên tệp tiêu chí kết thúc bằng `.chiso`",
    "`{0}` is not a criteria file: the name of a criteria file ends in `.chiso`"};
inline constexpr MessageDef kNotCriteriaLink{"driver.not-criteria-link",
    "`{0}` không phải tệp tiêu chí: đó là liên kết tới `{1}`, tên không kết thúc bằng `.chiso`",
    "`{0}` is not a criteria file: it links to `{1}`, whose name does not end in `.chiso`"};
inline constexpr MessageDef kNotCriteriaText{"driver.not-criteria-text",
    "`{0}` không phải tệp tiêu chí: tệp chứa byte NUL, tức là dữ liệu nhị phân hoặc văn bản lưu ở bảng mã UTF-16; "
    "hãy lưu tệp tiêu chí ở dạng văn bản UTF-8",
    "`{0}` is not a criteria file: it holds NUL bytes, so it is binary data or text saved as UTF-16; save criteria "
    "as UTF-8 text"};
inline constexpr MessageDef kExtendsTooLong{"driver.extends-too-long",
    "chuỗi `extends` dài quá {1} tệp: `{0}` là tệp thứ {2}; hãy gộp bớt các tệp trung gian",
    "the `extends` chain is longer than {1} files: `{0}` would be file {2}; merge some of the files in between"};
inline constexpr MessageDef kDecomposedText{"driver.decomposed-text",
    "chữ có dấu ở đây được ghép từ nhiều ký tự (Unicode dạng tổ hợp NFD, thường do soạn trên macOS hoặc chép từ trang web): "
    "hãy lưu lại tệp ở dạng dựng sẵn (NFC), ví dụ bằng công cụ chuyển mã của Unikey",
    "the accented letter here is made of several characters (decomposed Unicode, NFD, typical of macOS or text copied "
    "from the web): save the file in precomposed form (NFC), e.g. with Unikey's converter"};

}  // namespace chiso::msg
