#pragma once
// Messages of the score-file loader: problems with the shape of a score file.
// Whether a code exists or a value fits its rule is checked later, in evaluation.
// {0} is the unit id (or "#N" when a unit has no id) and {1} the code, written as a
// path such as `4.3 / self / done` inside the map forms.
#include "engine/core/messages.hpp"

namespace chiso::msg::input {

// --- the file as a whole ---
inline constexpr MessageDef kFileTooLarge{"input.file-too-large",
    "tệp điểm quá lớn ({0} byte); giới hạn là 256 MiB",
    "the score file is too large ({0} bytes); the limit is 256 MiB"};
inline constexpr MessageDef kInvalidUtf8{"input.invalid-utf8",
    "tệp không phải văn bản UTF-8: hãy lưu lại tệp với bảng mã UTF-8",
    "the file is not UTF-8 text: save it again with the UTF-8 encoding"};
inline constexpr MessageDef kNotYaml{"input.not-yaml",
    "tệp không đúng cú pháp YAML ({0}); kiểm tra thụt lề và dấu `:` ở dòng này hoặc dòng trên",
    "the file is not valid YAML ({0}); check the indentation and the `:` on this line or the one above"};
inline constexpr MessageDef kUnclosedQuote{"input.unclosed-quote",
    "chuỗi trong dấu nháy bắt đầu ở đây không có dấu nháy đóng",
    "the quoted text that starts here is never closed"};
// U+0085, U+2028 and U+2029 are line breaks to YAML 1.1 (libyaml) but not to an
// editor: inside a name or a value one would break the line where nobody sees a
// break, and libyaml would then report a mistake on a line that looks right.
inline constexpr MessageDef kYamlLineBreak{"input.yaml-line-break",
    "ký tự vô hình {0} ở đây: YAML đọc nó như một lần xuống dòng nên dòng này bị cắt đôi; hãy xoá nó (thường do sao chép từ Word hoặc trang web)",
    "the invisible character {0} here: YAML reads it as a line break, which cuts this line in two; delete it (it usually comes from copying out of Word or a web page)"};
inline constexpr MessageDef kTooDeep{"input.too-deep",
    "dữ liệu lồng nhau quá sâu (quá {0} mức danh sách hoặc bảng: `-`, `?`, `[`, `{{` hoặc thụt lề): kiểm tra các dấu ngoặc, dấu `-` và thụt lề; xem các dạng giá trị trong docs/input.md",
    "the data is nested too deeply (more than {0} levels of lists or maps: `-`, `?`, `[`, `{{` or indentation): check the brackets, the `-` and the indentation; see the value forms in docs/input.md"};
// A file whose aliases (`*name`) would make the loaders walk an enormous tree.
inline constexpr MessageDef kAliasTooLarge{"input.alias-too-large",
    "các bí danh (`*tên`) lặp lại quá nhiều dữ liệu (hơn {0} giá trị với một tệp cỡ này): hãy ghi thẳng các giá trị thay cho bí danh",
    "the aliases (`*name`) repeat too much data (more than {0} values for a file of this size): write the values out instead of aliases"};
inline constexpr MessageDef kEmptyFile{"input.empty-file",
    "tệp điểm trống: không có dữ liệu",
    "the score file is empty"};
inline constexpr MessageDef kMultipleDocuments{"input.multiple-documents",
    "tệp chỉ được chứa một tài liệu YAML; tài liệu thứ hai (sau dấu `---`) bắt đầu ở đây",
    "the file must hold a single YAML document; a second one (after `---`) starts here"};
inline constexpr MessageDef kTopNotMap{"input.top-not-map",
    "tệp điểm phải gồm các khóa `index:`, `locality:`, `year:`, `units:`",
    "a score file must consist of the keys `index:`, `locality:`, `year:`, `units:`"};

// --- keys ---
inline constexpr MessageDef kKeyNotText{"input.key-not-text",
    "khóa phải là văn bản",
    "a key must be plain text"};
inline constexpr MessageDef kUnknownKey{"input.unknown-key",
    "khóa không hợp lệ `{0}`; các khóa được dùng: {1}",
    "unknown key `{0}`; expected one of: {1}"};
inline constexpr MessageDef kUnknownKeySuggest{"input.unknown-key-suggest",
    "khóa không hợp lệ `{0}`; có phải là `{1}`?",
    "unknown key `{0}`; did you mean `{1}`?"};
inline constexpr MessageDef kUnitUnknownKey{"input.unit-unknown-key",
    "đơn vị `{0}`: khóa không hợp lệ `{1}`; các khóa được dùng: {2}",
    "unit `{0}`: unknown key `{1}`; expected one of: {2}"};
inline constexpr MessageDef kUnitUnknownKeySuggest{"input.unit-unknown-key-suggest",
    "đơn vị `{0}`: khóa không hợp lệ `{1}`; có phải là `{2}`?",
    "unit `{0}`: unknown key `{1}`; did you mean `{2}`?"};
inline constexpr MessageDef kMissingKey{"input.missing-key",
    "thiếu khóa `{0}`",
    "missing key `{0}`"};
inline constexpr MessageDef kUnitMissingKey{"input.unit-missing-key",
    "đơn vị `{0}`: thiếu khóa `{1}`",
    "unit `{0}`: missing key `{1}`"};
inline constexpr MessageDef kDuplicateKey{"input.duplicate-key",
    "khóa `{0}` bị lặp; đã có ở dòng {1}",
    "duplicate key `{0}`; already given on line {1}"};
inline constexpr MessageDef kUnitDuplicateKey{"input.unit-duplicate-key",
    "đơn vị `{0}`: khóa `{1}` bị lặp; đã có ở dòng {2}",
    "unit `{0}`: duplicate key `{1}`; already given on line {2}"};
inline constexpr MessageDef kDuplicateCode{"input.duplicate-code",
    "đơn vị `{0}`: mã `{1}` bị lặp; đã có ở dòng {2}",
    "unit `{0}`: code `{1}` is given twice; first on line {2}"};
inline constexpr MessageDef kSameSource{"input.same-source",
    "đơn vị `{0}`, mã `{1}`: `{2}` trùng nghĩa với `{3}` ở dòng {4}; chỉ ghi một lần",
    "unit `{0}`, code `{1}`: `{2}` means the same as `{3}` on line {4}; give it once"};
inline constexpr MessageDef kValueWithSource{"input.value-with-source",
    "đơn vị `{0}`, mã `{1}`: `{2}` (điểm ghi thẳng) không ghi chung với `{3}`, vì một trong hai sẽ bị bỏ qua; ghi điểm một mình, hoặc `{{tự_chấm: …, thẩm_định: …}}`",
    "unit `{0}`, code `{1}`: `{2}` (a plain score) cannot be given together with `{3}`, as one of the two would be dropped; give the score alone, or `{{self: …, appraised: …}}`"};
inline constexpr MessageDef kApplicabilityConflict{"input.applicability-conflict",
    "đơn vị `{0}`, mã `{1}`: `{2}` ghi \"không áp dụng\" nhưng `{3}` cho `{4}`; một tiêu chí hoặc áp dụng cho đơn vị hoặc không: ghi \"không áp dụng\" ở cả hai, hoặc điểm ở cả hai",
    "unit `{0}`, code `{1}`: `{2}` says \"not applicable\" but `{3}` gives `{4}`; a criterion applies to a unit or it does not: write \"không áp dụng\" on both sides, or a score on both"};
inline constexpr MessageDef kValueDuplicateKey{"input.value-duplicate-key",
    "đơn vị `{0}`, mã `{1}`: khóa `{2}` bị lặp; đã có ở dòng {3}",
    "unit `{0}`, code `{1}`: duplicate key `{2}`; already given on line {3}"};

// --- header fields and unit fields ---
inline constexpr MessageDef kMissingValue{"input.missing-value",
    "`{0}`: thiếu giá trị",
    "`{0}`: missing value"};
inline constexpr MessageDef kExpectedText{"input.expected-text",
    "`{0}` phải là văn bản, không phải danh sách hay bảng",
    "`{0}` must be plain text, not a list or a map"};
inline constexpr MessageDef kYearNotInteger{"input.year-not-integer",
    "`year` phải là một năm viết bằng số, ví dụ `year: 2019`",
    "`year` must be a year written in digits, e.g. `year: 2019`"};
// A partial publication (`listed:` in the header, `published_rank`, `ranked`, `reason`
// in a unit): docs/input.md and docs/language.md, "Partial publications".
inline constexpr MessageDef kListedNotMap{"input.listed-not-map",
    "`listed` phải là một bảng, ví dụ `listed: {{of: 63}}` (tệp chỉ công bố một phần trong 63 đơn vị)",
    "`listed` must be a map, e.g. `listed: {{of: 63}}` (the file lists some of 63 units)"};
inline constexpr MessageDef kListedOfNotCount{"input.listed-of-not-count",
    "`of` phải là tổng số đơn vị được đánh giá, một số nguyên từ 1, ví dụ `of: 63`; không phải `{0}`",
    "`of` must be the number of units assessed in all, a whole number from 1, e.g. `of: 63`; not `{0}`"};
inline constexpr MessageDef kPublishedRankNotRank{"input.published-rank-not-rank",
    "đơn vị `{0}`: `published_rank` phải là hạng được công bố, một số nguyên từ 1, ví dụ `published_rank: 7`; không phải `{1}`",
    "unit `{0}`: `published_rank` must be the rank as published, a whole number from 1, e.g. `published_rank: 7`; not `{1}`"};
inline constexpr MessageDef kRankedNotBool{"input.ranked-not-bool",
    "đơn vị `{0}`: `ranked` chỉ nhận `false` (đơn vị không được xếp hạng) hoặc `true`; không phải `{1}`",
    "unit `{0}`: `ranked` takes `false` (the unit is not ranked) or `true`; not `{1}`"};
inline constexpr MessageDef kReasonWithoutUnranked{"input.reason-without-unranked",
    "đơn vị `{0}`: `reason` là lý do không xếp hạng, chỉ ghi cùng `ranked: false`",
    "unit `{0}`: `reason` is why a unit is not ranked; give it only with `ranked: false`"};
inline constexpr MessageDef kPublishedRankUnranked{"input.published-rank-unranked",
    "đơn vị `{0}`: đơn vị không được xếp hạng (`ranked: false`) thì không có `published_rank`",
    "unit `{0}`: a unit that is not ranked (`ranked: false`) has no `published_rank`"};
inline constexpr MessageDef kUnitsNotList{"input.units-not-list",
    "`units` phải là danh sách đơn vị, mỗi đơn vị bắt đầu bằng `- `",
    "`units` must be a list of units, each starting with `- `"};
inline constexpr MessageDef kUnitNotMap{"input.unit-not-map",
    "đơn vị thứ {0} phải gồm các khóa `id:`, `name:`, `block:`, …",
    "unit #{0} must consist of the keys `id:`, `name:`, `block:`, …"};
inline constexpr MessageDef kDuplicateUnit{"input.duplicate-unit",
    "mã đơn vị `{0}` bị lặp; đã dùng ở dòng {1}",
    "unit id `{0}` is used twice; first on line {1}"};
inline constexpr MessageDef kUnitMissingValue{"input.unit-missing-value",
    "đơn vị `{0}`: `{1}` thiếu giá trị",
    "unit `{0}`: `{1}` has no value"};
inline constexpr MessageDef kUnitExpectedText{"input.unit-expected-text",
    "đơn vị `{0}`: `{1}` phải là văn bản, không phải danh sách hay bảng",
    "unit `{0}`: `{1}` must be plain text, not a list or a map"};
// {2}: the character, e.g. "U+202E (RIGHT-TO-LEFT OVERRIDE)".
inline constexpr MessageDef kUnitControlChar{"input.unit-control-char",
    "đơn vị `{0}`: `{1}` chứa ký tự điều khiển {2}: ký tự này không nhìn thấy được nhưng làm sai lệch bảng kết quả "
    "và bảng tính; hãy xoá nó (tên không được chứa tab hay xuống dòng)",
    "unit `{0}`: `{1}` holds the control character {2}, which is invisible but garbles the results and spreadsheets; "
    "delete it (a name may not hold a tab or a line break either)"};
inline constexpr MessageDef kFlagsNotList{"input.flags-not-list",
    "đơn vị `{0}`: `flags` phải là danh sách, ví dụ `flags: [kỷ luật]`",
    "unit `{0}`: `flags` must be a list, e.g. `flags: [kỷ luật]`"};
inline constexpr MessageDef kFlagNotText{"input.flag-not-text",
    "đơn vị `{0}`: mỗi nhãn trong `flags` phải là văn bản",
    "unit `{0}`: each entry of `flags` must be plain text"};
inline constexpr MessageDef kPredecessorsNotList{"input.predecessors-not-list",
    "đơn vị `{0}`: `predecessors` phải là danh sách mã đơn vị năm trước, ví dụ `predecessors: [an-lao, kien-thuy]` (`[]`: đơn vị mới)",
    "unit `{0}`: `predecessors` must be a list of last year's unit ids, e.g. `predecessors: [an-lao, kien-thuy]` (`[]`: a new unit)"};
inline constexpr MessageDef kPredecessorNotText{"input.predecessor-not-text",
    "đơn vị `{0}`: mỗi mục trong `predecessors` phải là mã một đơn vị năm trước",
    "unit `{0}`: each entry of `predecessors` must be the id of one of last year's units"};
inline constexpr MessageDef kPredecessorTwice{"input.predecessor-twice",
    "đơn vị `{0}`: đơn vị năm trước `{1}` được ghi hai lần trong `predecessors`",
    "unit `{0}`: last year's unit `{1}` is listed twice in `predecessors`"};
inline constexpr MessageDef kScoresNotMap{"input.scores-not-map",
    "đơn vị `{0}`: `scores` phải gồm các dòng `mã: giá trị`",
    "unit `{0}`: `scores` must consist of `code: value` lines"};

// --- values ---
inline constexpr MessageDef kValueMissing{"input.value-missing",
    "đơn vị `{0}`, mã `{1}`: thiếu giá trị",
    "unit `{0}`, code `{1}`: missing value"};
inline constexpr MessageDef kValueIsList{"input.value-is-list",
    "đơn vị `{0}`, mã `{1}`: giá trị không được là danh sách",
    "unit `{0}`, code `{1}`: a value cannot be a list"};
inline constexpr MessageDef kValueTooDeep{"input.value-too-deep",
    "đơn vị `{0}`, mã `{1}`: giá trị lồng nhau quá sâu; xem các dạng giá trị trong docs/input.md",
    "unit `{0}`, code `{1}`: the value is nested too deeply; see the value forms in docs/input.md"};
inline constexpr MessageDef kMixedSources{"input.mixed-sources",
    "đơn vị `{0}`, mã `{1}`: không dùng chung `{2}` với `self`, `appraised`, `value`",
    "unit `{0}`, code `{1}`: `{2}` cannot be mixed with `self`, `appraised`, `value`"};
inline constexpr MessageDef kMixedSourcesSuggest{"input.mixed-sources-suggest",
    "đơn vị `{0}`, mã `{1}`: khóa không hợp lệ `{2}`; có phải là `{3}`?",
    "unit `{0}`, code `{1}`: unknown key `{2}`; did you mean `{3}`?"};
inline constexpr MessageDef kNamedNotNumber{"input.named-not-number",
    "đơn vị `{0}`, mã `{1}`: `{2}` phải là một số",
    "unit `{0}`, code `{1}`: `{2}` must be a number"};
inline constexpr MessageDef kNotFinite{"input.not-finite",
    "đơn vị `{0}`, mã `{1}`: `{2}` không phải là một số; hãy ghi số như 8.5",
    "unit `{0}`, code `{1}`: `{2}` is not a number; write a number such as 8.5"};
inline constexpr MessageDef kDecimalComma{"input.decimal-comma",
    "đơn vị `{0}`, mã `{1}`: dùng dấu chấm thập phân: viết `{2}` thay cho `{3}`",
    "unit `{0}`, code `{1}`: use a decimal point: write `{2}` instead of `{3}`"};
inline constexpr MessageDef kAmbiguousComma{"input.ambiguous-comma",
    "đơn vị `{0}`, mã `{1}`: `{2}` không rõ nghĩa: viết `{3}` nếu là số thập phân, `{4}` nếu là số nguyên",
    "unit `{0}`, code `{1}`: `{2}` is ambiguous: write `{3}` for a decimal, `{4}` for a whole number"};
inline constexpr MessageDef kAmbiguousDot{"input.ambiguous-dot",
    "đơn vị `{0}`, mã `{1}`: `{2}` không rõ nghĩa (trong Excel tiếng Việt dấu chấm phân cách hàng nghìn): viết `{3}` nếu là số nguyên, `{4}` nếu là số thập phân",
    "unit `{0}`, code `{1}`: `{2}` is ambiguous (Vietnamese spreadsheets use the dot between thousands): write `{3}` for a whole number, `{4}` for a decimal"};
inline constexpr MessageDef kThousandsSeparator{"input.thousands-separator",
    "đơn vị `{0}`, mã `{1}`: không dùng dấu phân cách hàng nghìn: viết `{2}` thay cho `{3}`",
    "unit `{0}`, code `{1}`: do not group thousands: write `{2}` instead of `{3}`"};
inline constexpr MessageDef kNumberTooLong{"input.number-too-long",
    "đơn vị `{0}`, mã `{1}`: số `{2}` quá dài để tính chính xác (tối đa 18 chữ số)",
    "unit `{0}`, code `{1}`: the number `{2}` is too long for exact arithmetic (at most 18 digits)"};
inline constexpr MessageDef kNumberForm{"input.number-form",
    "đơn vị `{0}`, mã `{1}`: không dùng được cách viết số `{2}`; hãy viết số thập phân thường như 1500 hoặc 8.5",
    "unit `{0}`, code `{1}`: the number form `{2}` is not accepted; write a plain decimal such as 1500 or 8.5"};

}  // namespace chiso::msg::input
