#pragma once
// Messages of evaluation: score values that do not fit the criteria.
#include "engine/core/messages.hpp"

namespace chiso::msg {

inline constexpr MessageDef kHeaderMismatch{"eval.header-mismatch",
    "tệp điểm ghi {0} `{1}` nhưng tệp tiêu chí là `{2}`", "the score file says {0} `{1}` but the criteria file says `{2}`"};
inline constexpr MessageDef kUnknownUnitBlock{"eval.unknown-block",
    "đơn vị `{0}`: không có khối `{1}` trong tệp tiêu chí", "unit `{0}`: there is no block `{1}` in the criteria"};
inline constexpr MessageDef kUnknownCodeForUnit{"eval.unknown-code",
    "đơn vị `{0}`: mã `{1}` không có trong bộ tiêu chí của khối `{2}`",
    "unit `{0}`: code `{1}` is not in the criteria of block `{2}`"};
inline constexpr MessageDef kGivenAndDetailed{"eval.given-and-detailed",
    "đơn vị `{0}`: đã nhập tổng điểm của `{1}` nên không nhập thêm điểm của `{2}` bên trong nó",
    "unit `{0}`: `{1}` is given as a total, so `{2}` inside it must not be given too"};
inline constexpr MessageDef kValueForExcluded{"eval.value-for-excluded",
    "đơn vị `{0}`: `{1}` không được đánh giá ở khối `{2}` nên không được nhập điểm",
    "unit `{0}`: `{1}` is not assessed in block `{2}`, so it must not have a score"};
inline constexpr MessageDef kMissingValue{"eval.missing-value",
    "đơn vị `{0}`: thiếu điểm của `{1}` ({2})", "unit `{0}`: missing score for `{1}` ({2})"};
inline constexpr MessageDef kNaNotAllowed{"eval.na-not-allowed",
    "đơn vị `{0}`: `{1}` không được đánh dấu \"không áp dụng\"; tệp tiêu chí phải ghi `optional` cho tiêu chí này",
    "unit `{0}`: `{1}` may not be marked \"not applicable\"; the criteria must declare it `optional`"};
inline constexpr MessageDef kAboveMax{"eval.above-max",
    "đơn vị `{0}`: điểm {1} của `{2}` vượt điểm tối đa {3}", "unit `{0}`: score {1} for `{2}` exceeds the maximum {3}"};
inline constexpr MessageDef kNegative{"eval.negative",
    "đơn vị `{0}`: điểm của `{1}` không được âm ({2})", "unit `{0}`: the score for `{1}` must not be negative ({2})"};
inline constexpr MessageDef kExpectedKind{"eval.expected-kind",
    "đơn vị `{0}`: `{1}` cần {2}", "unit `{0}`: `{1}` needs {3}"};
inline constexpr MessageDef kUnknownLevel{"eval.unknown-level",
    "đơn vị `{0}`: `{1}` không có mức `{2}`; các mức: {3}", "unit `{0}`: `{1}` has no level `{2}`; levels: {3}"};
inline constexpr MessageDef kUnknownAnswer{"eval.unknown-answer",
    "đơn vị `{0}`: `{1}` không có phương án trả lời `{2}`; các phương án: {3}",
    "unit `{0}`: `{1}` has no answer `{2}`; answers: {3}"};
inline constexpr MessageDef kUnknownVariable{"eval.unknown-variable",
    "đơn vị `{0}`: `{1}` không có biến `{2}`; các biến: {3}", "unit `{0}`: `{1}` has no variable `{2}`; variables: {3}"};
inline constexpr MessageDef kMissingVariable{"eval.missing-variable",
    "đơn vị `{0}`: `{1}` thiếu giá trị của biến `{2}`", "unit `{0}`: `{1}` lacks a value for variable `{2}`"};
inline constexpr MessageDef kDivisionByZero{"eval.division-by-zero",
    "đơn vị `{0}`: công thức của `{1}` chia cho 0; nếu tiêu chí không áp dụng cho đơn vị này, tệp tiêu chí phải ghi `optional` và đơn vị ghi \"không áp dụng\"",
    "unit `{0}`: the formula of `{1}` divides by 0; if the criterion does not apply to this unit, the criteria must declare it `optional` and the unit mark it \"không áp dụng\""};
inline constexpr MessageDef kNoBand{"eval.no-band",
    "đơn vị `{0}`: giá trị {1} của `{2}` không thuộc khoảng nào", "unit `{0}`: value {1} of `{2}` falls in no band"};
inline constexpr MessageDef kRateOutOfRange{"eval.rate-out-of-range",
    "đơn vị `{0}`: tỷ lệ {1} của `{2}` phải từ 0% đến 100%", "unit `{0}`: the rate {1} of `{2}` must be between 0% and 100%"};
inline constexpr MessageDef kOutOfRange{"eval.out-of-range",
    "đơn vị `{0}`: giá trị {1} của `{2}` nằm ngoài khoảng {3} của quy tắc chấm; nếu giá trị như vậy là có thể, tệp tiêu chí phải khai báo ở tiêu chí này (`up to 150%`, `allow negative`)",
    "unit `{0}`: the value {1} of `{2}` is outside the range {3} of its rule; if such a value is possible, the criteria must declare it on the node (`up to 150%`, `allow negative`)"};
inline constexpr MessageDef kNegativeInput{"eval.negative-input",
    "đơn vị `{0}`: biến `{2}` của `{1}` không được âm ({3}); nếu có thể âm, tệp tiêu chí phải ghi `allow negative` ở tiêu chí này",
    "unit `{0}`: the input `{2}` of `{1}` must not be negative ({3}); if it can be, the criteria must declare `allow negative` on the node"};
inline constexpr MessageDef kNegativeDivisor{"eval.negative-divisor",
    "đơn vị `{0}`: công thức của `{1}` chia cho số âm ({2}); nếu điều đó là có thể, tệp tiêu chí phải ghi `allow negative` ở tiêu chí này",
    "unit `{0}`: the formula of `{1}` divides by a negative number ({2}); if that is possible, the criteria must declare `allow negative` on the node"};
inline constexpr MessageDef kCapped{"eval.capped",
    "đơn vị `{0}`: `{1}` tính ra {2}, vượt giới hạn {3}; chỉ tính {3}",
    "unit `{0}`: `{1}` comes to {2}, beyond its limit {3}; {3} is counted"};
inline constexpr MessageDef kUndecidedTie{"eval.undecided-tie",
    "khối `{0}`: các đơn vị {1} vẫn bằng nhau ({2}) sau mọi tiêu chí phụ của `ties distinct`, nên không xác định được hạng; thêm tiêu chí phụ cuối cùng (ví dụ `by …, name` hoặc `by …, id`) hoặc dùng `ties shared`",
    "block `{0}`: the units {1} are still equal ({2}) after every tie-breaker of `ties distinct`, so their ranks are undecided; add a final tie-breaker (e.g. `by …, name` or `by …, id`) or use `ties shared`"};
inline constexpr MessageDef kAmbiguousRatio{"eval.ambiguous-ratio",
    "đơn vị `{0}`: giá trị {1} của `{2}` không rõ là tỷ lệ hay phần trăm: viết kèm dấu %, ví dụ `{3}`",
    "unit `{0}`: the value {1} of `{2}` could be a ratio or a percentage: write it with a % sign, e.g. `{3}`"};
inline constexpr MessageDef kNoAnswers{"eval.no-answers",
    "đơn vị `{0}`: `{1}` không có phiếu trả lời nào", "unit `{0}`: `{1}` has no answers"};
inline constexpr MessageDef kNotWholeNumber{"eval.not-whole-number",
    "đơn vị `{0}`: số lần của `{1}` phải là số nguyên từ 0 trở lên (không phải {2})",
    "unit `{0}`: the count for `{1}` must be a whole number, 0 or more (not {2})"};
inline constexpr MessageDef kSurveySelfAssessed{"eval.survey-self-assessed",
    "đơn vị `{0}`: `{1}` chấm bằng điều tra xã hội học nên không có điểm tự chấm",
    "unit `{0}`: `{1}` is scored by the survey, so it has no self-assessed score"};
inline constexpr MessageDef kNothingApplicable{"eval.nothing-applicable",
    "đơn vị `{0}`: mọi tiêu chí đều không áp dụng nên không tính được chỉ số",
    "unit `{0}`: nothing applies, so no index can be computed"};
inline constexpr MessageDef kOverflow{"eval.overflow",
    "đơn vị `{0}`: phép tính của `{1}` vượt quá giới hạn số học chính xác",
    "unit `{0}`: the arithmetic of `{1}` exceeds the exact-arithmetic range"};
inline constexpr MessageDef kMeanUndecided{"eval.mean-undecided",
    "đơn vị `{0}`: trung bình nhân (`weighted geometric`) tính chính xác đến 2^-{1} vẫn chưa đủ để quyết định điểm làm tròn, thứ hạng hoặc xếp loại; dùng `ranking ... rounded` nếu hai đơn vị bằng điểm",
    "unit `{0}`: the geometric mean (`weighted geometric`) bounded to 2^-{1} still does not decide its rounded score, rank or class; use `ranking ... rounded` if two units tie"};
inline constexpr MessageDef kUnknownFlag{"eval.unknown-flag",
    "đơn vị `{0}`: tệp tiêu chí không dùng nhãn `{1}` (so sánh không phân biệt hoa thường và khoảng trắng ở hai đầu); các nhãn được dùng: {2}",
    "unit `{0}`: the criteria never use the flag `{1}` (compared ignoring case and surrounding blanks); flags they use: {2}"};
inline constexpr MessageDef kFlagNotUsed{"eval.flag-not-used",
    "đơn vị `{0}`: nhãn `{1}` không có tác dụng: tệp tiêu chí không có điều kiện `flag` nào",
    "unit `{0}`: the flag `{1}` has no effect: the criteria have no `flag` condition"};
inline constexpr MessageDef kGroupsDifferByAccents{"eval.groups-differ-by-accents",
    "đơn vị `{0}`: nhóm `{1}` chỉ khác nhóm `{2}` (đơn vị `{3}`, dòng {4}) ở dấu; hai cách viết sẽ thành hai nhóm xếp hạng riêng: hãy viết thống nhất một cách",
    "unit `{0}`: the group `{1}` differs from the group `{2}` (unit `{3}`, line {4}) only by accents; they would be ranked as two groups: write one spelling"};
inline constexpr MessageDef kGroupsNearMiss{"eval.groups-near-miss",
    "đơn vị `{0}`: nhóm `{1}` gần giống nhóm `{2}` (đơn vị `{3}`, dòng {4}); hai cách viết sẽ thành hai nhóm xếp hạng riêng: hãy sửa cho thống nhất",
    "unit `{0}`: the group `{1}` is one letter away from the group `{2}` (unit `{3}`, line {4}); they would be ranked as two groups: write one spelling"};
inline constexpr MessageDef kNoUnits{"eval.no-units",
    "tệp điểm không có đơn vị nào", "the score file has no units"};

// A partial publication (`listed: {of: N}` in the score file, `published_rank`):
// engine/eval/listing.cpp; docs/language.md, "Partial publications".
inline constexpr MessageDef kListedUnknownBlock{"eval.listed-unknown-block",
    "`listed`: không có khối `{0}` trong tệp tiêu chí",
    "`listed`: there is no block `{0}` in the criteria"};
inline constexpr MessageDef kListedMoreThanOf{"eval.listed-more-than-of",
    "khối `{0}`: tệp điểm liệt kê {1} đơn vị, nhiều hơn tổng số `of: {2}` đơn vị được đánh giá",
    "block `{0}`: the score file lists {1} units, more than the `of: {2}` units assessed in all"};
inline constexpr MessageDef kPublishedRankWithoutListed{"eval.published-rank-without-listed",
    "đơn vị `{0}`: `published_rank` chỉ dùng khi tệp điểm chỉ công bố một phần đơn vị của khối `{1}`; khai báo ở đầu tệp `listed: {{of: N}}` (N là tổng số đơn vị được đánh giá)",
    "unit `{0}`: `published_rank` is for a score file that lists only some units of block `{1}`; declare `listed: {{of: N}}` in its header (N: the units assessed in all)"};
inline constexpr MessageDef kPublishedRankAboveOf{"eval.published-rank-above-of",
    "đơn vị `{0}`: hạng công bố {1} vượt tổng số `of: {2}` đơn vị được đánh giá",
    "unit `{0}`: the published rank {1} is beyond the `of: {2}` units assessed in all"};
inline constexpr MessageDef kPublishedRankMissing{"eval.published-rank-missing",
    "đơn vị `{0}`: các đơn vị khác được công bố của khối `{1}` có hạng công bố; ghi cả hạng của đơn vị này (`published_rank: N`)",
    "unit `{0}`: the other listed units of block `{1}` have a published rank; give this one's too (`published_rank: N`)"};
inline constexpr MessageDef kPublishedRankBeforeListed{"eval.published-rank-before-listed",
    "đơn vị `{0}`: hạng công bố {1} không thể đúng: chỉ riêng trong các đơn vị được công bố nó đã đứng hạng {2}, và hạng trong toàn bộ đơn vị không thể cao hơn",
    "unit `{0}`: the published rank {1} cannot be right: among the listed units alone it ranks {2}, and a rank among all units is never better"};
inline constexpr MessageDef kPublishedRankOrder{"eval.published-rank-order",
    "đơn vị `{0}`: hạng công bố {1} mâu thuẫn với giá trị: `{2}` có hạng công bố {3}, giá trị của hai đơn vị là {4} và {5}; giá trị cao hơn phải có hạng cao hơn, giá trị bằng nhau (`ties shared`) cùng hạng",
    "unit `{0}`: the published rank {1} contradicts the values: `{2}` has published rank {3}, and their values are {4} and {5}; a higher value must have a better rank, an equal one (`ties shared`) the same rank"};
inline constexpr MessageDef kPublishedRankDuplicate{"eval.published-rank-duplicate",
    "đơn vị `{0}`: hạng công bố {1} cũng là hạng của `{2}`, nhưng tệp tiêu chí xếp hạng với `ties distinct`: không có hai đơn vị cùng hạng",
    "unit `{0}`: the published rank {1} is also `{2}`'s, but the criteria rank with `ties distinct`: no two units share a rank"};
// ---- statistics of the distribution in conditions (docs/language.md §15d) ----
inline constexpr MessageDef kStatEmpty{"eval.stat-empty",
    "khối `{0}`{1}: không tính được `{2}` vì không đơn vị nào có giá trị để thống kê",
    "block `{0}`{1}: `{2}` cannot be computed: no unit has a value to summarise"};
inline constexpr MessageDef kSdOneUnit{"eval.sd-one-unit",
    "khối `{0}`{1}: `{2}` (độ lệch chuẩn mẫu, chia cho n − 1) cần ít nhất 2 đơn vị, ở đây có {3}; "
    "dùng `sd(population)` nếu đó là ý của quyết định",
    "block `{0}`{1}: `{2}` (the sample standard deviation, divided by n − 1) needs at least 2 units, here there are {3}; "
    "use `sd(population)` if that is what the decision means"};

}  // namespace chiso::msg
