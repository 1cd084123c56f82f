#pragma once
// Messages of the resolve phase: names that do not lead anywhere.
#include "engine/core/messages.hpp"

namespace chiso::msg {

inline constexpr MessageDef kEmptyCriteria{"resolve.empty-file",
    "tệp tiêu chí trống: bắt đầu bằng `index`, `locality`, `year`, rồi `tree` và `block` (xem docs/language.md)",
    "the criteria file is empty: start with `index`, `locality`, `year`, then `tree` and `block` (see docs/language.md)"};
inline constexpr MessageDef kMissingHeader{"resolve.missing-header",
    "thiếu khai báo `{0}` ở đầu tệp tiêu chí", "missing `{0}` declaration in the criteria file"};
inline constexpr MessageDef kNoBlock{"resolve.no-block",
    "tệp tiêu chí chưa khai báo khối nào: viết `block <mã> \"<tên>\"`",
    "the criteria file declares no block: write `block <id> \"<name>\"`"};
inline constexpr MessageDef kNoTree{"resolve.no-tree",
    "tệp tiêu chí chưa khai báo cây tiêu chí nào: viết `tree <mã> \"<tên>\" max <số> {{ … }}`",
    "the criteria file declares no tree: write `tree <id> \"<title>\" max <number> {{ … }}`"};
inline constexpr MessageDef kBlockNeedsTree{"resolve.block-needs-tree",
    "khối `{0}` phải chỉ rõ cây tiêu chí (`tree <mã>`) vì tệp có {1} cây",
    "block `{0}` must name its tree (`tree <id>`) because the file has {1} trees"};
inline constexpr MessageDef kUnknownTree{"resolve.unknown-tree",
    "không có cây tiêu chí `{0}`", "there is no tree `{0}`"};
inline constexpr MessageDef kUnknownBlock{"resolve.unknown-block",
    "không có khối `{0}`", "there is no block `{0}`"};
inline constexpr MessageDef kUnknownCode{"resolve.unknown-code",
    "cây `{0}` không có mã `{1}`", "tree `{0}` has no code `{1}`"};
inline constexpr MessageDef kRangeNotApplicable{"resolve.range-not-applicable",
    "`{0}` chỉ dùng cho tiêu chí chấm theo {1}; `{2}` chấm theo cách khác",
    "`{0}` applies only to a criterion scored by {1}; `{2}` is scored otherwise"};
inline constexpr MessageDef kUpToPercent{"resolve.up-to-percent",
    "`up to` cần một tỷ lệ phần trăm trên 100%, ví dụ `up to 150%`",
    "`up to` needs a percentage above 100%, e.g. `up to 150%`"};
inline constexpr MessageDef kDuplicateCode{"resolve.duplicate-code",
    "mã `{0}` bị trùng: đã dùng ở dòng {1}", "duplicate code `{0}`: already used on line {1}"};
inline constexpr MessageDef kDuplicateId{"resolve.duplicate-id",
    "`{0} {1}` bị khai báo hai lần: lần đầu ở dòng {2}", "`{0} {1}` is declared twice: first on line {2}"};
inline constexpr MessageDef kMaxIsPercent{"resolve.max-is-percent",
    "điểm tối đa phải là số điểm, không phải tỷ lệ %", "a maximum is a number of points, not a percentage"};
inline constexpr MessageDef kMissingMax{"resolve.missing-max",
    "tiêu chí `{0}` chưa có điểm tối đa: viết `max <số>`", "criterion `{0}` has no maximum: write `max <number>`"};
inline constexpr MessageDef kNegativeNumber{"resolve.negative-number",
    "`{0}` không được âm", "`{0}` must not be negative"};
inline constexpr MessageDef kRuleOnInnerNode{"resolve.rule-on-inner-node",
    "mã `{0}` có tiêu chí con nên không được có quy tắc chấm điểm: quy tắc chỉ dành cho tiêu chí lá",
    "code `{0}` has children, so it cannot have a scoring rule: rules belong to leaf criteria"};
inline constexpr MessageDef kUnknownInput{"resolve.unknown-input",
    "biến `{0}` chưa được khai báo: thêm `inputs {0}` vào tiêu chí `{1}`",
    "variable `{0}` is not declared: add `inputs {0}` to criterion `{1}`"};
inline constexpr MessageDef kYearNotInteger{"resolve.year-not-integer",
    "năm phải viết đủ 4 chữ số, ví dụ `year 2023`", "the year must be written with 4 digits, e.g. `year 2023`"};
inline constexpr MessageDef kTreeUnused{"resolve.tree-unused",
    "cây tiêu chí `{0}` không được khối nào sử dụng", "tree `{0}` is not used by any block"};

// Survey answer sheets (`survey <id> "<title>" { … }`, engine/resolve/resolve_survey.cpp).
inline constexpr MessageDef kSurveyNeedsColumn{"resolve.survey-needs-column",
    "`survey {0}` cần dòng `{1} \"<tên cột>\"`: cột của phiếu khảo sát ghi {2}",
    "`survey {0}` needs a line `{1} \"<column name>\"`: the column of the answer sheet that holds {3}"};
inline constexpr MessageDef kSurveyWilson{"resolve.survey-wilson",
    "khoảng Wilson chỉ dành cho tỷ lệ (mỗi câu trả lời là 0% hoặc 100%); câu hỏi `{0}` có thang khác: viết `interval normal`",
    "the Wilson interval is for shares (every answer 0% or 100%); question `{0}` has another scale: write `interval normal`"};
inline constexpr MessageDef kSurveySeparator{"resolve.survey-separator",
    "`separator` là `\",\"`, `\";\"` hoặc `\"\\t\"` (dấu tab)",
    "`separator` is `\",\"`, `\";\"` or `\"\\t\"` (a tab)"};
inline constexpr MessageDef kSurveyUnknownCode{"resolve.survey-unknown-code",
    "không cây tiêu chí nào có tiêu chí lá `{0}` để nhận kết quả của câu hỏi `{1}`",
    "no tree has a leaf `{0}` to take the answers to question `{1}`"};
inline constexpr MessageDef kSurveyNotRate{"resolve.survey-not-rate",
    "câu hỏi `{0}` cho ra một tỷ lệ %, nên tiêu chí `{1}` của cây `{2}` phải chấm theo `rate` (hiện là `{3}`)",
    "question `{0}` gives a percentage, so criterion `{1}` of tree `{2}` must be scored by `rate` (it is `{3}`)"};
inline constexpr MessageDef kSurveyShareRange{"resolve.survey-share-range",
    "giá trị của một câu trả lời phải từ 0% đến 100%, ví dụ `\"Hài lòng\" -> 100%`",
    "an answer's value must lie between 0% and 100%, e.g. `\"Hài lòng\" -> 100%`"};
inline constexpr MessageDef kSurveyLikertRange{"resolve.survey-likert-range",
    "`likert {0} to {1}`: điểm thấp nhất phải nhỏ hơn điểm cao nhất, ví dụ `likert 1 to 5`",
    "`likert {0} to {1}`: the lowest point must be below the highest, e.g. `likert 1 to 5`"};
inline constexpr MessageDef kSurveyLevel{"resolve.survey-level",
    "độ tin cậy `{0}` không dùng được: viết 90%, 95% hoặc 99%",
    "confidence level `{0}` cannot be used: write 90%, 95% or 99%"};
inline constexpr MessageDef kSurveyBootstrapSeed{"resolve.survey-bootstrap-seed",
    "khoảng bootstrap cần một hạt giống để mọi lần chạy lấy cùng các mẫu lặp: viết ví dụ `interval bootstrap 95% seed 2025 count 2000`",
    "the bootstrap interval needs a seed, so that every run draws the same resamples: write e.g. `interval bootstrap 95% seed 2025 count 2000`"};
inline constexpr MessageDef kSurveyCountRange{"resolve.survey-count-range",
    "`count {0}`: số mẫu lặp bootstrap phải từ {1} đến {2}",
    "`count {0}`: the number of bootstrap resamples must be from {1} to {2}"};
inline constexpr MessageDef kSurveyNotBootstrap{"resolve.survey-not-bootstrap",
    "`{0}` chỉ dùng với `interval bootstrap`; khoảng `{1}` không lấy mẫu lặp",
    "`{0}` belongs to `interval bootstrap` only; the `{1}` interval draws no resamples"};
inline constexpr MessageDef kSurveyRepeated{"resolve.survey-repeated",
    "`{0}` đã có ở dòng {1} của cùng phiếu khảo sát",
    "`{0}` is already given on line {1} of the same survey"};
// ---- conditions computed from the distribution (docs/language.md §15d) ----
inline constexpr MessageDef kCondNotLinear{"resolve.cond-not-linear",
    "trong điều kiện chỉ nhân hoặc chia một giá trị với một số (`2 * points(3)`, `1.5 * sd(sample)`, `index / 2`): "
    "`{0}` nhân hai giá trị của đơn vị hoặc của khối với nhau",
    "in a condition a value is multiplied or divided by a number only (`2 * points(3)`, `1.5 * sd(sample)`, "
    "`index / 2`): `{0}` multiplies two values of the unit or of the block"};
inline constexpr MessageDef kCondDivideByZero{"resolve.cond-divide-by-zero",
    "điều kiện chia cho 0: `{0}`", "the condition divides by 0: `{0}`"};
inline constexpr MessageDef kPercentileRange{"resolve.percentile-range",
    "`percentile({0}, …)`: bách phân vị phải từ 0 đến 100 (`percentile(90, …)` là giá trị mà 90% đơn vị không vượt quá)",
    "`percentile({0}, …)`: a percentile lies between 0 and 100 (`percentile(90, …)` is the value 90% of the units do not exceed)"};
inline constexpr MessageDef kTwoSd{"resolve.two-sd",
    "một phép so sánh chỉ dùng một độ lệch chuẩn; ở đây có `{0}` và `{1}`: viết cùng một `sd(...)` ở hai vế",
    "one comparison uses one standard deviation; here are `{0}` and `{1}`: write the same `sd(...)` on both sides"};
inline constexpr MessageDef kTopNotPercent{"resolve.top-not-percent",
    "`top {0}` cần một tỷ lệ phần trăm từ 0% đến 100%, ví dụ `top 10% rounded up`; để lấy một số đơn vị viết `rank <= {0}`",
    "`top {0}` needs a percentage from 0% to 100%, e.g. `top 10% rounded up`; for a number of units write `rank <= {0}`"};

}  // namespace chiso::msg
