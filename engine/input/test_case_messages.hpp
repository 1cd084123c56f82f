#pragma once
// Messages of the test-case loader (engine/input/test_case_loader.cpp): problems
// with the shape of a `chiso test` case file (docs/testing.md). Problems shared with
// score files (not YAML, unknown or repeated keys, missing values, inline `units:`)
// use the score loader's messages (engine/input/input_messages.hpp). {0} is
// usually the place in the file as a path of keys, e.g. `ngo-quyen / rank`.
#include "engine/core/messages.hpp"

namespace chiso::msg::test_case {

// --- the file and its cases ---
inline constexpr MessageDef kEmptyFile{"case.empty-file",
    "tệp kiểm thử trống: không có trường hợp nào",
    "the test file is empty: it holds no case"};
inline constexpr MessageDef kTopNotMap{"case.top-not-map",
    "tệp kiểm thử phải gồm các khóa `criteria:`, `scores:` (hoặc `units:`), `expect:`, hoặc một danh sách `cases:`",
    "a test file must consist of the keys `criteria:`, `scores:` (or `units:`), `expect:`, or a list `cases:`"};
inline constexpr MessageDef kCasesNotList{"case.cases-not-list",
    "`cases` phải là danh sách trường hợp, mỗi trường hợp bắt đầu bằng `- `",
    "`cases` must be a list of cases, each starting with `- `"};
inline constexpr MessageDef kCaseNotMap{"case.case-not-map",
    "trường hợp thứ {0} phải gồm các khóa `criteria:`, `scores:` (hoặc `units:`), `expect:`",
    "case #{0} must consist of the keys `criteria:`, `scores:` (or `units:`), `expect:`"};
inline constexpr MessageDef kCasesMixed{"case.cases-mixed",
    "`{0}` không dùng cùng `cases:` ở ngoài cùng; hãy ghi `{0}` trong từng trường hợp",
    "`{0}` cannot stand next to `cases:`; give `{0}` in each case"};

// --- a case ---
inline constexpr MessageDef kScoresAndUnits{"case.scores-and-units",
    "chỉ ghi một trong hai: `scores:` (tệp điểm) hoặc `units:` (đơn vị ghi ngay trong tệp này)",
    "give either `scores:` (a score file) or `units:` (units written in this file), not both"};
inline constexpr MessageDef kNoScores{"case.no-scores",
    "thiếu `scores:` (tệp điểm) hoặc `units:` (đơn vị ghi ngay trong tệp này)",
    "missing `scores:` (a score file) or `units:` (units written in this file)"};
inline constexpr MessageDef kExpectAndError{"case.expect-and-error",
    "chỉ ghi một trong hai: `expect:` (kết quả mong đợi) hoặc `expect_error:` (lỗi mong đợi)",
    "give either `expect:` (the expected results) or `expect_error:` (the expected error), not both"};
inline constexpr MessageDef kNoExpectation{"case.no-expectation",
    "thiếu `expect:` (kết quả mong đợi) hoặc `expect_error:` (mã lỗi mong đợi)",
    "missing `expect:` (the expected results) or `expect_error:` (the id of the expected error)"};
inline constexpr MessageDef kNothingExpected{"case.nothing-expected",
    "`{0}`: chưa có kết quả mong đợi nào",
    "`{0}`: nothing is expected here"};
inline constexpr MessageDef kErrorIdForm{"case.error-id-form",
    "`expect_error` phải là mã của một thông báo lỗi, ví dụ `eval.above-max` (xem tùy chọn --diagnostic-ids)",
    "`expect_error` must be the id of an error message, e.g. `eval.above-max` (see the option --diagnostic-ids)"};

// --- values ---
inline constexpr MessageDef kNotMap{"case.not-map",
    "`{0}` phải gồm các dòng `khóa: giá trị`",
    "`{0}` must consist of `key: value` lines"};
inline constexpr MessageDef kNotList{"case.not-list",
    "`{0}` phải là danh sách, ví dụ `{1}`",
    "`{0}` must be a list, e.g. `{1}`"};
inline constexpr MessageDef kNotNumber{"case.not-number",
    "`{0}`: `{1}` không phải là một số; hãy ghi số như 91.93",
    "`{0}`: `{1}` is not a number; write a number such as 91.93"};
inline constexpr MessageDef kDecimalComma{"case.decimal-comma",
    "`{0}`: dùng dấu chấm thập phân: viết `{1}` thay cho `{2}`",
    "`{0}`: use a decimal point: write `{1}` instead of `{2}`"};
inline constexpr MessageDef kNotRank{"case.not-rank",
    "`{0}`: `{1}` không phải là một thứ hạng (số nguyên từ 1)",
    "`{0}`: `{1}` is not a rank (a whole number from 1)"};
inline constexpr MessageDef kNotCount{"case.not-count",
    "`{0}`: `{1}` không phải là một số đơn vị (số nguyên từ 0)",
    "`{0}`: `{1}` is not a count (a whole number from 0)"};
inline constexpr MessageDef kNegativeTolerance{"case.negative-tolerance",
    "`tolerance` không được âm",
    "`tolerance` cannot be negative"};
inline constexpr MessageDef kRepeatedEntry{"case.repeated-entry",
    "`{0}`: `{1}` đã có trong danh sách",
    "`{0}`: `{1}` is already in the list"};

}  // namespace chiso::msg::test_case
