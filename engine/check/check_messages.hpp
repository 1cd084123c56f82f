#pragma once
// Messages of the check phase: a definition that is well-formed but wrong.
#include "engine/core/messages.hpp"

namespace chiso::msg {

inline constexpr MessageDef kMaxSumMismatch{"check.max-sum-mismatch",
    "tổng điểm tối đa của các tiêu chí con của `{0}` là {1}, không bằng {2}; sửa điểm hoặc viết `unchecked` nếu cố ý",
    "the maxima of the children of `{0}` add up to {1}, not {2}; fix the points or write `unchecked` if intended"};
// The same for the top level of a tree (its root is called `total` in the file).
inline constexpr MessageDef kMaxSumMismatchTree{"check.max-sum-mismatch-tree",
    "tổng điểm tối đa của các nút cấp cao nhất của cây `{0}` là {1}, không bằng {2}; sửa điểm hoặc viết `unchecked` nếu cố ý",
    "the maxima of the top-level nodes of tree `{0}` add up to {1}, not {2}; fix the points or write `unchecked` if intended"};
inline constexpr MessageDef kMissingWeight{"check.missing-weight",
    "`{0}` thuộc chỉ số tổng hợp có trọng số `{1}` nên phải có `weight`",
    "`{0}` belongs to the weighted composite `{1}`, so it needs a `weight`"};
inline constexpr MessageDef kWeightsSum{"check.weights-sum",
    "tổng trọng số các thành phần của `{0}` là {1}%, phải bằng 100%",
    "the weights of the components of `{0}` add up to {1}%, not 100%"};
inline constexpr MessageDef kWeightsSumEqual{"check.weights-sum-equal",
    "tổng trọng số các thành phần của `{0}` là {1}%, phải bằng 100%: {2} trọng số bằng nhau viết chính xác là `weight 1/{2}`",
    "the weights of the components of `{0}` add up to {1}%, not 100%: {2} equal weights are written exactly as `weight 1/{2}`"};
inline constexpr MessageDef kGeometricWeightsTooFine{"check.geometric-weights-too-fine",
    "trọng số của trung bình nhân `{0}` có mẫu số chung lớn hơn {1}: viết trọng số như `25%`, `0.125` hay `1/9`",
    "the weights of the geometric mean `{0}` have a common denominator above {1}: write weights such as `25%`, `0.125` or `1/9`"};
inline constexpr MessageDef kWeightWithoutComposite{"check.weight-without-composite",
    "`{0}` có `weight` nhưng `{1}` không phải chỉ số tổng hợp: thêm `weighted` vào `{1}`",
    "`{0}` has a `weight` but `{1}` is not a composite: add `weighted` to `{1}`"};
inline constexpr MessageDef kAmountAboveMax{"check.amount-above-max",
    "mức điểm {0} của `{1}` vượt điểm tối đa {2}", "the amount {0} of `{1}` exceeds its maximum {2}"};
inline constexpr MessageDef kDuplicateLevel{"check.duplicate-level",
    "mức `{0}` của `{1}` bị khai báo hai lần", "level `{0}` of `{1}` is declared twice"};
inline constexpr MessageDef kLevelsAlike{"check.levels-alike",
    "mức `{0}` của `{1}` chỉ khác mức `{2}` (dòng {3}) ở chữ hoa/thường hoặc khoảng trắng; tệp điểm không phân biệt được hai mức này: hãy đặt tên khác",
    "level `{0}` of `{1}` differs from level `{2}` (line {3}) only by case or blanks; a score file cannot tell them apart: rename one"};
inline constexpr MessageDef kLevelReservedNa{"check.level-reserved-na",
    "mức `{0}` của `{1}` trùng với từ dành riêng của tệp điểm: giá trị `{0}` trong tệp điểm có nghĩa là “không áp dụng”, không phải mức này; hãy đặt tên khác",
    "level `{0}` of `{1}` is a word reserved by score files: a value `{0}` in a score file means “not applicable”, not this level; rename it"};
inline constexpr MessageDef kLevelReservedYesNo{"check.level-reserved-yes-no",
    "mức `{0}` của `{1}` trùng với từ dành riêng của tệp điểm: giá trị `{0}` trong tệp điểm có nghĩa là có/không, không phải mức này; hãy đặt tên khác",
    "level `{0}` of `{1}` is a word reserved by score files: a value `{0}` in a score file means yes or no, not this level; rename it"};
inline constexpr MessageDef kBandOverlap{"check.band-overlap",
    "các khoảng của `{0}` chồng lên nhau trong {1}", "the bands of `{0}` overlap on {1}"};
inline constexpr MessageDef kBandGap{"check.band-gap",
    "các khoảng của `{0}` bỏ trống {1}: giá trị ở đó không có điểm", "the bands of `{0}` leave {1} uncovered: no points for values there"};
inline constexpr MessageDef kDefaultAboveMax{"check.default-above-max",
    "giá trị mặc định {0} của `{1}` vượt điểm tối đa {2}", "the default {0} of `{1}` exceeds its maximum {2}"};
inline constexpr MessageDef kAnswerWeight{"check.answer-weight",
    "trọng số câu trả lời `{0}` của `{1}` phải từ 0% đến 100%",
    "the weight of answer `{0}` of `{1}` must be between 0% and 100%"};
inline constexpr MessageDef kUnreachableRung{"check.unreachable-rung",
    "bậc `{0}` của thang `{1}` không bao giờ được xét vì đứng sau `otherwise`",
    "rung `{0}` of ladder `{1}` can never apply: it comes after `otherwise`"};
inline constexpr MessageDef kLadderOverlap{"check.ladder-overlap",
    "thang `{0}`: bậc `{1}` và `{2}` cùng áp dụng cho chỉ số trong {3}",
    "ladder `{0}`: rungs `{1}` and `{2}` both apply to an index in {3}"};
inline constexpr MessageDef kLadderGap{"check.ladder-gap",
    "thang `{0}` không xếp loại chỉ số trong {1}: thêm một bậc hoặc `otherwise`",
    "ladder `{0}` classifies no index in {1}: add a rung or `otherwise`"};
inline constexpr MessageDef kLadderUnproven{"check.ladder-unproven",
    "thang `{0}`: ngưỡng của bậc \"{1}\" và các bậc khác phụ thuộc phân bố điểm của năm (trung bình, độ lệch chuẩn, "
    "bách phân vị…), và chương trình không chứng minh được rằng các bậc phủ hết thang điểm mà không chồng lên nhau "
    "với mọi phân bố: hãy viết mỗi bậc bắt đầu đúng ở ngưỡng bậc dưới kết thúc (`mean <= index < mean + 1 * sd(sample)`) "
    "hoặc kết thúc thang bằng `otherwise`",
    "ladder `{0}`: the cut-offs of rung \"{1}\" and others depend on the year's distribution (mean, standard "
    "deviation, percentiles…), and the checker cannot prove that the rungs cover the scale without overlap for every "
    "distribution: start each rung exactly where the one below ends (`mean <= index < mean + 1 * sd(sample)`) "
    "or end the ladder with `otherwise`"};
inline constexpr MessageDef kThresholdOutsideScale{"check.threshold-outside-scale",
    "ngưỡng {0} nằm ngoài thang {1}–{2} của chỉ số", "threshold {0} is outside the index scale {1}–{2}"};
inline constexpr MessageDef kEmptyLadder{"check.empty-ladder",
    "thang `{0}` chưa có bậc nào", "ladder `{0}` has no rungs"};
inline constexpr MessageDef kZeroMax{"check.zero-max",
    "điểm tối đa của `{0}` bằng 0: chỉ số không tính được", "the maximum of `{0}` is 0: no index can be computed"};

// {0}: the survey, {1}: its minimum, {2}: the leaves and their trees (`HL1` (hl), `HL2` (hl)).
inline constexpr MessageDef kSurveyUnratedNotOptional{"check.survey-unrated-not-optional",
    "phiếu khảo sát `{0}`: `minimum {1} unrated` tính tiêu chí là không áp dụng cho đơn vị có ít hơn {1} phiếu hợp lệ, "
    "nhưng {2} không được khai báo `optional`: thêm `optional` cho tiêu chí, hoặc viết `minimum {1} warn`",
    "survey `{0}`: `minimum {1} unrated` counts a criterion as not applicable for a unit with fewer than {1} valid "
    "forms, but {2} is not declared `optional`: add `optional` to the criterion, or write `minimum {1} warn`"};

}  // namespace chiso::msg
