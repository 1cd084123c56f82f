// Every message of the score loader, rendered exactly (position, source line,
// caret) in Vietnamese and English, one file per message.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "engine/input/input_messages.hpp"
#include "input_test_util.hpp"

namespace chiso {
namespace {

using test::scores_file;
using test::unit_file;

// One rendered error: "scores.yaml:L:C: error: message", the source line and a
// caret under character column C.
std::string err(int line, int col, const std::string& message, const std::string& source_line) {
    return "scores.yaml:" + std::to_string(line) + ":" + std::to_string(col) + ": error: " + message + "\n  " +
           source_line + "\n  " + std::string(static_cast<std::size_t>(col - 1), ' ') + "^\n";
}

struct Case {
    std::string id;  // the message the case is for
    std::string yaml;
    std::string vi;
    std::string en;
};

std::string header_with(const std::string& units) { return "index: par\nlocality: haiphong\nyear: 2019\n" + units; }

const std::vector<Case>& cases() {
    static const std::vector<Case> all = {
        {"input.invalid-utf8", "index: par\nlocality: H\xE1i Ph\xF2ng\n",
         err(2, 12, "tệp không phải văn bản UTF-8: hãy lưu lại tệp với bảng mã UTF-8", "locality: H\\xE1i Ph\\xF2ng"),
         err(2, 12, "the file is not UTF-8 text: save it again with the UTF-8 encoding", "locality: H\\xE1i Ph\\xF2ng")},
        {"input.not-yaml", "index: par\nlocality: haiphong\n year: 2019\n",
         err(3, 6,
             "tệp không đúng cú pháp YAML (mapping values are not allowed in this context); kiểm tra thụt lề và dấu `:` ở dòng này hoặc dòng trên",
             " year: 2019"),
         err(3, 6,
             "the file is not valid YAML (mapping values are not allowed in this context); check the indentation and "
             "the `:` on this line or the one above",
             " year: 2019")},
        {"input.yaml-line-break", unit_file("    group: Quận\xC2\x85 1\n"),
         err(8, 16,
             "ký tự vô hình U+0085 (NEXT LINE) ở đây: YAML đọc nó như một lần xuống dòng nên dòng này bị cắt đôi; "
             "hãy xoá nó (thường do sao chép từ Word hoặc trang web)",
             "    group: Quận[U+0085] 1"),
         err(8, 16,
             "the invisible character U+0085 (NEXT LINE) here: YAML reads it as a line break, which cuts this line "
             "in two; delete it (it usually comes from copying out of Word or a web page)",
             "    group: Quận[U+0085] 1")},
        {"input.unclosed-quote", unit_file("    group: \"Quận\n"),
         err(8, 12, "chuỗi trong dấu nháy bắt đầu ở đây không có dấu nháy đóng", "    group: \"Quận"),
         err(8, 12, "the quoted text that starts here is never closed", "    group: \"Quận")},
        {"input.empty-file", "# synthetic: chưa có dữ liệu\n", "scores.yaml: error: tệp điểm trống: không có dữ liệu\n",
         "scores.yaml: error: the score file is empty\n"},
        {"input.multiple-documents", header_with("units: []\n---\nindex: dti\n"),
         err(6, 1, "tệp chỉ được chứa một tài liệu YAML; tài liệu thứ hai (sau dấu `---`) bắt đầu ở đây", "index: dti"),
         err(6, 1, "the file must hold a single YAML document; a second one (after `---`) starts here",
             "index: dti")},
        {"input.top-not-map", "- par\n- haiphong\n",
         err(1, 1, "tệp điểm phải gồm các khóa `index:`, `locality:`, `year:`, `units:`", "- par"),
         err(1, 1, "a score file must consist of the keys `index:`, `locality:`, `year:`, `units:`", "- par")},
        {"input.key-not-text", scores_file("      [1.1]: 2\n"),
         err(9, 7, "khóa phải là văn bản", "      [1.1]: 2"),
         err(9, 7, "a key must be plain text", "      [1.1]: 2")},
        {"input.unknown-key", header_with("units: []\nghi chú: x\n"),
         err(5, 1, "khóa không hợp lệ `ghi chú`; các khóa được dùng: `index`, `locality`, `year`, `units`, `previous`, `listed`, `answers`",
             "ghi chú: x"),
         err(5, 1, "unknown key `ghi chú`; expected one of: `index`, `locality`, `year`, `units`, `previous`, `listed`, `answers`", "ghi chú: x")},
        {"input.unknown-key-suggest", "index: par\nlocalty: haiphong\nyear: 2019\nunits: []\n",
         err(2, 1, "khóa không hợp lệ `localty`; có phải là `locality`?", "localty: haiphong"),
         err(2, 1, "unknown key `localty`; did you mean `locality`?", "localty: haiphong")},
        {"input.unit-unknown-key", unit_file("    ghi_chú: x\n"),
         err(8, 5,
             "đơn vị `ngo-quyen`: khóa không hợp lệ `ghi_chú`; các khóa được dùng: `id`, `name`, `block`, `group`, "
             "`flags`, `scores`, `predecessors`, `published_rank`, `ranked`, `reason`",
             "    ghi_chú: x"),
         err(8, 5,
             "unit `ngo-quyen`: unknown key `ghi_chú`; expected one of: `id`, `name`, `block`, `group`, `flags`, "
             "`scores`, `predecessors`, `published_rank`, `ranked`, `reason`",
             "    ghi_chú: x")},
        {"input.unit-unknown-key-suggest", unit_file("    flag: [kỷ luật]\n"),
         err(8, 5, "đơn vị `ngo-quyen`: khóa không hợp lệ `flag`; có phải là `flags`?", "    flag: [kỷ luật]"),
         err(8, 5, "unit `ngo-quyen`: unknown key `flag`; did you mean `flags`?", "    flag: [kỷ luật]")},
        {"input.missing-key", "index: par\nlocality: haiphong\nunits: []\n",
         err(1, 1, "thiếu khóa `year`", "index: par"), err(1, 1, "missing key `year`", "index: par")},
        {"input.unit-missing-key", header_with("units:\n  - id: ngo-quyen\n    name: Quận Ngô Quyền\n"),
         err(5, 5, "đơn vị `ngo-quyen`: thiếu khóa `block`", "  - id: ngo-quyen"),
         err(5, 5, "unit `ngo-quyen`: missing key `block`", "  - id: ngo-quyen")},
        {"input.duplicate-key", "index: par\nindex: dti\nlocality: haiphong\nyear: 2019\nunits: []\n",
         err(2, 1, "khóa `index` bị lặp; đã có ở dòng 1", "index: dti"),
         err(2, 1, "duplicate key `index`; already given on line 1", "index: dti")},
        {"input.unit-duplicate-key", unit_file("    name: Ngô Quyền\n"),
         err(8, 5, "đơn vị `ngo-quyen`: khóa `name` bị lặp; đã có ở dòng 6", "    name: Ngô Quyền"),
         err(8, 5, "unit `ngo-quyen`: duplicate key `name`; already given on line 6", "    name: Ngô Quyền")},
        {"input.duplicate-code", scores_file("      \"1.1\": 1\n      1.1: 2\n"),
         err(10, 7, "đơn vị `ngo-quyen`: mã `1.1` bị lặp; đã có ở dòng 9", "      1.1: 2"),
         err(10, 7, "unit `ngo-quyen`: code `1.1` is given twice; first on line 9", "      1.1: 2")},
        {"input.same-source", scores_file("      \"1.2\": {self: 1, tự_chấm: 2}\n"),
         err(9, 24, "đơn vị `ngo-quyen`, mã `1.2`: `tự_chấm` trùng nghĩa với `self` ở dòng 9; chỉ ghi một lần",
             "      \"1.2\": {self: 1, tự_chấm: 2}"),
         err(9, 24, "unit `ngo-quyen`, code `1.2`: `tự_chấm` means the same as `self` on line 9; give it once",
             "      \"1.2\": {self: 1, tự_chấm: 2}")},
        {"input.value-with-source", scores_file("      \"1.2\": {value: 8, appraised: 7}\n"),
         err(9, 25, "đơn vị `ngo-quyen`, mã `1.2`: `value` (điểm ghi thẳng) không ghi chung với `appraised`, vì một trong hai sẽ bị bỏ qua; ghi điểm một mình, hoặc `{tự_chấm: …, thẩm_định: …}`",
             "      \"1.2\": {value: 8, appraised: 7}"),
         err(9, 25, "unit `ngo-quyen`, code `1.2`: `value` (a plain score) cannot be given together with `appraised`, as one of the two would be dropped; give the score alone, or `{self: …, appraised: …}`",
             "      \"1.2\": {value: 8, appraised: 7}")},
        {"input.applicability-conflict", scores_file("      \"1.2\": {tự_chấm: không áp dụng, thẩm_định: 18}\n"),
         err(9, 39, "đơn vị `ngo-quyen`, mã `1.2`: `tự_chấm` ghi \"không áp dụng\" nhưng `thẩm_định` cho `18`; một tiêu chí hoặc áp dụng cho đơn vị hoặc không: ghi \"không áp dụng\" ở cả hai, hoặc điểm ở cả hai",
             "      \"1.2\": {tự_chấm: không áp dụng, thẩm_định: 18}"),
         err(9, 39, "unit `ngo-quyen`, code `1.2`: `tự_chấm` says \"not applicable\" but `thẩm_định` gives `18`; a criterion applies to a unit or it does not: write \"không áp dụng\" on both sides, or a score on both",
             "      \"1.2\": {tự_chấm: không áp dụng, thẩm_định: 18}")},
        {"input.value-duplicate-key", scores_file("      \"4.2\": {done: 8, done: 9}\n"),
         err(9, 24, "đơn vị `ngo-quyen`, mã `4.2`: khóa `done` bị lặp; đã có ở dòng 9",
             "      \"4.2\": {done: 8, done: 9}"),
         err(9, 24, "unit `ngo-quyen`, code `4.2`: duplicate key `done`; already given on line 9",
             "      \"4.2\": {done: 8, done: 9}")},
        {"input.missing-value", "index:\nlocality: haiphong\nyear: 2019\nunits: []\n",
         err(1, 1, "`index`: thiếu giá trị", "index:"), err(1, 1, "`index`: missing value", "index:")},
        {"input.expected-text", "index: [par, dti]\nlocality: haiphong\nyear: 2019\nunits: []\n",
         err(1, 8, "`index` phải là văn bản, không phải danh sách hay bảng", "index: [par, dti]"),
         err(1, 8, "`index` must be plain text, not a list or a map", "index: [par, dti]")},
        {"input.year-not-integer", "index: par\nlocality: haiphong\nyear: năm 2019\nunits: []\n",
         err(3, 7, "`year` phải là một năm viết bằng số, ví dụ `year: 2019`", "year: năm 2019"),
         err(3, 7, "`year` must be a year written in digits, e.g. `year: 2019`", "year: năm 2019")},
        {"input.units-not-list", header_with("units: ngo-quyen\n"),
         err(4, 8, "`units` phải là danh sách đơn vị, mỗi đơn vị bắt đầu bằng `- `", "units: ngo-quyen"),
         err(4, 8, "`units` must be a list of units, each starting with `- `", "units: ngo-quyen")},
        {"input.unit-not-map", header_with("units:\n  - ngo-quyen\n"),
         err(5, 5, "đơn vị thứ 1 phải gồm các khóa `id:`, `name:`, `block:`, …", "  - ngo-quyen"),
         err(5, 5, "unit #1 must consist of the keys `id:`, `name:`, `block:`, …", "  - ngo-quyen")},
        {"input.duplicate-unit", unit_file("  - id: ngo-quyen\n    name: Quận Ngô Quyền (2)\n    block: huyen\n"),
         err(8, 9, "mã đơn vị `ngo-quyen` bị lặp; đã dùng ở dòng 5", "  - id: ngo-quyen"),
         err(8, 9, "unit id `ngo-quyen` is used twice; first on line 5", "  - id: ngo-quyen")},
        {"input.unit-missing-value", unit_file("    group:\n"),
         err(8, 5, "đơn vị `ngo-quyen`: `group` thiếu giá trị", "    group:"),
         err(8, 5, "unit `ngo-quyen`: `group` has no value", "    group:")},
        // Vietnamese text before the error on the same line: character column 46,
        // byte column 56 (see UnitExpectedTextCountsCharacters below).
        {"input.unit-expected-text", header_with("units:\n  - {id: đống-đa, name: Quận Đống Đa, block: [quận]}\n"),
         err(5, 46, "đơn vị `đống-đa`: `block` phải là văn bản, không phải danh sách hay bảng",
             "  - {id: đống-đa, name: Quận Đống Đa, block: [quận]}"),
         err(5, 46, "unit `đống-đa`: `block` must be plain text, not a list or a map",
             "  - {id: đống-đa, name: Quận Đống Đa, block: [quận]}")},
        // The caret under the character itself (echoed `[U+202E]`), column 21.
        {"input.unit-control-char", unit_file("    group: \"Quận Ngô\xE2\x80\xAEQuyền\"\n"),
         err(8, 21,
             "đơn vị `ngo-quyen`: `group` chứa ký tự điều khiển U+202E (RIGHT-TO-LEFT OVERRIDE): ký tự này không nhìn "
             "thấy được nhưng làm sai lệch bảng kết quả và bảng tính; hãy xoá nó (tên không được chứa tab hay xuống dòng)",
             "    group: \"Quận Ngô[U+202E]Quyền\""),
         err(8, 21,
             "unit `ngo-quyen`: `group` holds the control character U+202E (RIGHT-TO-LEFT OVERRIDE), which is "
             "invisible but garbles the results and spreadsheets; delete it (a name may not hold a tab or a line break "
             "either)",
             "    group: \"Quận Ngô[U+202E]Quyền\"")},
        {"input.flags-not-list", unit_file("    flags: kỷ luật\n"),
         err(8, 12, "đơn vị `ngo-quyen`: `flags` phải là danh sách, ví dụ `flags: [kỷ luật]`", "    flags: kỷ luật"),
         err(8, 12, "unit `ngo-quyen`: `flags` must be a list, e.g. `flags: [kỷ luật]`", "    flags: kỷ luật")},
        {"input.flag-not-text", unit_file("    flags: [kỷ luật, {b: c}]\n"),
         err(8, 22, "đơn vị `ngo-quyen`: mỗi nhãn trong `flags` phải là văn bản", "    flags: [kỷ luật, {b: c}]"),
         err(8, 22, "unit `ngo-quyen`: each entry of `flags` must be plain text", "    flags: [kỷ luật, {b: c}]")},
        {"input.scores-not-map", unit_file("    scores: [1, 2]\n"),
         err(8, 13, "đơn vị `ngo-quyen`: `scores` phải gồm các dòng `mã: giá trị`", "    scores: [1, 2]"),
         err(8, 13, "unit `ngo-quyen`: `scores` must consist of `code: value` lines", "    scores: [1, 2]")},
        {"input.value-missing", scores_file("      \"1.1\":\n      \"1.2\": 1\n"),
         err(9, 7, "đơn vị `ngo-quyen`, mã `1.1`: thiếu giá trị", "      \"1.1\":"),
         err(9, 7, "unit `ngo-quyen`, code `1.1`: missing value", "      \"1.1\":")},
        {"input.value-is-list", scores_file("      \"1.1\": [1, 2]\n"),
         err(9, 14, "đơn vị `ngo-quyen`, mã `1.1`: giá trị không được là danh sách", "      \"1.1\": [1, 2]"),
         err(9, 14, "unit `ngo-quyen`, code `1.1`: a value cannot be a list", "      \"1.1\": [1, 2]")},
        {"input.value-too-deep", scores_file("      \"4.3\": {self: {done: {a: 1}}}\n"),
         err(9, 28,
             "đơn vị `ngo-quyen`, mã `4.3 / self / done`: giá trị lồng nhau quá sâu; xem các dạng giá trị trong "
             "docs/input.md",
             "      \"4.3\": {self: {done: {a: 1}}}"),
         err(9, 28,
             "unit `ngo-quyen`, code `4.3 / self / done`: the value is nested too deeply; see the value forms in "
             "docs/input.md",
             "      \"4.3\": {self: {done: {a: 1}}}")},
        {"input.mixed-sources", scores_file("      \"1.2\": {self: 2, done: 1}\n"),
         err(9, 24, "đơn vị `ngo-quyen`, mã `1.2`: không dùng chung `done` với `self`, `appraised`, `value`",
             "      \"1.2\": {self: 2, done: 1}"),
         err(9, 24, "unit `ngo-quyen`, code `1.2`: `done` cannot be mixed with `self`, `appraised`, `value`",
             "      \"1.2\": {self: 2, done: 1}")},
        {"input.mixed-sources-suggest", scores_file("      \"1.2\": {tự_chấm: 2, thầm_định: 1}\n"),
         err(9, 27, "đơn vị `ngo-quyen`, mã `1.2`: khóa không hợp lệ `thầm_định`; có phải là `thẩm_định`?",
             "      \"1.2\": {tự_chấm: 2, thầm_định: 1}"),
         err(9, 27, "unit `ngo-quyen`, code `1.2`: unknown key `thầm_định`; did you mean `thẩm_định`?",
             "      \"1.2\": {tự_chấm: 2, thầm_định: 1}")},
        {"input.named-not-number", scores_file("      \"4.2\": {done: tám, assigned: 10}\n"),
         err(9, 21, "đơn vị `ngo-quyen`, mã `4.2 / done`: `tám` phải là một số",
             "      \"4.2\": {done: tám, assigned: 10}"),
         err(9, 21, "unit `ngo-quyen`, code `4.2 / done`: `tám` must be a number",
             "      \"4.2\": {done: tám, assigned: 10}")},
        {"input.not-finite", scores_file("      \"1.1\": .inf\n"),
         err(9, 14, "đơn vị `ngo-quyen`, mã `1.1`: `.inf` không phải là một số; hãy ghi số như 8.5",
             "      \"1.1\": .inf"),
         err(9, 14, "unit `ngo-quyen`, code `1.1`: `.inf` is not a number; write a number such as 8.5",
             "      \"1.1\": .inf")},
        {"input.decimal-comma", scores_file("      \"1.1\": 8,5\n"),
         err(9, 14, "đơn vị `ngo-quyen`, mã `1.1`: dùng dấu chấm thập phân: viết `8.5` thay cho `8,5`",
             "      \"1.1\": 8,5"),
         err(9, 14, "unit `ngo-quyen`, code `1.1`: use a decimal point: write `8.5` instead of `8,5`",
             "      \"1.1\": 8,5")},
        {"input.listed-not-map", header_with("listed: 63\nunits: []\n"),
         err(4, 9, "`listed` phải là một bảng, ví dụ `listed: {of: 63}` (tệp chỉ công bố một phần trong 63 đơn vị)",
             "listed: 63"),
         err(4, 9, "`listed` must be a map, e.g. `listed: {of: 63}` (the file lists some of 63 units)", "listed: 63")},
        {"input.listed-of-not-count", header_with("listed: {of: 0}\nunits: []\n"),
         err(4, 14,
             "`of` phải là tổng số đơn vị được đánh giá, một số nguyên từ 1, ví dụ `of: 63`; không phải `0`",
             "listed: {of: 0}"),
         err(4, 14, "`of` must be the number of units assessed in all, a whole number from 1, e.g. `of: 63`; not `0`",
             "listed: {of: 0}")},
        {"input.published-rank-not-rank", unit_file("    published_rank: 7.5\n"),
         err(8, 21,
             "đơn vị `ngo-quyen`: `published_rank` phải là hạng được công bố, một số nguyên từ 1, ví dụ "
             "`published_rank: 7`; không phải `7.5`",
             "    published_rank: 7.5"),
         err(8, 21,
             "unit `ngo-quyen`: `published_rank` must be the rank as published, a whole number from 1, e.g. "
             "`published_rank: 7`; not `7.5`",
             "    published_rank: 7.5")},
        {"input.ranked-not-bool", unit_file("    ranked: thôi\n"),
         err(8, 13, "đơn vị `ngo-quyen`: `ranked` chỉ nhận `false` (đơn vị không được xếp hạng) hoặc `true`; không phải `thôi`",
             "    ranked: thôi"),
         err(8, 13, "unit `ngo-quyen`: `ranked` takes `false` (the unit is not ranked) or `true`; not `thôi`",
             "    ranked: thôi")},
        {"input.reason-without-unranked", unit_file("    reason: thiếu phiếu\n"),
         err(8, 5, "đơn vị `ngo-quyen`: `reason` là lý do không xếp hạng, chỉ ghi cùng `ranked: false`",
             "    reason: thiếu phiếu"),
         err(8, 5, "unit `ngo-quyen`: `reason` is why a unit is not ranked; give it only with `ranked: false`",
             "    reason: thiếu phiếu")},
        {"input.published-rank-unranked", unit_file("    ranked: false\n    published_rank: 3\n"),
         err(9, 21, "đơn vị `ngo-quyen`: đơn vị không được xếp hạng (`ranked: false`) thì không có `published_rank`",
             "    published_rank: 3"),
         err(9, 21, "unit `ngo-quyen`: a unit that is not ranked (`ranked: false`) has no `published_rank`",
             "    published_rank: 3")},
        {"input.predecessors-not-list", unit_file("    predecessors: an-lao\n"),
         err(8, 19,
             "đơn vị `ngo-quyen`: `predecessors` phải là danh sách mã đơn vị năm trước, ví dụ `predecessors: "
             "[an-lao, kien-thuy]` (`[]`: đơn vị mới)",
             "    predecessors: an-lao"),
         err(8, 19,
             "unit `ngo-quyen`: `predecessors` must be a list of last year's unit ids, e.g. `predecessors: [an-lao, "
             "kien-thuy]` (`[]`: a new unit)",
             "    predecessors: an-lao")},
        {"input.predecessor-not-text", unit_file("    predecessors: [{id: x}]\n"),
         err(8, 20, "đơn vị `ngo-quyen`: mỗi mục trong `predecessors` phải là mã một đơn vị năm trước",
             "    predecessors: [{id: x}]"),
         err(8, 20, "unit `ngo-quyen`: each entry of `predecessors` must be the id of one of last year's units",
             "    predecessors: [{id: x}]")},
        {"input.predecessor-twice", unit_file("    predecessors: [an-lao, an-lao]\n"),
         err(8, 28, "đơn vị `ngo-quyen`: đơn vị năm trước `an-lao` được ghi hai lần trong `predecessors`",
             "    predecessors: [an-lao, an-lao]"),
         err(8, 28, "unit `ngo-quyen`: last year's unit `an-lao` is listed twice in `predecessors`",
             "    predecessors: [an-lao, an-lao]")},
        {"input.ambiguous-dot", scores_file("      \"4.2\": {done: 1.185, assigned: 1250}\n"),
         err(9, 21,
             "đơn vị `ngo-quyen`, mã `4.2 / done`: `1.185` không rõ nghĩa (trong Excel tiếng Việt dấu chấm phân cách "
             "hàng nghìn): viết `1185` nếu là số nguyên, `1.1850` nếu là số thập phân",
             "      \"4.2\": {done: 1.185, assigned: 1250}"),
         err(9, 21,
             "unit `ngo-quyen`, code `4.2 / done`: `1.185` is ambiguous (Vietnamese spreadsheets use the dot between "
             "thousands): write `1185` for a whole number, `1.1850` for a decimal",
             "      \"4.2\": {done: 1.185, assigned: 1250}")},
        {"input.ambiguous-comma", scores_file("      \"1.1\": 1,250\n"),
         err(9, 14,
             "đơn vị `ngo-quyen`, mã `1.1`: `1,250` không rõ nghĩa: viết `1.250` nếu là số thập phân, `1250` nếu là "
             "số nguyên",
             "      \"1.1\": 1,250"),
         err(9, 14,
             "unit `ngo-quyen`, code `1.1`: `1,250` is ambiguous: write `1.250` for a decimal, `1250` for a whole "
             "number",
             "      \"1.1\": 1,250")},
        {"input.thousands-separator", scores_file("      \"1.1\": 1.250.000\n"),
         err(9, 14,
             "đơn vị `ngo-quyen`, mã `1.1`: không dùng dấu phân cách hàng nghìn: viết `1250000` thay cho `1.250.000`",
             "      \"1.1\": 1.250.000"),
         err(9, 14, "unit `ngo-quyen`, code `1.1`: do not group thousands: write `1250000` instead of `1.250.000`",
             "      \"1.1\": 1.250.000")},
        {"input.number-too-long", scores_file("      \"1.1\": 1234567890.1234567890\n"),
         err(9, 14,
             "đơn vị `ngo-quyen`, mã `1.1`: số `1234567890.1234567890` quá dài để tính chính xác (tối đa 18 chữ số)",
             "      \"1.1\": 1234567890.1234567890"),
         err(9, 14,
             "unit `ngo-quyen`, code `1.1`: the number `1234567890.1234567890` is too long for exact arithmetic (at "
             "most 18 digits)",
             "      \"1.1\": 1234567890.1234567890")},
        {"input.number-form", scores_file("      \"1.1\": 1e3\n"),
         err(9, 14,
             "đơn vị `ngo-quyen`, mã `1.1`: không dùng được cách viết số `1e3`; hãy viết số thập phân thường như 1500 "
             "hoặc 8.5",
             "      \"1.1\": 1e3"),
         err(9, 14,
             "unit `ngo-quyen`, code `1.1`: the number form `1e3` is not accepted; write a plain decimal such as 1500 "
             "or 8.5",
             "      \"1.1\": 1e3")},
    };
    return all;
}

class Message : public ::testing::TestWithParam<Case> {};

TEST_P(Message, RendersExactlyInBothLanguages) {
    const Case& c = GetParam();
    SourceSet sources;
    test::Loaded r = test::load(sources, c.yaml);
    EXPECT_FALSE(r.sheet);
    ASSERT_EQ(r.diags.items().size(), 1u) << r.en();
    EXPECT_EQ(r.diags.items()[0].message->id, c.id);
    EXPECT_EQ(r.vi(), c.vi);
    EXPECT_EQ(r.en(), c.en);
}

// "input.decimal-comma" -> test name "decimal_comma".
std::string case_name(const ::testing::TestParamInfo<Case>& param_info) {
    std::string name = param_info.param.id.substr(std::string("input.").size());
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Input, Message, ::testing::ValuesIn(cases()), case_name);

TEST(Message, UnitExpectedTextCountsCharacters) {
    SourceSet sources;
    test::Loaded r = test::load(sources, header_with("units:\n  - {id: đống-đa, name: Quận Đống Đa, block: [quận]}\n"));
    ASSERT_EQ(r.diags.items().size(), 1u);
    // 45 characters precede `[`; đ, Đ take 2 bytes and ố, ậ 3: 10 bytes more.
    EXPECT_EQ(r.diags.items()[0].loc.byte_col, 56u);
    EXPECT_EQ(r.diags.items()[0].loc.char_col(), 46u);
}

TEST(Message, DecimalCommaInsideAFlowMapAfterVietnameseText) {
    // In `{…}` YAML splits 8,5 into the entries `tự_chấm: 8` and `5:`; the loader
    // recognises the split from the source text.
    SourceSet sources;
    test::Loaded r = test::load(sources, scores_file("      \"1.2\": {tự_chấm: 8,5, thẩm_định: 8}\n"));
    EXPECT_EQ(r.vi(), err(9, 24,
                          "đơn vị `ngo-quyen`, mã `1.2 / tự_chấm`: dùng dấu chấm thập phân: viết `8.5` thay cho `8,5`",
                          "      \"1.2\": {tự_chấm: 8,5, thẩm_định: 8}"));
    EXPECT_EQ(r.en(), err(9, 24,
                          "unit `ngo-quyen`, code `1.2 / tự_chấm`: use a decimal point: write `8.5` instead of `8,5`",
                          "      \"1.2\": {tự_chấm: 8,5, thẩm_định: 8}"));
    ASSERT_EQ(r.diags.items().size(), 1u);
    EXPECT_EQ(r.diags.items()[0].loc.byte_col, 28u);
}

TEST(Message, FileTooLarge) {
    SourceSet sources;
    test::Loaded r = test::load(sources, std::string(kMaxScoreFileBytes + 1, ' '));
    EXPECT_FALSE(r.sheet);
    EXPECT_EQ(r.vi(), "scores.yaml: error: tệp điểm quá lớn (268435457 byte); giới hạn là 256 MiB\n");
    EXPECT_EQ(r.en(), "scores.yaml: error: the score file is too large (268435457 bytes); the limit is 256 MiB\n");
}

// 101 nested lists: refused at the bracket over the limit, while the tree is built
// (the 209-character line is echoed shortened, so not through `err`).
TEST(Message, NestedTooDeeply) {
    SourceSet sources;
    test::Loaded r = test::load(sources, header_with("units: " + std::string(101, '[') + std::string(101, ']') + "\n"));
    EXPECT_FALSE(r.sheet);
    ASSERT_EQ(r.diags.items().size(), 1u);
    EXPECT_EQ(r.diags.items()[0].message->id, std::string("input.too-deep"));
    EXPECT_EQ(r.diags.items()[0].loc.line, 4u);
    EXPECT_EQ(r.diags.items()[0].loc.char_col(), 108u);
    EXPECT_NE(r.en().find("the data is nested too deeply (more than 100 levels of lists or maps: `-`, `?`, `[`, `{` or "
                          "indentation)"),
              std::string::npos)
        << r.en();
}

// The same limit and message for block style, at the `-` that opens level 101.
TEST(Message, BlockListsNestedTooDeeply) {
    SourceSet sources;
    std::string deep = "units:\n  ";
    for (int i = 0; i < 150; ++i) deep += "- ";
    test::Loaded r = test::load(sources, header_with(deep + "x\n"));
    EXPECT_FALSE(r.sheet);
    ASSERT_EQ(r.diags.items().size(), 1u);
    EXPECT_EQ(r.diags.items()[0].message->id, std::string("input.too-deep"));
    EXPECT_EQ(r.diags.items()[0].loc.line, 5u);
    EXPECT_EQ(r.diags.items()[0].loc.char_col(), 203u);  // `units` is level 0, its list level 1
}

// Aliases that would make the loader walk billions of nodes ("billion laughs").
TEST(Message, AliasesRepeatingTooMuch) {
    std::string text = header_with("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; ++i) {
        const std::string prev = "*a" + std::to_string(i - 1);
        text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev;
        for (int k = 1; k < 10; ++k) text += ", " + prev;
        text += "]\n";
    }
    SourceSet sources;
    test::Loaded r = test::load(sources, text);
    EXPECT_FALSE(r.sheet);
    const std::string limit = std::to_string(100000 + text.size());  // kMaxAliasNodes and a node per byte
    const std::string line = "a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]";  // the 8th *a3 crosses
    EXPECT_EQ(r.vi(), err(8, 45,
                          "các bí danh (`*tên`) lặp lại quá nhiều dữ liệu (hơn " + limit +
                              " giá trị với một tệp cỡ này): hãy ghi thẳng các giá trị thay cho bí danh",
                          line));
    EXPECT_EQ(r.en(), err(8, 45,
                          "the aliases (`*name`) repeat too much data (more than " + limit +
                              " values for a file of this size): write the values out instead of aliases",
                          line));
}

// All messages of the catalogue, to check that each has a case above.
std::vector<const MessageDef*> catalogue() {
    namespace m = msg::input;
    return {&m::kFileTooLarge, &m::kInvalidUtf8, &m::kNotYaml, &m::kYamlLineBreak, &m::kUnclosedQuote, &m::kEmptyFile,
            &m::kMultipleDocuments, &m::kTopNotMap, &m::kKeyNotText, &m::kUnknownKey, &m::kUnknownKeySuggest,
            &m::kUnitUnknownKey, &m::kUnitUnknownKeySuggest, &m::kMissingKey, &m::kUnitMissingKey,
            &m::kDuplicateKey, &m::kUnitDuplicateKey, &m::kDuplicateCode, &m::kSameSource, &m::kValueWithSource,
            &m::kApplicabilityConflict, &m::kValueDuplicateKey,
            &m::kMissingValue, &m::kExpectedText, &m::kYearNotInteger, &m::kUnitsNotList, &m::kUnitNotMap,
            &m::kDuplicateUnit, &m::kUnitMissingValue, &m::kUnitExpectedText, &m::kUnitControlChar,
            &m::kFlagsNotList, &m::kFlagNotText,
            &m::kScoresNotMap, &m::kValueMissing, &m::kValueIsList, &m::kValueTooDeep, &m::kMixedSources,
            &m::kMixedSourcesSuggest, &m::kNamedNotNumber, &m::kNotFinite, &m::kDecimalComma, &m::kAmbiguousComma,
            &m::kThousandsSeparator, &m::kNumberTooLong, &m::kNumberForm, &m::kAmbiguousDot,
            &m::kPredecessorsNotList, &m::kPredecessorNotText, &m::kPredecessorTwice, &m::kTooDeep,
            &m::kAliasTooLarge, &m::kListedNotMap, &m::kListedOfNotCount, &m::kPublishedRankNotRank,
            &m::kRankedNotBool, &m::kReasonWithoutUnranked, &m::kPublishedRankUnranked};
}

TEST(Catalogue, EveryMessageHasARenderingCase) {
    // tested apart, below and above
    std::set<std::string> covered{"input.file-too-large", "input.too-deep", "input.alias-too-large"};
    for (const Case& c : cases()) covered.insert(c.id);
    std::set<std::string> ids;
    for (const MessageDef* d : catalogue()) {
        EXPECT_TRUE(ids.insert(d->id).second) << "duplicate id " << d->id;
        EXPECT_TRUE(covered.count(d->id)) << "no rendering case for " << d->id;
    }
    EXPECT_EQ(ids, covered);
}

// The same placeholders in both languages, so no argument is lost in translation.
TEST(Catalogue, PlaceholdersMatchAcrossLanguages) {
    const auto placeholders = [](std::string_view text) {
        std::set<std::string> out;
        for (std::size_t i = text.find('{'); i != std::string_view::npos; i = text.find('{', i + 1)) {
            if (text.substr(i, 2) == "{{") {  // an escaped brace, not a placeholder
                ++i;
                continue;
            }
            out.insert(std::string(text.substr(i, text.find('}', i) - i + 1)));
        }
        return out;
    };
    for (const MessageDef* d : catalogue()) {
        EXPECT_EQ(placeholders(d->vi), placeholders(d->en)) << d->id;
        EXPECT_TRUE(std::string_view(d->id).starts_with("input.")) << d->id;
    }
}

}  // namespace
}  // namespace chiso
