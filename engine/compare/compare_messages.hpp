#pragma once
// Messages of the comparison with last year (docs/years.md).
#include "engine/core/messages.hpp"

namespace chiso::msg::compare {

inline constexpr MessageDef kIndexMismatch{"compare.index-mismatch",
    "kết quả năm trước là của chỉ số `{0}`, không phải `{1}`",
    "last year's results are of the index `{0}`, not `{1}`"};
inline constexpr MessageDef kNotEarlier{"compare.not-earlier",
    "kết quả dùng để so sánh là của năm {0}, không trước năm {1} của tệp điểm",
    "the results to compare with are of {0}, not earlier than the score file's year {1}"};
inline constexpr MessageDef kUnknownPredecessor{"compare.unknown-predecessor",
    "đơn vị `{0}`: không có đơn vị `{1}` trong kết quả năm {2}",
    "unit `{0}`: there is no unit `{1}` in the results of {2}"};
inline constexpr MessageDef kUnpublishedPredecessor{"compare.unpublished-predecessor",
    "đơn vị `{0}`: `{1}` không có trong kết quả năm {2} đã công bố (công bố một phần); coi là chưa có kết quả",
    "unit `{0}`: `{1}` is not among the published results of {2} (published in part); shown as not known"};

}  // namespace chiso::msg::compare
