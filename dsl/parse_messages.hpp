#pragma once
// Messages of the parser, in Vietnamese and English. Readers are methodology
// officers, not programmers: each message says what is wrong and what to write.
// Arguments are fmt positional fields; literal braces are written `{{` and `}}`.
// Arguments that are code (keywords, examples) are the same in both languages.
#include "dsl/rule_words.hpp"  // the rule words the attribute messages list
#include "engine/core/messages.hpp"

namespace chiso::dsl {

// ---- text and tokens ------------------------------------------------------------------
inline constexpr MessageDef kInvalidUtf8{
    "parse.invalid-utf8",
    "tệp không phải văn bản UTF-8 hợp lệ (byte 0x{0}): hãy lưu lại tệp với bảng mã UTF-8",
    "the file is not valid UTF-8 text (byte 0x{0}): save the file again with the UTF-8 encoding"};

inline constexpr MessageDef kUnterminatedString{
    "parse.unterminated-string",
    "chuỗi chưa được đóng: thêm dấu `\"` ở cuối chuỗi, trên cùng một dòng",
    "unterminated text: add the closing `\"` on the same line"};

// {0}: the character, e.g. "U+202E (RIGHT-TO-LEFT OVERRIDE)".
// A text, an id or a word with one (outside comments); a tab only inside a text.
inline constexpr MessageDef kControlChar{
    "parse.control-char",
    "ở đây có ký tự điều khiển {0}: ký tự này không nhìn thấy được nhưng làm sai lệch báo cáo và bảng tính; "
    "hãy xoá nó (trong chuỗi cũng không được có tab)",
    "here is the control character {0}, which is invisible but garbles reports and spreadsheets; "
    "delete it (a text may not hold a tab either)"};

inline constexpr MessageDef kBadEscape{
    "parse.bad-escape",
    "trong chuỗi, dấu `\\` chỉ được dùng trong `\\\"` (dấu nháy) hoặc `\\\\` (dấu gạch chéo ngược)",
    "inside a text, `\\` may only be used as `\\\"` (a quote) or `\\\\` (a backslash)"};

inline constexpr MessageDef kCurlyQuote{
    "parse.curly-quote",
    "hãy dùng dấu nháy thẳng `\"` quanh văn bản, không dùng dấu nháy cong “ ”",
    "use straight quotes `\"` around text, not curly quotes “ ”"};

inline constexpr MessageDef kDecimalComma{
    "parse.decimal-comma",
    "số thập phân viết bằng dấu chấm: viết `{1}` thay cho `{0}`",
    "decimals are written with a point: write `{1}` instead of `{0}`"};

inline constexpr MessageDef kZeroDenominator{
    "parse.zero-denominator",
    "`{0}` chia cho 0: mẫu số của trọng số phải khác 0, ví dụ `weight 1/9`",
    "`{0}` divides by 0: the denominator of a weight must not be 0, e.g. `weight 1/9`"};

inline constexpr MessageDef kNumberTooLong{
    "parse.number-too-long",
    "số `{0}` có quá nhiều chữ số: dùng tối đa 18 chữ số",
    "the number `{0}` has too many digits: use at most 18"};

inline constexpr MessageDef kTooDeep{
    "parse.too-deep",
    "lồng nhau quá sâu (quá {0} mức nút, ngoặc hoặc `not`): hãy viết đơn giản hơn",
    "nested too deeply (more than {0} levels of nodes, parentheses or `not`): write it more simply"};

// {0}: the token as written (`8O`).
inline constexpr MessageDef kNotANumber{
    "parse.not-a-number",
    "`{0}` không phải là một số: số chỉ gồm chữ số, dấu chấm thập phân và dấu `%`",
    "`{0}` is not a number: a number has only digits, a decimal point and `%`"};

// {0}: the token as written (`8O`), {1}: with the look-alike letters made digits (`80`).
inline constexpr MessageDef kNotANumberSuggest{
    "parse.not-a-number-suggest",
    "`{0}` không phải là một số (có chữ cái lẫn vào); có phải bạn muốn viết `{1}`?",
    "`{0}` is not a number (it contains a letter); did you mean `{1}`?"};

// {0}: the number with `%` (`75%`).
inline constexpr MessageDef kPercentSpace{
    "parse.percent-space",
    "viết `{0}` liền nhau, không có dấu cách trước dấu `%`",
    "write `{0}` without a space before `%`"};

// {0}: `min` or `max`, {1}: the call with a space after the comma, {2}: the decimal.
inline constexpr MessageDef kCallCommaSpace{
    "parse.call-comma-space",
    "trong `{0}(...)` dấu phẩy ngăn cách hai giá trị: viết `{1}` (có dấu cách sau dấu phẩy), hoặc `{2}` nếu là "
    "số thập phân",
    "inside `{0}(...)` the comma separates two values: write `{1}` (a space after the comma), or `{2}` for a "
    "decimal"};

// ---- statements ----------------------------------------------------------------------
inline constexpr MessageDef kUnknownStatement{
    "parse.unknown-statement",
    "không hiểu câu lệnh `{0}`: mỗi câu lệnh bắt đầu bằng index, locality, year, basis, publish, rounding, "
    "ranking, not_applicable, missing, block, tree, ladder, stat, extends, edit, replace, remove hoặc survey",
    "unknown statement `{0}`: a statement starts with index, locality, year, basis, publish, rounding, "
    "ranking, not_applicable, missing, block, tree, ladder, stat, extends, edit, replace, remove or survey"};

inline constexpr MessageDef kUnknownStatementSuggest{
    "parse.unknown-statement-suggest",
    "không hiểu câu lệnh `{0}`; có phải bạn muốn viết `{1}`?",
    "unknown statement `{0}`; did you mean `{1}`?"};

inline constexpr MessageDef kExpectedStatement{
    "parse.expected-statement",
    "không mong đợi `{0}` ở đây: cần một câu lệnh (index, locality, year, basis, publish, rounding, "
    "ranking, not_applicable, missing, block, tree, ladder, stat, extends, edit, replace, remove hoặc survey)",
    "unexpected `{0}` here: expected a statement (index, locality, year, basis, publish, rounding, "
    "ranking, not_applicable, missing, block, tree, ladder, stat, extends, edit, replace, remove or survey)"};

inline constexpr MessageDef kNodeOutsideTree{
    "parse.node-outside-tree",
    "`{0}` chỉ được viết bên trong dấu `{{ }}` của một cây `tree`: kiểm tra dấu `}}` ở phía trên",
    "`{0}` may only be written inside the `{{ }}` of a `tree`: check the `}}` above"};

inline constexpr MessageDef kDuplicateStatement{
    "parse.duplicate-statement",
    "`{0}` đã được khai báo ở dòng {1}; chỉ khai báo một lần",
    "`{0}` is already declared at line {1}; declare it only once"};

// ---- what a statement or construct needs ------------------------------------------------
// {0}: the construct's keyword, {1}: an example of what to write.
inline constexpr MessageDef kExpectedId{
    "parse.expected-id",
    "`{0}` cần một mã ở đây (chữ cái, chữ số, `_`), ví dụ `{1}`",
    "`{0}` needs an id here (letters, digits, `_`), e.g. `{1}`"};

inline constexpr MessageDef kExpectedText{
    "parse.expected-text",
    "`{0}` cần một đoạn văn bản trong dấu nháy `\"` ở đây, ví dụ `{1}`",
    "`{0}` needs a text in quotes `\"` here, e.g. `{1}`"};

inline constexpr MessageDef kExpectedNumber{
    "parse.expected-number",
    "`{0}` cần một số ở đây, ví dụ `{1}`",
    "`{0}` needs a number here, e.g. `{1}`"};

inline constexpr MessageDef kExpectedInteger{
    "parse.expected-integer",
    "`{0}` cần một số nguyên ở đây, ví dụ `{1}`",
    "`{0}` needs a whole number here, e.g. `{1}`"};

// {0}: the missing word, {1}: the construct, {2}: an example.
inline constexpr MessageDef kExpectedKeyword{
    "parse.expected-keyword",
    "`{1}` cần chữ `{0}` ở đây, ví dụ `{2}`",
    "`{1}` needs the word `{0}` here, e.g. `{2}`"};

// {0}: the keyword before, {1}: the allowed words.
inline constexpr MessageDef kExpectedWord{
    "parse.expected-word",
    "sau `{0}` viết một trong các chữ: {1}",
    "after `{0}` write one of: {1}"};

// {0}: the word found, {1}: the keyword before, {2}: the allowed words.
inline constexpr MessageDef kUnknownWord{
    "parse.unknown-word",
    "không hiểu `{0}` sau `{1}`: viết một trong các chữ: {2}",
    "unknown word `{0}` after `{1}`: write one of: {2}"};

// {0}: the word found, {1}: the keyword before, {2}: the closest allowed word.
inline constexpr MessageDef kUnknownWordSuggest{
    "parse.unknown-word-suggest",
    "không hiểu `{0}` sau `{1}`; có phải bạn muốn viết `{2}`?",
    "unknown word `{0}` after `{1}`; did you mean `{2}`?"};

inline constexpr MessageDef kExpectedDate{
    "parse.expected-date",
    "`date` cần một ngày viết dạng `2020-05-06` hoặc `06/05/2020`",
    "`date` needs a date written `2020-05-06` or `06/05/2020`"};

inline constexpr MessageDef kInvalidDate{
    "parse.invalid-date",
    "ngày `{0}` không có trong lịch: kiểm tra ngày và tháng",
    "`{0}` is not a real date: check the day and the month"};

inline constexpr MessageDef kExpectedOpenBrace{
    "parse.expected-open-brace",
    "`{0}` cần dấu `{{` ở đây để mở phần nội dung, ví dụ `{1}`",
    "`{0}` needs a `{{` here to open its content, e.g. `{1}`"};

inline constexpr MessageDef kMissingCloseBrace{
    "parse.missing-close-brace",
    "thiếu dấu `}}` để đóng dấu `{{` ở dòng {0}",
    "missing `}}` to close the `{{` on line {0}"};

// {0}: the construct, {1}: an example entry, {2}: the line of the `{`.
inline constexpr MessageDef kExpectedEntryOrClose{
    "parse.expected-entry-or-close",
    "trong `{0}` viết các dòng như `{1}`, rồi dấu `}}` để đóng dấu `{{` ở dòng {2}",
    "inside `{0}` write entries like `{1}`, then a `}}` to close the `{{` on line {2}"};

inline constexpr MessageDef kDuplicateAttribute{
    "parse.duplicate-attribute",
    "`{0}` đã được viết ở dòng {1}; mỗi thuộc tính chỉ viết một lần",
    "`{0}` is already given at line {1}; write each attribute only once"};

// ---- trees and nodes ---------------------------------------------------------------------
inline constexpr MessageDef kExpectedNodeOrClose{
    "parse.expected-node-or-close",
    "cần một nút (area, criterion, item hoặc node) hoặc dấu `}}` để đóng dấu `{{` ở dòng {0}",
    "expected a node (area, criterion, item or node) or the `}}` closing the `{{` on line {0}"};

inline constexpr MessageDef kUnknownNodeKind{
    "parse.unknown-node-kind",
    "không hiểu `{0}`: một nút bắt đầu bằng area, criterion, item hoặc node; hoặc viết `}}` để đóng dấu `{{` "
    "ở dòng {1}",
    "unknown word `{0}`: a node starts with area, criterion, item or node; or write `}}` to close the `{{` "
    "on line {1}"};

inline constexpr MessageDef kUnknownNodeKindSuggest{
    "parse.unknown-node-kind-suggest",
    "không hiểu `{0}`; có phải bạn muốn viết `{1}`?",
    "unknown word `{0}`; did you mean `{1}`?"};

inline constexpr MessageDef kExpectedNodeCode{
    "parse.expected-node-code",
    "`{0}` cần một mã nút ở đây, ví dụ `1`, `1.2` hoặc `II.3`",
    "`{0}` needs a node code here, e.g. `1`, `1.2` or `II.3`"};

// {0}: the code as written (`1.2.`), {1}: without the final dot.
inline constexpr MessageDef kCodeTrailingDot{
    "parse.code-trailing-dot",
    "mã `{0}` có dấu chấm ở cuối: viết `{1}`",
    "the code `{0}` ends with a dot: write `{1}`"};

// {0}: the word, {1}: the node's code. The rule words come from dsl/rule_words.hpp.
inline constexpr auto kUnknownAttributeVi = rule_words::concat(
    "nút {1} không có thuộc tính `{0}`: dùng max, weight, weighted, unchecked, survey, optional, na, default, "
    "inputs hoặc một cách chấm điểm (",
    rule_words::kWordList, ")");
inline constexpr auto kUnknownAttributeEn = rule_words::concat(
    "node {1} has no attribute `{0}`: use max, weight, weighted, unchecked, survey, optional, na, default, "
    "inputs or a scoring rule (",
    rule_words::kWordList, ")");
inline constexpr MessageDef kUnknownAttribute{"parse.unknown-attribute", kUnknownAttributeVi.data,
                                              kUnknownAttributeEn.data};

// {0}: the word, {1}: the node's code, {2}: the closest attribute.
inline constexpr MessageDef kUnknownAttributeSuggest{
    "parse.unknown-attribute-suggest",
    "nút {1} không có thuộc tính `{0}`; có phải bạn muốn viết `{2}`?",
    "node {1} has no attribute `{0}`; did you mean `{2}`?"};

// {0}: what was found, {1}: the node's code.
inline constexpr MessageDef kUnexpectedInNode{
    "parse.unexpected-in-node",
    "không mong đợi `{0}` trong nút {1}: sau tiêu đề viết các thuộc tính, rồi dấu `{{` nếu nút có nút con",
    "unexpected `{0}` in node {1}: after the title write the attributes, then a `{{` if the node has "
    "children"};

// {0}: the second rule's keyword, {1}: the line of the first rule, {2}: the first rule's keyword.
inline constexpr MessageDef kDuplicateRule{
    "parse.duplicate-rule",
    "nút đã có cách chấm điểm `{2}` ở dòng {1}; mỗi nút chỉ có một cách chấm điểm: bỏ `{0}` hoặc `{2}`",
    "the node already has the scoring rule `{2}` at line {1}; a node has only one: remove `{0}` or `{2}`"};

// ---- scoring rules ------------------------------------------------------------------------
inline constexpr MessageDef kExpectedArrow{
    "parse.expected-arrow",
    "cần mũi tên `->` ở đây, ví dụ `{0}`",
    "expected an arrow `->` here, e.g. `{0}`"};

inline constexpr MessageDef kExpectedAmount{
    "parse.expected-amount",
    "cần số điểm sau `{0}`: `max` (điểm tối đa), một phần của điểm tối đa như `50%`, hoặc số điểm như `1.5`",
    "expected an amount after `{0}`: `max` (the maximum), a share of the maximum like `50%`, or points "
    "like `1.5`"};

inline constexpr MessageDef kExpectedOperand{
    "parse.expected-operand",
    "cần một giá trị ở đây: một số, một biến khai báo trong `inputs`, `max`, `min(a, b)`, `max(a, b)` "
    "hoặc `( ... )`",
    "expected a value here: a number, an input declared with `inputs`, `max`, `min(a, b)`, `max(a, b)` "
    "or `( ... )`"};

inline constexpr MessageDef kExpectedCloseParen{
    "parse.expected-close-paren",
    "thiếu dấu `)` để đóng dấu `(`",
    "missing `)` to close the `(`"};

inline constexpr MessageDef kExpectedCallComma{
    "parse.expected-call-comma",
    "`min(a, b)` và `max(a, b)` cần hai giá trị cách nhau bởi dấu phẩy",
    "`min(a, b)` and `max(a, b)` take two values separated by a comma"};

// ---- conditions, ladders, ranking -----------------------------------------------------------
inline constexpr MessageDef kExpectedCondition{
    "parse.expected-condition",
    "cần một điều kiện ở đây, ví dụ `index >= 90`, `80 <= index < 90`, `rank <= 5 and index >= 80` "
    "hoặc `flag \"kỷ luật\"`",
    "expected a condition here, e.g. `index >= 90`, `80 <= index < 90`, `rank <= 5 and index >= 80` "
    "or `flag \"kỷ luật\"`"};

inline constexpr MessageDef kExpectedComparison{
    "parse.expected-comparison",
    "cần một phép so sánh ở đây: `>=`, `>`, `<=`, `<`, `=`, `≥` hoặc `≤`",
    "expected a comparison here: `>=`, `>`, `<=`, `<`, `=`, `≥` or `≤`"};

inline constexpr MessageDef kExpectedCompareValue{
    "parse.expected-compare-value",
    "cần một giá trị để so sánh: một số, `index`, `points`, `rank`, `index(<mã nút>)`, `points(<mã nút>)` "
    "hoặc một thống kê của khối (`mean`, `median`, `sd(sample)`, `percentile(90, nearest_rank)`, `min`, `max`)",
    "expected a value to compare: a number, `index`, `points`, `rank`, `index(<code>)`, `points(<code>)` "
    "or a statistic of the block (`mean`, `median`, `sd(sample)`, `percentile(90, nearest_rank)`, `min`, `max`)"};

// {0}: the word written (`meen`), {1}: the value meant (`mean`).
inline constexpr MessageDef kUnknownCompareValueSuggest{
    "parse.unknown-compare-value-suggest",
    "không hiểu giá trị `{0}` trong điều kiện; có phải bạn muốn viết `{1}`?",
    "unknown value `{0}` in a condition; did you mean `{1}`?"};

// {0}: the word written.
inline constexpr MessageDef kUnknownCompareValue{
    "parse.unknown-compare-value",
    "không hiểu giá trị `{0}` trong điều kiện: viết một số, `index`, `points`, `rank`, `index(<mã nút>)`, "
    "`points(<mã nút>)` hoặc một thống kê của khối: `mean`, `median`, `sd(...)`, `percentile(...)`, `min`, `max`",
    "unknown value `{0}` in a condition: write a number, `index`, `points`, `rank`, `index(<code>)`, "
    "`points(<code>)` or a statistic of the block: `mean`, `median`, `sd(...)`, `percentile(...)`, `min`, `max`"};

inline constexpr MessageDef kSdForm{
    "parse.sd-form",
    "`sd` cần nói rõ độ lệch chuẩn nào: `sd(population)` (chia cho n, độ lệch chuẩn tổng thể) hoặc "
    "`sd(sample)` (chia cho n − 1, độ lệch chuẩn mẫu), ví dụ `index >= mean + 1 * sd(sample)`",
    "`sd` must say which standard deviation: `sd(population)` (divided by n) or `sd(sample)` (divided by "
    "n − 1), e.g. `index >= mean + 1 * sd(sample)`"};

inline constexpr MessageDef kPercentileForm{
    "parse.percentile-form",
    "`percentile` được viết `percentile(<p>, nearest_rank)` (giá trị thứ ⌈p × n / 100⌉) hoặc "
    "`percentile(<p>, linear)` (nội suy, như PERCENTILE.INC của Excel), ví dụ `percentile(90, linear)`",
    "`percentile` is written `percentile(<p>, nearest_rank)` (the ⌈p × n / 100⌉-th value) or "
    "`percentile(<p>, linear)` (interpolated, as Excel's PERCENTILE.INC), e.g. `percentile(90, linear)`"};

inline constexpr MessageDef kTopForm{
    "parse.top-form",
    "`top` được viết `top <tỷ lệ>% rounded up|down|nearest`, ví dụ `top 10% rounded up`: cách làm tròn "
    "số đơn vị phải được nói rõ",
    "`top` is written `top <share>% rounded up|down|nearest`, e.g. `top 10% rounded up`: how the number of "
    "units is rounded must be said"};

// {0}: what was written (`=>`), {1}: the comparison meant (`>=`).
inline constexpr MessageDef kReversedComparison{
    "parse.reversed-comparison",
    "`{0}` không phải là phép so sánh; có phải bạn muốn viết `{1}`?",
    "`{0}` is not a comparison; did you mean `{1}`?"};

// {0}: the word (`và`), {1}: `and` or `or`.
inline constexpr MessageDef kConditionJoiner{
    "parse.condition-joiner",
    "không hiểu `{0}` trong điều kiện; có phải bạn muốn viết `{1}`? (các điều kiện được nối bằng `and`, `or`)",
    "unknown word `{0}` in a condition; did you mean `{1}`? (conditions are joined with `and`, `or`)"};

// {0}: the flag's words as written.
inline constexpr MessageDef kFlagWords{
    "parse.flag-words",
    "nhãn `flag` có nhiều chữ được viết trong dấu nháy: `flag \"{0}\"`",
    "a flag of several words is written in quotes: `flag \"{0}\"`"};

inline constexpr MessageDef kExpectedRungCondition{
    "parse.expected-rung-condition",
    "sau tên xếp loại viết `when <điều kiện>` hoặc `otherwise`",
    "after the grade's label write `when <condition>` or `otherwise`"};

inline constexpr MessageDef kExpectedTieBreak{
    "parse.expected-tie-break",
    "sau `by` viết các tiêu chí phụ cách nhau bởi dấu phẩy: `points`, `index`, `name`, `id` hoặc một mã nút",
    "after `by` write tie-breakers separated by commas: `points`, `index`, `name`, `id` or a node code"};

inline constexpr MessageDef kTieBreakNeedsDistinct{
    "parse.tie-break-needs-distinct",
    "tiêu chí phụ khi bằng điểm (`by ...`) chỉ dùng sau `ties distinct`",
    "tie-breakers (`by ...`) are only allowed after `ties distinct`"};

// ---- inheritance: extends, edit, replace, remove ---------------------------------------------
// {0}: the line of the first `extends`.
inline constexpr MessageDef kDuplicateExtends{
    "parse.duplicate-extends",
    "một tệp chỉ kế thừa một tệp khác: `extends` đã được viết ở dòng {0}",
    "a file extends only one other file: `extends` is already written at line {0}"};

inline constexpr MessageDef kEmptyExtendsPath{
    "parse.empty-extends-path",
    "`extends` cần đường dẫn của tệp được kế thừa, tính từ thư mục của tệp này, ví dụ "
    "`extends \"../vn/par-tinh-2022.chiso\"`",
    "`extends` needs the path of the file it extends, relative to this file's folder, e.g. "
    "`extends \"../vn/par-tinh-2022.chiso\"`"};

// {0}: the path as written, {1}: with `/`.
inline constexpr MessageDef kBackslashInPath{
    "parse.backslash-in-path",
    "đường dẫn dùng dấu `/` giữa các thư mục (trên mọi máy): viết `{1}` thay cho `{0}`",
    "paths use `/` between folders (on every computer): write `{1}` instead of `{0}`"};

// {0}: edit, replace or remove.
inline constexpr MessageDef kChangesWithoutExtends{
    "parse.changes-without-extends",
    "`{0}` thay đổi tệp được kế thừa, nhưng tệp này không có `extends`: thêm `extends \"<tệp gốc>.chiso\"`, "
    "hoặc khai báo trực tiếp bằng block, tree, ladder, stat",
    "`{0}` changes the file this one extends, but this file has no `extends`: add "
    "`extends \"<parent file>.chiso\"`, or declare the item directly with block, tree, ladder, stat"};

inline constexpr MessageDef kEditStat{
    "parse.edit-stat",
    "một thống kê được thay cả câu: viết `replace stat <mã> \"<nhãn>\" count <điều kiện>` thay cho `edit stat`",
    "a statistic is replaced as a whole: write `replace stat <id> \"<label>\" count <condition>` instead of "
    "`edit stat`"};

// {0}: tree or block.
inline constexpr MessageDef kReplaceUseEdit{
    "parse.replace-use-edit",
    "không có `replace {0}`: hãy sửa bằng `edit {0} <mã> ...`, chỉ những gì được viết ra mới thay đổi",
    "there is no `replace {0}`: change a {0} with `edit {0} <id> ...`, which replaces only what is written"};

// {0}: change, add, remove or move.
inline constexpr MessageDef kNodeEditOutsideEditTree{
    "parse.node-edit-outside-edit-tree",
    "thay đổi nút (`{0}`) chỉ được viết bên trong `edit tree <mã cây> {{ ... }}`, ví dụ "
    "`edit tree so {{ {0} ... }}`",
    "a change of a node (`{0}`) is written inside `edit tree <tree id> {{ ... }}`, e.g. "
    "`edit tree so {{ {0} ... }}`"};

// {0}: the node kind written.
inline constexpr MessageDef kNodeInEditTree{
    "parse.node-in-edit-tree",
    "trong `edit tree`, nút mới được thêm bằng `add {0} <mã> \"<tiêu đề>\" ... in <mã nút cha | total>`: "
    "viết `add` trước `{0}` và `in ...` để nói nút nằm dưới nút nào",
    "inside `edit tree` a new node is added with `add {0} <code> \"<title>\" ... in <parent code | total>`: "
    "write `add` before `{0}` and `in ...` to say where it goes"};

// {0}: the line of the `{`.
inline constexpr MessageDef kExpectedTreeEditOrClose{
    "parse.expected-tree-edit-or-close",
    "trong `edit tree` viết các thay đổi (change, add, remove hoặc move) hoặc dấu `}}` để đóng dấu `{{` ở dòng {0}",
    "inside `edit tree` write changes (change, add, remove or move) or the `}}` closing the `{{` on line {0}"};

// {0}: the word, {1}: the line of the `{`.
inline constexpr MessageDef kUnknownTreeEdit{
    "parse.unknown-tree-edit",
    "không hiểu `{0}`: trong `edit tree` mỗi thay đổi bắt đầu bằng change, add, remove hoặc move; hoặc viết "
    "`}}` để đóng dấu `{{` ở dòng {1}",
    "unknown word `{0}`: inside `edit tree` each change starts with change, add, remove or move; or write "
    "`}}` to close the `{{` on line {1}"};

// {0}: the word, {1}: the closest change word.
inline constexpr MessageDef kUnknownTreeEditSuggest{
    "parse.unknown-tree-edit-suggest",
    "không hiểu `{0}` trong `edit tree`; có phải bạn muốn viết `{1}`?",
    "unknown word `{0}` inside `edit tree`; did you mean `{1}`?"};

// {0}: what was found.
inline constexpr MessageDef kUnexpectedInEdit{
    "parse.unexpected-in-edit",
    "không mong đợi `{0}` ở đây: trong `edit tree` mỗi thay đổi bắt đầu bằng change, add, remove hoặc move",
    "unexpected `{0}` here: inside `edit tree` each change starts with change, add, remove or move"};

// {0}: the node's code.
inline constexpr MessageDef kChangeWithoutAttribute{
    "parse.change-without-attribute",
    "`change {0}` cần các thuộc tính được đổi, ví dụ `change {0} max 3` hoặc `change {0} title \"...\"`",
    "`change {0}` needs the attributes that change, e.g. `change {0} max 3` or `change {0} title \"...\"`"};

// {0}: the word, {1}: the node's code. The rule words come from dsl/rule_words.hpp.
inline constexpr auto kUnknownChangeAttributeVi = rule_words::concat(
    "`change {1}` không đổi được `{0}`: dùng title, max, weight, weighted, unchecked, survey, optional, na, "
    "default, inputs hoặc một cách chấm điểm (",
    rule_words::kWordList, ")");
inline constexpr auto kUnknownChangeAttributeEn = rule_words::concat(
    "`change {1}` cannot change `{0}`: use title, max, weight, weighted, unchecked, survey, optional, na, "
    "default, inputs or a scoring rule (",
    rule_words::kWordList, ")");
inline constexpr MessageDef kUnknownChangeAttribute{"parse.unknown-change-attribute", kUnknownChangeAttributeVi.data,
                                                    kUnknownChangeAttributeEn.data};

// {0}: the new node's code.
inline constexpr MessageDef kAddNeedsIn{
    "parse.add-needs-in",
    "`add {0}` cần `in <mã nút cha | total>` ở đây để nói nút mới nằm dưới nút nào, ví dụ `in 3` hoặc `in total`",
    "`add {0}` needs `in <parent code | total>` here to say where the new node goes, e.g. `in 3` or `in total`"};

// {0}: the moved node's code.
inline constexpr MessageDef kMoveNeedsTo{
    "parse.move-needs-to",
    "`move {0}` cần `to <mã nút cha | total>` ở đây, ví dụ `move {0} to 3 after 3.1`",
    "`move {0}` needs `to <parent code | total>` here, e.g. `move {0} to 3 after 3.1`"};

// {0}: in or to.
inline constexpr MessageDef kExpectedParent{
    "parse.expected-parent",
    "`{0}` cần mã của nút cha, hoặc `total` cho gốc của cây, ví dụ `{0} 3` hoặc `{0} total`",
    "`{0}` needs the code of the parent node, or `total` for the top of the tree, e.g. `{0} 3` or `{0} total`"};

// {0}: the line of the first position.
inline constexpr MessageDef kPositionTwice{
    "parse.position-twice",
    "vị trí của nút đã được viết ở dòng {0}: chỉ viết một `after <mã>` hoặc `first`",
    "the node's position is already given at line {0}: write one `after <code>` or `first`"};

// {0}: the block's id.
inline constexpr MessageDef kEditBlockWithoutChange{
    "parse.edit-block-without-change",
    "`edit block {0}` cần điều được đổi: một tên mới trong dấu nháy, `tree <mã cây>` hoặc `exclude <mã nút>, ...`",
    "`edit block {0}` needs what changes: a new name in quotes, `tree <tree id>` or `exclude <codes>`"};

// Every message above, for the tests that check each one is produced and renders.
inline constexpr const MessageDef* kParseMessages[] = {
    &kInvalidUtf8,
    &kUnterminatedString,
    &kControlChar,
    &kBadEscape,
    &kCurlyQuote,
    &kDecimalComma,
    &kNumberTooLong,
    &kZeroDenominator,
    &kTooDeep,
    &kNotANumber,
    &kNotANumberSuggest,
    &kPercentSpace,
    &kCallCommaSpace,
    &kUnknownStatement,
    &kUnknownStatementSuggest,
    &kExpectedStatement,
    &kNodeOutsideTree,
    &kDuplicateStatement,
    &kExpectedId,
    &kExpectedText,
    &kExpectedNumber,
    &kExpectedInteger,
    &kExpectedKeyword,
    &kExpectedWord,
    &kUnknownWord,
    &kUnknownWordSuggest,
    &kExpectedDate,
    &kInvalidDate,
    &kExpectedOpenBrace,
    &kMissingCloseBrace,
    &kExpectedEntryOrClose,
    &kDuplicateAttribute,
    &kExpectedNodeOrClose,
    &kUnknownNodeKind,
    &kUnknownNodeKindSuggest,
    &kExpectedNodeCode,
    &kCodeTrailingDot,
    &kUnknownAttribute,
    &kUnknownAttributeSuggest,
    &kUnexpectedInNode,
    &kDuplicateRule,
    &kExpectedArrow,
    &kExpectedAmount,
    &kExpectedOperand,
    &kExpectedCloseParen,
    &kExpectedCallComma,
    &kExpectedCondition,
    &kExpectedComparison,
    &kExpectedCompareValue,
    &kUnknownCompareValueSuggest,
    &kUnknownCompareValue,
    &kSdForm,
    &kPercentileForm,
    &kTopForm,
    &kReversedComparison,
    &kConditionJoiner,
    &kFlagWords,
    &kExpectedRungCondition,
    &kExpectedTieBreak,
    &kTieBreakNeedsDistinct,
    &kDuplicateExtends,
    &kEmptyExtendsPath,
    &kBackslashInPath,
    &kChangesWithoutExtends,
    &kEditStat,
    &kReplaceUseEdit,
    &kNodeEditOutsideEditTree,
    &kNodeInEditTree,
    &kExpectedTreeEditOrClose,
    &kUnknownTreeEdit,
    &kUnknownTreeEditSuggest,
    &kUnexpectedInEdit,
    &kChangeWithoutAttribute,
    &kUnknownChangeAttribute,
    &kAddNeedsIn,
    &kMoveNeedsTo,
    &kExpectedParent,
    &kPositionTwice,
    &kEditBlockWithoutChange,
};

}  // namespace chiso::dsl
