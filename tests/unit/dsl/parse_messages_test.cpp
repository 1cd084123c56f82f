// Every message of dsl/parse_messages.hpp, rendered exactly (file:line:col, message,
// source line and caret) in Vietnamese and in English. Most cases put a Vietnamese
// title before the error, so the rendered (character) column differs from the byte
// column the parser records.
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dsl/parse_messages.hpp"
#include "parse_message_case.hpp"
#include "parse_test_support.hpp"

namespace chiso::test {
namespace {

// A tree whose nodes nest `depth` levels deep (without the closing braces).
std::string nested_nodes(int depth) {
    std::string text = "tree t \"Cây\" {\n";
    for (int i = 0; i < depth; ++i) text += "area 1 \"Lĩnh vực\" {\n";
    return text;
}

}  // namespace

// clang-format off
const std::vector<MessageCase>& message_cases() {
    static const std::vector<MessageCase> cases = {
    {"InvalidUtf8",
     "index par \"Hải\xFF" "\"\n",
     "test.chiso:1:15: error: tệp không phải văn bản UTF-8 hợp lệ (byte 0xFF): hãy lưu lại tệp với bảng mã UTF-8\n"
     "  index par \"Hải\\xFF\"\n"
     "                ^\n",
     "test.chiso:1:15: error: the file is not valid UTF-8 text (byte 0xFF): save the file again with the UTF-8 encoding\n"
     "  index par \"Hải\\xFF\"\n"
     "                ^\n"},
    {"UnterminatedString",
     "index par \"Chỉ số\nyear 2019\n",
     "test.chiso:1:11: error: chuỗi chưa được đóng: thêm dấu `\"` ở cuối chuỗi, trên cùng một dòng\n"
     "  index par \"Chỉ số\n"
     "            ^\n",
     "test.chiso:1:11: error: unterminated text: add the closing `\"` on the same line\n"
     "  index par \"Chỉ số\n"
     "            ^\n"},
    {"ControlChar",
     "index par \"Chỉ\xE2\x80\xAE số\"\n",
     "test.chiso:1:15: error: ở đây có ký tự điều khiển U+202E (RIGHT-TO-LEFT OVERRIDE): ký tự này không nhìn thấy "
     "được nhưng làm sai lệch báo cáo và bảng tính; hãy xoá nó (trong chuỗi cũng không được có tab)\n"
     "  index par \"Chỉ[U+202E] số\"\n"
     "                ^\n",
     "test.chiso:1:15: error: here is the control character U+202E (RIGHT-TO-LEFT OVERRIDE), which is invisible "
     "but garbles reports and spreadsheets; delete it (a text may not hold a tab either)\n"
     "  index par \"Chỉ[U+202E] số\"\n"
     "                ^\n"},
    {"BadEscape",
     "index par \"Chỉ \\q số\"\n",
     "test.chiso:1:16: error: trong chuỗi, dấu `\\` chỉ được dùng trong `\\\"` (dấu nháy) hoặc `\\\\` (dấu gạch chéo ngược)\n"
     "  index par \"Chỉ \\q số\"\n"
     "                 ^\n",
     "test.chiso:1:16: error: inside a text, `\\` may only be used as `\\\"` (a quote) or `\\\\` (a backslash)\n"
     "  index par \"Chỉ \\q số\"\n"
     "                 ^\n"},
    {"CurlyQuote",
     "index par “Chỉ số”\n",
     "test.chiso:1:11: error: hãy dùng dấu nháy thẳng `\"` quanh văn bản, không dùng dấu nháy cong “ ”\n"
     "  index par “Chỉ số”\n"
     "            ^\n",
     "test.chiso:1:11: error: use straight quotes `\"` around text, not curly quotes “ ”\n"
     "  index par “Chỉ số”\n"
     "            ^\n"},
    {"DecimalComma",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" max 12,5\n}\n",
     "test.chiso:2:32: error: số thập phân viết bằng dấu chấm: viết `12.5` thay cho `12,5`\n"
     "    criterion 1 \"Tiêu chí\" max 12,5\n"
     "                                 ^\n",
     "test.chiso:2:32: error: decimals are written with a point: write `12.5` instead of `12,5`\n"
     "    criterion 1 \"Tiêu chí\" max 12,5\n"
     "                                 ^\n"},
    {"DecimalCommaPercent",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" weight 12,5%\n}\n",
     "test.chiso:2:35: error: số thập phân viết bằng dấu chấm: viết `12.5%` thay cho `12,5%`\n"
     "    criterion 1 \"Tiêu chí\" weight 12,5%\n"
     "                                    ^\n",
     "test.chiso:2:35: error: decimals are written with a point: write `12.5%` instead of `12,5%`\n"
     "    criterion 1 \"Tiêu chí\" weight 12,5%\n"
     "                                    ^\n"},
    {"NumberTooLong",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" max 12345678901234567890\n}\n",
     "test.chiso:2:30: error: số `12345678901234567890` có quá nhiều chữ số: dùng tối đa 18 chữ số\n"
     "    criterion 1 \"Tiêu chí\" max 12345678901234567890\n"
     "                               ^\n",
     "test.chiso:2:30: error: the number `12345678901234567890` has too many digits: use at most 18\n"
     "    criterion 1 \"Tiêu chí\" max 12345678901234567890\n"
     "                               ^\n"},
    {"TooDeep",
     nested_nodes(101),
     "test.chiso:102:19: error: lồng nhau quá sâu (quá 100 mức nút, ngoặc hoặc `not`): hãy viết đơn giản hơn\n"
     "  area 1 \"Lĩnh vực\" {\n"
     "                    ^\n",
     "test.chiso:102:19: error: nested too deeply (more than 100 levels of nodes, parentheses or `not`): write it more simply\n"
     "  area 1 \"Lĩnh vực\" {\n"
     "                    ^\n"},
    {"UnknownStatement",
     "tieu_chi 1 \"Tiêu chí\"\n",
     "test.chiso:1:1: error: không hiểu câu lệnh `tieu_chi`: mỗi câu lệnh bắt đầu bằng index, locality, year, basis, publish, rounding, ranking, not_applicable, missing, block, tree, ladder, stat, extends, edit, replace, remove hoặc survey\n"
     "  tieu_chi 1 \"Tiêu chí\"\n"
     "  ^\n",
     "test.chiso:1:1: error: unknown statement `tieu_chi`: a statement starts with index, locality, year, basis, publish, rounding, ranking, not_applicable, missing, block, tree, ladder, stat, extends, edit, replace, remove or survey\n"
     "  tieu_chi 1 \"Tiêu chí\"\n"
     "  ^\n"},
    {"UnknownStatementSuggest",
     "indx par \"Chỉ số\"\n",
     "test.chiso:1:1: error: không hiểu câu lệnh `indx`; có phải bạn muốn viết `index`?\n"
     "  indx par \"Chỉ số\"\n"
     "  ^\n",
     "test.chiso:1:1: error: unknown statement `indx`; did you mean `index`?\n"
     "  indx par \"Chỉ số\"\n"
     "  ^\n"},
    {"ExpectedStatement",
     "\"Chỉ số cải cách hành chính\"\n",
     "test.chiso:1:1: error: không mong đợi `\"` ở đây: cần một câu lệnh (index, locality, year, basis, publish, rounding, ranking, not_applicable, missing, block, tree, ladder, stat, extends, edit, replace, remove hoặc survey)\n"
     "  \"Chỉ số cải cách hành chính\"\n"
     "  ^\n",
     "test.chiso:1:1: error: unexpected `\"` here: expected a statement (index, locality, year, basis, publish, rounding, ranking, not_applicable, missing, block, tree, ladder, stat, extends, edit, replace, remove or survey)\n"
     "  \"Chỉ số cải cách hành chính\"\n"
     "  ^\n"},
    {"NodeOutsideTree",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" max 5\n}\n  criterion 2 \"Tiêu chí\" max 5\n}\n",
     "test.chiso:4:3: error: `criterion` chỉ được viết bên trong dấu `{ }` của một cây `tree`: kiểm tra dấu `}` ở phía trên\n"
     "    criterion 2 \"Tiêu chí\" max 5\n"
     "    ^\n",
     "test.chiso:4:3: error: `criterion` may only be written inside the `{ }` of a `tree`: check the `}` above\n"
     "    criterion 2 \"Tiêu chí\" max 5\n"
     "    ^\n"},
    {"DuplicateStatement",
     "year 2019\nindex par \"Chỉ số\"\nyear 2020\n",
     "test.chiso:3:1: error: `year` đã được khai báo ở dòng 1; chỉ khai báo một lần\n"
     "  year 2020\n"
     "  ^\n",
     "test.chiso:3:1: error: `year` is already declared at line 1; declare it only once\n"
     "  year 2020\n"
     "  ^\n"},
    {"ExpectedId",
     "locality \"Hải Phòng\"\n",
     "test.chiso:1:10: error: `locality` cần một mã ở đây (chữ cái, chữ số, `_`), ví dụ `locality haiphong \"Hải Phòng\"`\n"
     "  locality \"Hải Phòng\"\n"
     "           ^\n",
     "test.chiso:1:10: error: `locality` needs an id here (letters, digits, `_`), e.g. `locality haiphong \"Hải Phòng\"`\n"
     "  locality \"Hải Phòng\"\n"
     "           ^\n"},
    {"ExpectedText",
     "index par Chỉ_số\n",
     "test.chiso:1:11: error: `index` cần một đoạn văn bản trong dấu nháy `\"` ở đây, ví dụ `index par \"Chỉ số cải cách hành chính\"`\n"
     "  index par Chỉ_số\n"
     "            ^\n",
     "test.chiso:1:11: error: `index` needs a text in quotes `\"` here, e.g. `index par \"Chỉ số cải cách hành chính\"`\n"
     "  index par Chỉ_số\n"
     "            ^\n"},
    {"ExpectedNodeTitle",
     "tree t \"Cây\" {\n  criterion 1.1 Tiêu chí\n}\n",
     "test.chiso:2:17: error: `criterion` cần một đoạn văn bản trong dấu nháy `\"` ở đây, ví dụ `criterion 1.1 \"Ban hành văn bản\"`\n"
     "    criterion 1.1 Tiêu chí\n"
     "                  ^\n",
     "test.chiso:2:17: error: `criterion` needs a text in quotes `\"` here, e.g. `criterion 1.1 \"Ban hành văn bản\"`\n"
     "    criterion 1.1 Tiêu chí\n"
     "                  ^\n"},
    {"ExpectedNumber",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" max\n    weight 10%\n}\n",
     "test.chiso:2:29: error: `max` cần một số ở đây, ví dụ `max 10`\n"
     "    criterion 1 \"Tiêu chí\" max\n"
     "                              ^\n",
     "test.chiso:2:29: error: `max` needs a number here, e.g. `max 10`\n"
     "    criterion 1 \"Tiêu chí\" max\n"
     "                              ^\n"},
    {"ExpectedInteger",
     "year 2019.5\n",
     "test.chiso:1:6: error: `year` cần một số nguyên ở đây, ví dụ `year 2019`\n"
     "  year 2019.5\n"
     "       ^\n",
     "test.chiso:1:6: error: `year` needs a whole number here, e.g. `year 2019`\n"
     "  year 2019.5\n"
     "       ^\n"},
    {"ExpectedKeyword",
     "stat tren_80 \"Trên 80 điểm\" index > 80\n",
     "test.chiso:1:29: error: `stat` cần chữ `count` ở đây, ví dụ `stat tren_80 \"Trên 80 điểm\" count index > 80`\n"
     "  stat tren_80 \"Trên 80 điểm\" index > 80\n"
     "                              ^\n",
     "test.chiso:1:29: error: `stat` needs the word `count` here, e.g. `stat tren_80 \"Trên 80 điểm\" count index > 80`\n"
     "  stat tren_80 \"Trên 80 điểm\" index > 80\n"
     "                              ^\n"},
    {"ExpectedKeywordAfterAllow",
     "tree t \"T\" max 10 {\n  item 1 \"Một\" max 10 allow proportional\n}\n",
     "test.chiso:2:29: error: `allow` cần chữ `negative` ở đây, ví dụ `allow negative`\n"
     "    item 1 \"Một\" max 10 allow proportional\n"
     "                              ^\n",
     "test.chiso:2:29: error: `allow` needs the word `negative` here, e.g. `allow negative`\n"
     "    item 1 \"Một\" max 10 allow proportional\n"
     "                              ^\n"},
    {"ExpectedKeywordAfterUp",
     "tree t \"T\" max 10 {\n  item 1 \"Một\" max 10 up 150% proportional\n}\n",
     "test.chiso:2:26: error: `up` cần chữ `to` ở đây, ví dụ `up to 150%`\n"
     "    item 1 \"Một\" max 10 up 150% proportional\n"
     "                           ^\n",
     "test.chiso:2:26: error: `up` needs the word `to` here, e.g. `up to 150%`\n"
     "    item 1 \"Một\" max 10 up 150% proportional\n"
     "                           ^\n"},
    {"ExpectedNumberAfterUpTo",
     "tree t \"T\" max 10 {\n  item 1 \"Một\" max 10 up to proportional\n}\n",
     "test.chiso:2:29: error: `up to` cần một số ở đây, ví dụ `up to 150%`\n"
     "    item 1 \"Một\" max 10 up to proportional\n"
     "                              ^\n",
     "test.chiso:2:29: error: `up to` needs a number here, e.g. `up to 150%`\n"
     "    item 1 \"Một\" max 10 up to proportional\n"
     "                              ^\n"},
    {"ExpectedKeywordPointsAtTheWholeWord",
     // `countt` starts like `count`: the caret is at the start of the word, not after `count`.
     "stat tren_80 \"Trên 80 điểm\" countt index > 80\n",
     "test.chiso:1:29: error: `stat` cần chữ `count` ở đây, ví dụ `stat tren_80 \"Trên 80 điểm\" count index > 80`\n"
     "  stat tren_80 \"Trên 80 điểm\" countt index > 80\n"
     "                              ^\n",
     "test.chiso:1:29: error: `stat` needs the word `count` here, e.g. `stat tren_80 \"Trên 80 điểm\" count index > 80`\n"
     "  stat tren_80 \"Trên 80 điểm\" countt index > 80\n"
     "                              ^\n"},
    {"ExpectedWord",
     "not_applicable 0\n",
     "test.chiso:1:16: error: sau `not_applicable` viết một trong các chữ: exclude, full, zero\n"
     "  not_applicable 0\n"
     "                 ^\n",
     "test.chiso:1:16: error: after `not_applicable` write one of: exclude, full, zero\n"
     "  not_applicable 0\n"
     "                 ^\n"},
    {"UnknownWord",
     "missing empty\n",
     "test.chiso:1:9: error: không hiểu `empty` sau `missing`: viết một trong các chữ: error, zero\n"
     "  missing empty\n"
     "          ^\n",
     "test.chiso:1:9: error: unknown word `empty` after `missing`: write one of: error, zero\n"
     "  missing empty\n"
     "          ^\n"},
    {"UnknownWordSuggest",
     "publish percnt\n",
     "test.chiso:1:9: error: không hiểu `percnt` sau `publish`; có phải bạn muốn viết `percent`?\n"
     "  publish percnt\n"
     "          ^\n",
     "test.chiso:1:9: error: unknown word `percnt` after `publish`; did you mean `percent`?\n"
     "  publish percnt\n"
     "          ^\n"},
    {"UnknownWordBeforeBrace",
     "tree t \"Cây\" max 100 weigthed {\n}\n",
     "test.chiso:1:22: error: không hiểu `weigthed` sau `tree`; có phải bạn muốn viết `weighted`?\n"
     "  tree t \"Cây\" max 100 weigthed {\n"
     "                       ^\n",
     "test.chiso:1:22: error: unknown word `weigthed` after `tree`; did you mean `weighted`?\n"
     "  tree t \"Cây\" max 100 weigthed {\n"
     "                       ^\n"},
    {"StrayWordInRanking",
     "ranking by index tie shared\n",
     "test.chiso:1:18: error: không hiểu `tie` sau `ranking`; có phải bạn muốn viết `ties`?\n"
     "  ranking by index tie shared\n"
     "                   ^\n",
     "test.chiso:1:18: error: unknown word `tie` after `ranking`; did you mean `ties`?\n"
     "  ranking by index tie shared\n"
     "                   ^\n"},
    {"ExpectedDate",
     "basis \"1091/QĐ-UBND\" date 2020/05/06\n",
     "test.chiso:1:27: error: `date` cần một ngày viết dạng `2020-05-06` hoặc `06/05/2020`\n"
     "  basis \"1091/QĐ-UBND\" date 2020/05/06\n"
     "                            ^\n",
     "test.chiso:1:27: error: `date` needs a date written `2020-05-06` or `06/05/2020`\n"
     "  basis \"1091/QĐ-UBND\" date 2020/05/06\n"
     "                            ^\n"},
    {"InvalidDate",
     "basis \"1091/QĐ-UBND\" date 31/02/2020 \"Phê duyệt\"\n",
     "test.chiso:1:27: error: ngày `31/02/2020` không có trong lịch: kiểm tra ngày và tháng\n"
     "  basis \"1091/QĐ-UBND\" date 31/02/2020 \"Phê duyệt\"\n"
     "                            ^\n",
     "test.chiso:1:27: error: `31/02/2020` is not a real date: check the day and the month\n"
     "  basis \"1091/QĐ-UBND\" date 31/02/2020 \"Phê duyệt\"\n"
     "                            ^\n"},
    {"ExpectedOpenBrace",
     "ladder xep_loai \"Xếp loại\"\n  \"Tốt\" when index >= 80\n",
     "test.chiso:1:27: error: `ladder` cần dấu `{` ở đây để mở phần nội dung, ví dụ `ladder xep_loai \"Xếp loại\" { ... }`\n"
     "  ladder xep_loai \"Xếp loại\"\n"
     "                            ^\n",
     "test.chiso:1:27: error: `ladder` needs a `{` here to open its content, e.g. `ladder xep_loai \"Xếp loại\" { ... }`\n"
     "  ladder xep_loai \"Xếp loại\"\n"
     "                            ^\n"},
    {"MissingCloseBrace",
     "tree t \"Cây\" {\n  area 1 \"Lĩnh vực\" {\n    criterion 1.1 \"Tiêu chí\" max 5\n  }\n\nladder l \"Xếp loại\" {\n  \"Khác\" otherwise\n}\n",
     "test.chiso:4:4: error: thiếu dấu `}` để đóng dấu `{` ở dòng 1\n"
     "    }\n"
     "     ^\n",
     "test.chiso:4:4: error: missing `}` to close the `{` on line 1\n"
     "    }\n"
     "     ^\n"},
    {"MissingCloseBraceOfLevels",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" levels { \"đạt\" -> max\n  criterion 2 \"Tiêu chí\" max 5\n}\n",
     "test.chiso:2:47: error: thiếu dấu `}` để đóng dấu `{` ở dòng 2\n"
     "    criterion 1 \"Tiêu chí\" levels { \"đạt\" -> max\n"
     "                                                ^\n",
     "test.chiso:2:47: error: missing `}` to close the `{` on line 2\n"
     "    criterion 1 \"Tiêu chí\" levels { \"đạt\" -> max\n"
     "                                                ^\n"},
    {"ExpectedEntryOrClose",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" levels { \"tốt\" -> max, tốt -> 50% }\n}\n",
     "test.chiso:2:49: error: trong `levels` viết các dòng như `\"tốt\" -> 75%`, rồi dấu `}` để đóng dấu `{` ở dòng 2\n"
     "    criterion 1 \"Tiêu chí\" levels { \"tốt\" -> max, tốt -> 50% }\n"
     "                                                  ^\n",
     "test.chiso:2:49: error: inside `levels` write entries like `\"tốt\" -> 75%`, then a `}` to close the `{` on line 2\n"
     "    criterion 1 \"Tiêu chí\" levels { \"tốt\" -> max, tốt -> 50% }\n"
     "                                                  ^\n"},
    {"DuplicateAttribute",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" max 5 weight 10% max 6\n}\n",
     "test.chiso:2:43: error: `max` đã được viết ở dòng 2; mỗi thuộc tính chỉ viết một lần\n"
     "    criterion 1 \"Tiêu chí\" max 5 weight 10% max 6\n"
     "                                            ^\n",
     "test.chiso:2:43: error: `max` is already given at line 2; write each attribute only once\n"
     "    criterion 1 \"Tiêu chí\" max 5 weight 10% max 6\n"
     "                                            ^\n"},
    {"ExpectedNodeOrClose",
     "tree t \"Cây\" {\n  1.1 \"Tiêu chí\" max 5\n}\n",
     "test.chiso:2:3: error: cần một nút (area, criterion, item hoặc node) hoặc dấu `}` để đóng dấu `{` ở dòng 1\n"
     "    1.1 \"Tiêu chí\" max 5\n"
     "    ^\n",
     "test.chiso:2:3: error: expected a node (area, criterion, item or node) or the `}` closing the `{` on line 1\n"
     "    1.1 \"Tiêu chí\" max 5\n"
     "    ^\n"},
    {"UnknownNodeKind",
     "tree t \"Cây\" {\n  tieu_chi 1.1 \"Tiêu chí\"\n}\n",
     "test.chiso:2:3: error: không hiểu `tieu_chi`: một nút bắt đầu bằng area, criterion, item hoặc node; hoặc viết `}` để đóng dấu `{` ở dòng 1\n"
     "    tieu_chi 1.1 \"Tiêu chí\"\n"
     "    ^\n",
     "test.chiso:2:3: error: unknown word `tieu_chi`: a node starts with area, criterion, item or node; or write `}` to close the `{` on line 1\n"
     "    tieu_chi 1.1 \"Tiêu chí\"\n"
     "    ^\n"},
    {"UnknownNodeKindSuggest",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" max 5\n  critrion 2 \"Tiêu chí\" max 5\n}\n",
     "test.chiso:3:3: error: không hiểu `critrion`; có phải bạn muốn viết `criterion`?\n"
     "    critrion 2 \"Tiêu chí\" max 5\n"
     "    ^\n",
     "test.chiso:3:3: error: unknown word `critrion`; did you mean `criterion`?\n"
     "    critrion 2 \"Tiêu chí\" max 5\n"
     "    ^\n"},
    {"ExpectedNodeCode",
     "tree t \"Cây\" {\n  criterion \"Tiêu chí\" max 5\n}\n",
     "test.chiso:2:13: error: `criterion` cần một mã nút ở đây, ví dụ `1`, `1.2` hoặc `II.3`\n"
     "    criterion \"Tiêu chí\" max 5\n"
     "              ^\n",
     "test.chiso:2:13: error: `criterion` needs a node code here, e.g. `1`, `1.2` or `II.3`\n"
     "    criterion \"Tiêu chí\" max 5\n"
     "              ^\n"},
    {"UnknownAttribute",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" toi_da 5\n}\n",
     "test.chiso:2:26: error: nút 1 không có thuộc tính `toi_da`: dùng max, weight, weighted, unchecked, survey, optional, na, default, inputs hoặc một cách chấm điểm (points, yesno, levels, bands, proportional, rate, answers, bonus, deduction, deduct, formula)\n"
     "    criterion 1 \"Tiêu chí\" toi_da 5\n"
     "                           ^\n",
     "test.chiso:2:26: error: node 1 has no attribute `toi_da`: use max, weight, weighted, unchecked, survey, optional, na, default, inputs or a scoring rule (points, yesno, levels, bands, proportional, rate, answers, bonus, deduction, deduct, formula)\n"
     "    criterion 1 \"Tiêu chí\" toi_da 5\n"
     "                           ^\n"},
    {"UnknownAttributeSuggest",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" max 5 weigth 10%\n}\n",
     "test.chiso:2:32: error: nút 1 không có thuộc tính `weigth`; có phải bạn muốn viết `weight`?\n"
     "    criterion 1 \"Tiêu chí\" max 5 weigth 10%\n"
     "                                 ^\n",
     "test.chiso:2:32: error: node 1 has no attribute `weigth`; did you mean `weight`?\n"
     "    criterion 1 \"Tiêu chí\" max 5 weigth 10%\n"
     "                                 ^\n"},
    {"UnexpectedInNode",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" (max 5)\n}\n",
     "test.chiso:2:26: error: không mong đợi `(` trong nút 1: sau tiêu đề viết các thuộc tính, rồi dấu `{` nếu nút có nút con\n"
     "    criterion 1 \"Tiêu chí\" (max 5)\n"
     "                           ^\n",
     "test.chiso:2:26: error: unexpected `(` in node 1: after the title write the attributes, then a `{` if the node has children\n"
     "    criterion 1 \"Tiêu chí\" (max 5)\n"
     "                           ^\n"},
    {"DuplicateRule",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" max 5 yesno\n    levels { \"đạt\" -> max }\n}\n",
     "test.chiso:3:5: error: nút đã có cách chấm điểm `yesno` ở dòng 2; mỗi nút chỉ có một cách chấm điểm: bỏ `levels` hoặc `yesno`\n"
     "      levels { \"đạt\" -> max }\n"
     "      ^\n",
     "test.chiso:3:5: error: the node already has the scoring rule `yesno` at line 2; a node has only one: remove `levels` or `yesno`\n"
     "      levels { \"đạt\" -> max }\n"
     "      ^\n"},
    {"ExpectedArrow",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" levels { \"tốt\" 75% }\n}\n",
     "test.chiso:2:41: error: cần mũi tên `->` ở đây, ví dụ `\"tốt\" -> 75%`\n"
     "    criterion 1 \"Tiêu chí\" levels { \"tốt\" 75% }\n"
     "                                          ^\n",
     "test.chiso:2:41: error: expected an arrow `->` here, e.g. `\"tốt\" -> 75%`\n"
     "    criterion 1 \"Tiêu chí\" levels { \"tốt\" 75% }\n"
     "                                          ^\n"},
    {"ExpectedAmount",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" levels { \"tốt\" -> , \"đạt\" -> max }\n}\n",
     "test.chiso:2:44: error: cần số điểm sau `->`: `max` (điểm tối đa), một phần của điểm tối đa như `50%`, hoặc số điểm như `1.5`\n"
     "    criterion 1 \"Tiêu chí\" levels { \"tốt\" -> , \"đạt\" -> max }\n"
     "                                             ^\n",
     "test.chiso:2:44: error: expected an amount after `->`: `max` (the maximum), a share of the maximum like `50%`, or points like `1.5`\n"
     "    criterion 1 \"Tiêu chí\" levels { \"tốt\" -> , \"đạt\" -> max }\n"
     "                                             ^\n"},
    {"ExpectedOperand",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" inputs done formula done /\n}\n",
     "test.chiso:2:52: error: cần một giá trị ở đây: một số, một biến khai báo trong `inputs`, `max`, `min(a, b)`, `max(a, b)` hoặc `( ... )`\n"
     "    criterion 1 \"Tiêu chí\" inputs done formula done /\n"
     "                                                     ^\n",
     "test.chiso:2:52: error: expected a value here: a number, an input declared with `inputs`, `max`, `min(a, b)`, `max(a, b)` or `( ... )`\n"
     "    criterion 1 \"Tiêu chí\" inputs done formula done /\n"
     "                                                     ^\n"},
    {"ExpectedCloseParen",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" formula max * (done / assigned\n}\n",
     "test.chiso:2:56: error: thiếu dấu `)` để đóng dấu `(`\n"
     "    criterion 1 \"Tiêu chí\" formula max * (done / assigned\n"
     "                                                         ^\n",
     "test.chiso:2:56: error: missing `)` to close the `(`\n"
     "    criterion 1 \"Tiêu chí\" formula max * (done / assigned\n"
     "                                                         ^\n"},
    {"ExpectedCallComma",
     "tree t \"Cây\" {\n  criterion 1 \"Tiêu chí\" formula min(done assigned)\n}\n",
     "test.chiso:2:43: error: `min(a, b)` và `max(a, b)` cần hai giá trị cách nhau bởi dấu phẩy\n"
     "    criterion 1 \"Tiêu chí\" formula min(done assigned)\n"
     "                                            ^\n",
     "test.chiso:2:43: error: `min(a, b)` and `max(a, b)` take two values separated by a comma\n"
     "    criterion 1 \"Tiêu chí\" formula min(done assigned)\n"
     "                                            ^\n"},
    {"ExpectedCondition",
     "ladder l \"Xếp loại\" {\n  \"Tốt\" when >= 80\n}\n",
     "test.chiso:2:14: error: cần một điều kiện ở đây, ví dụ `index >= 90`, `80 <= index < 90`, `rank <= 5 and index >= 80` hoặc `flag \"kỷ luật\"`\n"
     "    \"Tốt\" when >= 80\n"
     "               ^\n",
     "test.chiso:2:14: error: expected a condition here, e.g. `index >= 90`, `80 <= index < 90`, `rank <= 5 and index >= 80` or `flag \"kỷ luật\"`\n"
     "    \"Tốt\" when >= 80\n"
     "               ^\n"},
    {"ExpectedComparison",
     "ladder l \"Xếp loại\" {\n  \"Tốt\" when index 80\n}\n",
     "test.chiso:2:20: error: cần một phép so sánh ở đây: `>=`, `>`, `<=`, `<`, `=`, `≥` hoặc `≤`\n"
     "    \"Tốt\" when index 80\n"
     "                     ^\n",
     "test.chiso:2:20: error: expected a comparison here: `>=`, `>`, `<=`, `<`, `=`, `≥` or `≤`\n"
     "    \"Tốt\" when index 80\n"
     "                     ^\n"},
    {"ExpectedCompareValue",
     "ladder l \"Xếp loại\" {\n  \"Tốt\" when index >= \"x\"\n}\n",
     "test.chiso:2:23: error: cần một giá trị để so sánh: một số, `index`, `points`, `rank`, `index(<mã nút>)`, `points(<mã nút>)` hoặc một thống kê của khối (`mean`, `median`, `sd(sample)`, `percentile(90, nearest_rank)`, `min`, `max`)\n"
     "    \"Tốt\" when index >= \"x\"\n"
     "                        ^\n",
     "test.chiso:2:23: error: expected a value to compare: a number, `index`, `points`, `rank`, `index(<code>)`, `points(<code>)` or a statistic of the block (`mean`, `median`, `sd(sample)`, `percentile(90, nearest_rank)`, `min`, `max`)\n"
     "    \"Tốt\" when index >= \"x\"\n"
     "                        ^\n"},
    {"UnknownCompareValueSuggest",
     "ladder l \"Xếp loại\" {\n  \"Tốt\" when index >= meen\n}\n",
     "test.chiso:2:23: error: không hiểu giá trị `meen` trong điều kiện; có phải bạn muốn viết `mean`?\n"
     "    \"Tốt\" when index >= meen\n"
     "                        ^\n",
     "test.chiso:2:23: error: unknown value `meen` in a condition; did you mean `mean`?\n"
     "    \"Tốt\" when index >= meen\n"
     "                        ^\n"},
    {"UnknownCompareValue",
     "ladder l \"Xếp loại\" {\n  \"Tốt\" when index >= trung_binh\n}\n",
     "test.chiso:2:23: error: không hiểu giá trị `trung_binh` trong điều kiện: viết một số, `index`, `points`, `rank`, `index(<mã nút>)`, `points(<mã nút>)` hoặc một thống kê của khối: `mean`, `median`, `sd(...)`, `percentile(...)`, `min`, `max`\n"
     "    \"Tốt\" when index >= trung_binh\n"
     "                        ^\n",
     "test.chiso:2:23: error: unknown value `trung_binh` in a condition: write a number, `index`, `points`, `rank`, `index(<code>)`, `points(<code>)` or a statistic of the block: `mean`, `median`, `sd(...)`, `percentile(...)`, `min`, `max`\n"
     "    \"Tốt\" when index >= trung_binh\n"
     "                        ^\n"},
    {"SdForm",
     "ladder l \"Xếp loại\" {\n  \"Tốt\" when index >= mean + sd\n}\n",
     "test.chiso:2:32: error: `sd` cần nói rõ độ lệch chuẩn nào: `sd(population)` (chia cho n, độ lệch chuẩn tổng thể) hoặc `sd(sample)` (chia cho n − 1, độ lệch chuẩn mẫu), ví dụ `index >= mean + 1 * sd(sample)`\n"
     "    \"Tốt\" when index >= mean + sd\n"
     "                                 ^\n",
     "test.chiso:2:32: error: `sd` must say which standard deviation: `sd(population)` (divided by n) or `sd(sample)` (divided by n − 1), e.g. `index >= mean + 1 * sd(sample)`\n"
     "    \"Tốt\" when index >= mean + sd\n"
     "                                 ^\n"},
    {"PercentileForm",
     "ladder l \"Xếp loại\" {\n  \"Tốt\" when index >= percentile(90)\n}\n",
     "test.chiso:2:33: error: `percentile` được viết `percentile(<p>, nearest_rank)` (giá trị thứ ⌈p × n / 100⌉) hoặc `percentile(<p>, linear)` (nội suy, như PERCENTILE.INC của Excel), ví dụ `percentile(90, linear)`\n"
     "    \"Tốt\" when index >= percentile(90)\n"
     "                                  ^\n",
     "test.chiso:2:33: error: `percentile` is written `percentile(<p>, nearest_rank)` (the ⌈p × n / 100⌉-th value) or `percentile(<p>, linear)` (interpolated, as Excel's PERCENTILE.INC), e.g. `percentile(90, linear)`\n"
     "    \"Tốt\" when index >= percentile(90)\n"
     "                                  ^\n"},
    {"TopForm",
     "ladder l \"Xếp loại\" {\n  \"Tốt\" when top 10%\n}\n",
     "test.chiso:2:21: error: `top` được viết `top <tỷ lệ>% rounded up|down|nearest`, ví dụ `top 10% rounded up`: cách làm tròn số đơn vị phải được nói rõ\n"
     "    \"Tốt\" when top 10%\n"
     "                      ^\n",
     "test.chiso:2:21: error: `top` is written `top <share>% rounded up|down|nearest`, e.g. `top 10% rounded up`: how the number of units is rounded must be said\n"
     "    \"Tốt\" when top 10%\n"
     "                      ^\n"},
    {"ExpectedRungCondition",
     "ladder l \"Xếp loại\" {\n  \"Tốt\" if index >= 80\n}\n",
     "test.chiso:2:9: error: sau tên xếp loại viết `when <điều kiện>` hoặc `otherwise`\n"
     "    \"Tốt\" if index >= 80\n"
     "          ^\n",
     "test.chiso:2:9: error: after the grade's label write `when <condition>` or `otherwise`\n"
     "    \"Tốt\" if index >= 80\n"
     "          ^\n"},
    {"ExpectedTieBreak",
     "ranking by index ties distinct by\n",
     "test.chiso:1:34: error: sau `by` viết các tiêu chí phụ cách nhau bởi dấu phẩy: `points`, `index`, `name`, `id` hoặc một mã nút\n"
     "  ranking by index ties distinct by\n"
     "                                   ^\n",
     "test.chiso:1:34: error: after `by` write tie-breakers separated by commas: `points`, `index`, `name`, `id` or a node code\n"
     "  ranking by index ties distinct by\n"
     "                                   ^\n"},
    {"TieBreakNeedsDistinct",
     "ranking by index ties shared by points, name\n",
     "test.chiso:1:30: error: tiêu chí phụ khi bằng điểm (`by ...`) chỉ dùng sau `ties distinct`\n"
     "  ranking by index ties shared by points, name\n"
     "                               ^\n",
     "test.chiso:1:30: error: tie-breakers (`by ...`) are only allowed after `ties distinct`\n"
     "  ranking by index ties shared by points, name\n"
     "                               ^\n"},
    {"ReversedComparison",
     "ladder l \"Xếp loại\" {\n" "  \"Tốt\" when index => 80\n" "}\n",
     "test.chiso:2:20: error: `=>` không phải là phép so sánh; có phải bạn muốn viết `>=`?\n"
     "    \"Tốt\" when index => 80\n"
     "                     ^\n",
     "test.chiso:2:20: error: `=>` is not a comparison; did you mean `>=`?\n"
     "    \"Tốt\" when index => 80\n"
     "                     ^\n"},
    {"ReversedComparisonInBands",
     "tree t \"Cây\" max 10 {\n" "  item 1 \"Ý kiến\" max 10 bands { => 80% -> max  < 80% -> 0 }\n" "}\n",
     "test.chiso:2:34: error: `=>` không phải là phép so sánh; có phải bạn muốn viết `>=`?\n"
     "    item 1 \"Ý kiến\" max 10 bands { => 80% -> max  < 80% -> 0 }\n"
     "                                   ^\n",
     "test.chiso:2:34: error: `=>` is not a comparison; did you mean `>=`?\n"
     "    item 1 \"Ý kiến\" max 10 bands { => 80% -> max  < 80% -> 0 }\n"
     "                                   ^\n"},
    {"NotANumber",
     "stat s \"Trên 80\" count index >= 8x5\n",
     "test.chiso:1:33: error: `8x5` không phải là một số: số chỉ gồm chữ số, dấu chấm thập phân và dấu `%`\n"
     "  stat s \"Trên 80\" count index >= 8x5\n"
     "                                  ^\n",
     "test.chiso:1:33: error: `8x5` is not a number: a number has only digits, a decimal point and `%`\n"
     "  stat s \"Trên 80\" count index >= 8x5\n"
     "                                  ^\n"},
    {"NotANumberSuggest",
     "stat s \"Trên 80\" count index >= 8O\n",
     "test.chiso:1:33: error: `8O` không phải là một số (có chữ cái lẫn vào); có phải bạn muốn viết `80`?\n"
     "  stat s \"Trên 80\" count index >= 8O\n"
     "                                  ^\n",
     "test.chiso:1:33: error: `8O` is not a number (it contains a letter); did you mean `80`?\n"
     "  stat s \"Trên 80\" count index >= 8O\n"
     "                                  ^\n"},
    {"CodeTrailingDot",
     "tree t \"Cây\" max 10 {\n" "  criterion 1.2. \"Kế hoạch\" max 10\n" "}\n",
     "test.chiso:2:16: error: mã `1.2.` có dấu chấm ở cuối: viết `1.2`\n"
     "    criterion 1.2. \"Kế hoạch\" max 10\n"
     "                 ^\n",
     "test.chiso:2:16: error: the code `1.2.` ends with a dot: write `1.2`\n"
     "    criterion 1.2. \"Kế hoạch\" max 10\n"
     "                 ^\n"},
    {"PercentSpace",
     "tree t \"Cây\" max 10 {\n" "  item 1 \"Mức độ\" max 10 levels { \"tốt\" -> 75 %, \"kém\" -> 0 }\n" "}\n",
     "test.chiso:2:47: error: viết `75%` liền nhau, không có dấu cách trước dấu `%`\n"
     "    item 1 \"Mức độ\" max 10 levels { \"tốt\" -> 75 %, \"kém\" -> 0 }\n"
     "                                                ^\n",
     "test.chiso:2:47: error: write `75%` without a space before `%`\n"
     "    item 1 \"Mức độ\" max 10 levels { \"tốt\" -> 75 %, \"kém\" -> 0 }\n"
     "                                                ^\n"},
    {"ConditionJoiner",
     "ladder l \"Xếp loại\" {\n" "  \"Tốt\" when index >= 80 và rank <= 3\n" "}\n",
     "test.chiso:2:26: error: không hiểu `và` trong điều kiện; có phải bạn muốn viết `and`? (các điều kiện được nối bằng `and`, `or`)\n"
     "    \"Tốt\" when index >= 80 và rank <= 3\n"
     "                           ^\n",
     "test.chiso:2:26: error: unknown word `và` in a condition; did you mean `and`? (conditions are joined with `and`, `or`)\n"
     "    \"Tốt\" when index >= 80 và rank <= 3\n"
     "                           ^\n"},
    {"ConditionJoinerOr",
     "ladder l \"Xếp loại\" {\n" "  \"Tốt\" when index >= 90 hoặc rank <= 3\n" "}\n",
     "test.chiso:2:26: error: không hiểu `hoặc` trong điều kiện; có phải bạn muốn viết `or`? (các điều kiện được nối bằng `and`, `or`)\n"
     "    \"Tốt\" when index >= 90 hoặc rank <= 3\n"
     "                           ^\n",
     "test.chiso:2:26: error: unknown word `hoặc` in a condition; did you mean `or`? (conditions are joined with `and`, `or`)\n"
     "    \"Tốt\" when index >= 90 hoặc rank <= 3\n"
     "                           ^\n"},
    {"FlagWords",
     "ladder l \"Xếp loại\" {\n" "  override \"Không xếp loại\" when flag kỷ luật\n" "}\n",
     "test.chiso:2:39: error: nhãn `flag` có nhiều chữ được viết trong dấu nháy: `flag \"kỷ luật\"`\n"
     "    override \"Không xếp loại\" when flag kỷ luật\n"
     "                                        ^\n",
     "test.chiso:2:39: error: a flag of several words is written in quotes: `flag \"kỷ luật\"`\n"
     "    override \"Không xếp loại\" when flag kỷ luật\n"
     "                                        ^\n"},
    {"WeightZeroDenominator",
     "tree t \"Cây\" max 10 weighted {\n" "  item 1 \"Một\" max 10 weight 1/0\n" "}\n",
     "test.chiso:2:32: error: `1/0` chia cho 0: mẫu số của trọng số phải khác 0, ví dụ `weight 1/9`\n"
     "    item 1 \"Một\" max 10 weight 1/0\n"
     "                                 ^\n",
     "test.chiso:2:32: error: `1/0` divides by 0: the denominator of a weight must not be 0, e.g. `weight 1/9`\n"
     "    item 1 \"Một\" max 10 weight 1/0\n"
     "                                 ^\n"},
    {"CallCommaSpace",
     "tree t \"Cây\" max 10 {\n" "  item 1 \"Tỷ lệ\" max 10 formula max * min(1,5)\n" "}\n",
     "test.chiso:2:44: error: trong `min(...)` dấu phẩy ngăn cách hai giá trị: viết `min(1, 5)` (có dấu cách sau dấu phẩy), hoặc `1.5` nếu là số thập phân\n"
     "    item 1 \"Tỷ lệ\" max 10 formula max * min(1,5)\n"
     "                                             ^\n",
     "test.chiso:2:44: error: inside `min(...)` the comma separates two values: write `min(1, 5)` (a space after the comma), or `1.5` for a decimal\n"
     "    item 1 \"Tỷ lệ\" max 10 formula max * min(1,5)\n"
     "                                             ^\n"},
    };
    return cases;
}
// clang-format on

namespace {

class ParseMessage : public testing::TestWithParam<MessageCase> {};

TEST_P(ParseMessage, RendersExactlyInBothLanguages) {
    const MessageCase& c = GetParam();
    Parsed parsed = parse_text(c.source);
    EXPECT_FALSE(parsed.ast.has_value());
    EXPECT_EQ(rendered(parsed, Lang::Vi), c.vi);
    EXPECT_EQ(rendered(parsed, Lang::En), c.en);
}

INSTANTIATE_TEST_SUITE_P(All, ParseMessage, testing::ValuesIn(message_cases()),
                         [](const testing::TestParamInfo<MessageCase>& param_info) { return std::string(param_info.param.name); });

TEST(ParseMessages, EveryMessageIsProducedByACase) {
    std::set<std::string> produced;
    for (const auto* cases : {&message_cases(), &inherit_message_cases()}) {
        for (const MessageCase& c : *cases) {
            Parsed parsed = parse_text(c.source);
            for (const Diagnostic& d : parsed.diags.items()) produced.insert(d.message->id);
        }
    }
    for (const MessageDef* message : dsl::kParseMessages) EXPECT_TRUE(produced.count(message->id)) << message->id;
}

TEST(ParseMessages, IdsAreUniqueAndTextsAreBilingual) {
    std::set<std::string> ids;
    for (const MessageDef* message : dsl::kParseMessages) {
        EXPECT_TRUE(ids.insert(message->id).second) << message->id;
        EXPECT_TRUE(std::string(message->id).starts_with("parse.")) << message->id;
        EXPECT_STRNE(message->vi, message->en) << message->id;
    }
}

}  // namespace
}  // namespace chiso::test
