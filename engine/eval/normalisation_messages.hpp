#pragma once
// Messages of normalisation across units (engine/eval/normalisation.cpp).
#include "engine/core/messages.hpp"

namespace chiso::msg {

// {0}: node, {1}: the population's size, {2}: the one raw value, {3}: where the units come from.
inline constexpr MessageDef kNormaliseEqual{"eval.normalise-equal",
    "`normalise` của `{0}`: cả {1} đơn vị của tập so sánh ({3}) có cùng giá trị {2} (lớn nhất = nhỏ nhất), nên không thể chuẩn hóa; khai báo điểm cho trường hợp này, ví dụ `if equal -> 5.5`",
    "`normalise` of `{0}`: all {1} units of the population ({3}) have the same value {2} (max = min), so it cannot be normalised; declare the points for this case, e.g. `if equal -> 5.5`"};
// {0}: the path as written.
inline constexpr MessageDef kPooledNotRead{"eval.pooled-not-read",
    "không đọc được tệp điểm `{0}` được gộp bằng `over years`, nên không thể tính tập so sánh",
    "the score file `{0}` pooled by `over years` could not be read, so the population cannot be computed"};

// {0}: the pooled file as written, {1}: its year, {2}: the year evaluated.
inline constexpr MessageDef kPooledNotEarlier{"eval.pooled-not-earlier",
    "`over years` gộp tệp `{0}` là điểm năm {1}, nhưng tệp đang tính là năm {2}: chỉ gộp được điểm của các năm trước (gộp chính năm đang tính thì mỗi đơn vị bị đếm hai lần)",
    "`over years` pools `{0}`, the scores of {1}, but the file evaluated is of {2}: only earlier years can be pooled (pooling the year evaluated would count each unit twice)"};
// {0}, {1}: the two files as written, {2}: their year.
inline constexpr MessageDef kPooledSameYear{"eval.pooled-same-year",
    "`over years` gộp hai tệp của cùng năm {2}: `{0}` và `{1}`; mỗi năm chỉ gộp một tệp",
    "`over years` pools two files of the same year {2}: `{0}` and `{1}`; pool one file a year"};

}  // namespace chiso::msg
