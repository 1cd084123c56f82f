#pragma once
// Messages of `chiso test` (engine/testing): the report lines, the parts of a
// failed check (what was checked, expected vs actual) and the problems of
// expectations that name something the criteria or the scores do not have.
// Shape problems of a case file are in engine/input/test_case_messages.hpp.
#include "engine/core/messages.hpp"

namespace chiso::msg::testing {

// --- report lines: {0} the case file, {1} the case's name ---
inline constexpr MessageDef kCasePassed{"testing.case-passed",
    "ĐẠT {0} — {1}", "PASS {0} — {1}"};
inline constexpr MessageDef kCaseFailed{"testing.case-failed",
    "KHÔNG ĐẠT {0} — {1}", "FAIL {0} — {1}"};
inline constexpr MessageDef kFileInvalid{"testing.file-invalid",
    "KHÔNG ĐẠT {0} — tệp kiểm thử có lỗi, không chạy được",
    "FAIL {0} — the test file has errors and cannot be run"};
inline constexpr MessageDef kNoSuchPath{"testing.no-such-path",
    "KHÔNG ĐẠT {0} — không có tệp hay thư mục này",
    "FAIL {0} — no such file or folder"};
inline constexpr MessageDef kNoTestFiles{"testing.no-test-files",
    "KHÔNG ĐẠT {0} — thư mục không có tệp kiểm thử *.yaml nào",
    "FAIL {0} — the folder holds no test file *.yaml"};
inline constexpr MessageDef kFileSkipped{"testing.file-skipped",
    "BỎ QUA {0} — không phải tệp kiểm thử (không có `criteria:` hay `cases:`)",
    "SKIP {0} — not a test case (it has no `criteria:` or `cases:`)"};
inline constexpr MessageDef kSkippedCount{"testing.skipped-count",
    "{0} tệp không phải tệp kiểm thử đã bỏ qua", "{0} file(s) that are not test cases skipped"};
inline constexpr MessageDef kSummary{"testing.summary",
    "{0} đạt, {1} không đạt", "{0} passed, {1} failed"};

// --- one check: {0} what is checked ("đơn vị ngo-quyen"), {1} the check ("hạng"),
// {2} the expected value, {3} the actual value ---
inline constexpr MessageDef kCheckFailed{"testing.check-failed",
    "  {0}: {1} — mong đợi {2}, thực tế {3}",
    "  {0}: {1} — expected {2}, got {3}"};
inline constexpr MessageDef kCheckPassed{"testing.check-passed",
    "  {0}: {1} — đạt (mong đợi {2}, thực tế {3})",
    "  {0}: {1} — ok (expected {2}, got {3})"};

// --- runs that stop with errors ---
inline constexpr MessageDef kRunErrors{"testing.run-errors",
    "  không tính được kết quả: {0} lỗi",
    "  no results: {0} error(s)"};
inline constexpr MessageDef kErrorExpectedNone{"testing.error-expected-none",
    "  mong đợi lỗi `{0}`, nhưng chạy không có lỗi nào",
    "  expected the error `{0}`, but the run had no error"};
inline constexpr MessageDef kErrorExpectedOther{"testing.error-expected-other",
    "  mong đợi lỗi `{0}`, thực tế các lỗi: {1}",
    "  expected the error `{0}`, got the errors: {1}"};
inline constexpr MessageDef kErrorExpectedFound{"testing.error-expected-found",
    "  đạt: có lỗi `{0}` như mong đợi",
    "  ok: the error `{0}` as expected"};

// --- what is checked ---
inline constexpr MessageDef kUnit{"testing.unit", "đơn vị {0}", "unit {0}"};
inline constexpr MessageDef kBlock{"testing.block", "khối {0}", "block {0}"};
inline constexpr MessageDef kUnitNode{"testing.unit-node", "đơn vị {0}, nút {1}", "unit {0}, node {1}"};
inline constexpr MessageDef kIndex{"testing.index", "chỉ số", "index"};
inline constexpr MessageDef kPoints{"testing.points", "điểm", "points"};
inline constexpr MessageDef kUnitMax{"testing.unit-max", "điểm tối đa", "maximum"};
inline constexpr MessageDef kRank{"testing.rank", "hạng", "rank"};
inline constexpr MessageDef kUnitBlock{"testing.unit-block", "khối", "block"};
inline constexpr MessageDef kClass{"testing.class", "xếp loại `{0}`", "class in `{0}`"};
inline constexpr MessageDef kCount{"testing.count", "số đơn vị", "units"};
inline constexpr MessageDef kMean{"testing.mean", "trung bình", "mean"};
inline constexpr MessageDef kMin{"testing.min", "thấp nhất", "lowest"};
inline constexpr MessageDef kMax{"testing.max", "cao nhất", "highest"};
inline constexpr MessageDef kStat{"testing.stat", "thống kê `{0}`", "stat `{0}`"};
inline constexpr MessageDef kClassCount{"testing.class-count",
    "số đơn vị xếp loại `{0}` “{1}”", "units with class “{1}” in `{0}`"};
inline constexpr MessageDef kOrder{"testing.order", "thứ tự", "order"};
inline constexpr MessageDef kFirst{"testing.first", "đứng đầu", "first"};
inline constexpr MessageDef kLast{"testing.last", "đứng cuối", "last"};

// --- values ---
inline constexpr MessageDef kOneOf{"testing.one-of", "một trong {0}", "one of {0}"};
inline constexpr MessageDef kNoClass{"testing.no-class", "không xếp loại", "no class"};
inline constexpr MessageDef kWithRank{"testing.with-rank", "{0} (hạng {1})", "{0} (rank {1})"};
inline constexpr MessageDef kNoUnits{"testing.no-units", "khối không có đơn vị", "the block has no units"};

// --- expectations naming what does not exist (positioned in the case file) ---
inline constexpr MessageDef kUnknownUnit{"testing.unknown-unit",
    "không có đơn vị `{0}` trong tệp điểm", "there is no unit `{0}` in the scores"};
inline constexpr MessageDef kUnknownNode{"testing.unknown-node",
    "cây `{1}` của đơn vị `{2}` không có nút `{0}`", "the tree `{1}` of unit `{2}` has no node `{0}`"};
inline constexpr MessageDef kUnknownBlock{"testing.unknown-block",
    "bộ tiêu chí không có khối `{0}`", "the criteria have no block `{0}`"};
inline constexpr MessageDef kUnknownLadder{"testing.unknown-ladder",
    "bộ tiêu chí không có thang xếp loại `{0}`", "the criteria have no classification ladder `{0}`"};
inline constexpr MessageDef kUnknownStat{"testing.unknown-stat",
    "bộ tiêu chí không có thống kê `{0}`", "the criteria have no statistic `{0}`"};
inline constexpr MessageDef kUnknownLabel{"testing.unknown-label",
    "thang `{0}` không có loại “{1}” ở khối `{2}`", "ladder `{0}` has no class “{1}” in block `{2}`"};
inline constexpr MessageDef kLadderNotForBlock{"testing.ladder-not-for-block",
    "thang `{0}` không xếp loại khối `{1}`", "ladder `{0}` does not classify block `{1}`"};
inline constexpr MessageDef kNotInBlock{"testing.not-in-block",
    "đơn vị `{0}` không thuộc khối `{1}` (mà thuộc khối `{2}`)", "unit `{0}` is not in block `{1}` (but in `{2}`)"};

}  // namespace chiso::msg::testing
