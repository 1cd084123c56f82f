#pragma once
// Messages of the answer-sheet reader (engine/input/answer_sheet.cpp): the shape of a
// respondent CSV. What its columns and answers mean is checked against the criteria's
// `survey` in engine/survey (survey_messages.hpp).
#include "engine/core/messages.hpp"

namespace chiso::msg::answers {

inline constexpr MessageDef kUtf16{"answers.utf16",
    "tệp phiếu được lưu bằng bảng mã UTF-16 (Excel: \"Unicode Text\"), không phải UTF-8: hãy lưu lại với kiểu \"CSV UTF-8 (Comma delimited)\"",
    "the answer sheet is saved in UTF-16 (Excel's \"Unicode Text\"), not UTF-8: save it again as \"CSV UTF-8 (Comma delimited)\""};
inline constexpr MessageDef kWindows1258{"answers.windows-1258",
    "tệp phiếu có vẻ được lưu bằng bảng mã Windows-1258 (Excel tiếng Việt, kiểu \"CSV (Comma delimited)\"), không phải UTF-8: byte 0x{0} ở đây; hãy lưu lại với kiểu \"CSV UTF-8 (Comma delimited)\"",
    "the answer sheet looks saved in Windows-1258 (Vietnamese Excel's \"CSV (Comma delimited)\"), not UTF-8: byte 0x{0} here; save it again as \"CSV UTF-8 (Comma delimited)\""};
inline constexpr MessageDef kInvalidUtf8{"answers.invalid-utf8",
    "tệp phiếu không phải văn bản UTF-8 (byte 0x{0} ở đây): hãy lưu lại với bảng mã UTF-8",
    "the answer sheet is not UTF-8 text (byte 0x{0} here): save it again with the UTF-8 encoding"};
inline constexpr MessageDef kEmpty{"answers.empty",
    "tệp phiếu trống: cần một dòng tiêu đề với tên các cột, rồi mỗi phiếu một dòng",
    "the answer sheet is empty: it needs a header line with the column names, then one line per form"};
inline constexpr MessageDef kUnclosedQuote{"answers.unclosed-quote",
    "ô bắt đầu bằng dấu nháy `\"` ở đây không có dấu nháy đóng",
    "the cell that starts with a quote `\"` here is never closed"};
inline constexpr MessageDef kStrayQuote{"answers.stray-quote",
    "dấu nháy `\"` giữa một ô không có nháy (hàng {0}, cột `{1}`): ô có dấu nháy phải được bao cả trong dấu nháy, dấu nháy bên trong viết `\"\"`",
    "a quote `\"` inside a cell that is not quoted (row {0}, column `{1}`): a cell with quotes must be quoted whole, a quote inside written `\"\"`"};
inline constexpr MessageDef kRaggedRow{"answers.ragged-row",
    "hàng {0} có {1} ô nhưng dòng tiêu đề có {2} cột: phiếu này không được đọc",
    "row {0} has {1} cells but the header has {2} columns: this form is not read"};
inline constexpr MessageDef kDuplicateColumn{"answers.duplicate-column",
    "cột `{0}` xuất hiện hai lần trong dòng tiêu đề (lần đầu là cột thứ {1})",
    "column `{0}` appears twice in the header (first as column {1})"};

}  // namespace chiso::msg::answers
