#pragma once
// Messages of the command line itself (where results are written: output_messages.hpp).
#include "engine/core/messages.hpp"

namespace chiso::msg {

inline constexpr MessageDef kCheckOk{"cli.check-ok",
    "{0}: hợp lệ — {1} khối, {2} tiêu chí, {3} thang xếp loại",
    "{0}: valid — {1} blocks, {2} criteria, {3} classification ladders"};
inline constexpr MessageDef kUnknownUnit{"cli.unknown-unit",
    "không có đơn vị `{0}` trong tệp điểm", "there is no unit `{0}` in the score file"};
inline constexpr MessageDef kAmbiguousUnit{"cli.ambiguous-unit",
    "có {1} đơn vị tên `{0}`: {2}; hãy ghi mã của đơn vị cần giải thích",
    "{1} units are named `{0}`: {2}; give the id of the unit to explain"};
inline constexpr MessageDef kErrorCount{"cli.error-count",
    "{0} lỗi; không có kết quả nào được ghi", "{0} error(s); no result was written"};
inline constexpr MessageDef kCheckErrorCount{"cli.check-error-count",
    "{0} lỗi", "{0} error(s)"};

// `eval --format xlsx` and `--bom` (docs/excel.md).
inline constexpr MessageDef kXlsxNeedsOutput{"cli.xlsx-needs-output",
    "định dạng xlsx là tệp Excel, không in ra màn hình được: hãy ghi vào tệp bằng `-o TỆP.xlsx` (hoặc `--output TỆP.xlsx`)",
    "the xlsx format is an Excel file and cannot be printed: write it to a file with `-o FILE.xlsx` (or `--output FILE.xlsx`)"};
inline constexpr MessageDef kBomNeedsCsv{"cli.bom-needs-csv",
    "`--bom` chỉ dùng với `--format csv` (dấu BOM giúp Excel đọc đúng tiếng Việt trong tệp CSV)",
    "`--bom` is only for `--format csv` (the mark that makes Excel read Vietnamese in a CSV file correctly)"};

}  // namespace chiso::msg
