#pragma once
// Messages of the published-results loader (docs/years.md). {0} is the unit id
// (or "#N" when an entry has no id).
#include "engine/core/messages.hpp"

namespace chiso::msg::results {

inline constexpr MessageDef kCoverage{"results.coverage",
    "`coverage` phải là `complete` (công bố đủ mọi đơn vị) hoặc `partial` (chỉ công bố một số đơn vị), không phải `{0}`",
    "`coverage` must be `complete` (every unit published) or `partial` (only some units published), not `{0}`"};
inline constexpr MessageDef kNotList{"results.not-list",
    "`results` phải là danh sách các đơn vị, mỗi đơn vị bắt đầu bằng `- `",
    "`results` must be a list of units, each starting with `- `"};
inline constexpr MessageDef kEntryNotMap{"results.entry-not-map",
    "mục thứ {0} của `results` phải có dạng `id: …`, `block: …`, `rank: …`",
    "entry {0} of `results` must consist of `id: …`, `block: …`, `rank: …`"};
inline constexpr MessageDef kMissingKey{"results.missing-key",
    "đơn vị `{0}`: thiếu khóa `{1}`",
    "unit `{0}`: missing key `{1}`"};
inline constexpr MessageDef kUnknownKey{"results.unknown-key",
    "đơn vị `{0}`: khóa không hợp lệ `{1}`; các khóa được dùng: {2}",
    "unit `{0}`: unknown key `{1}`; expected one of: {2}"};
inline constexpr MessageDef kUnknownKeySuggest{"results.unknown-key-suggest",
    "đơn vị `{0}`: khóa không hợp lệ `{1}`; có phải là `{2}`?",
    "unit `{0}`: unknown key `{1}`; did you mean `{2}`?"};
inline constexpr MessageDef kExpectedText{"results.expected-text",
    "đơn vị `{0}`: `{1}` phải là một văn bản",
    "unit `{0}`: `{1}` must be a text"};
inline constexpr MessageDef kRankNotWhole{"results.rank-not-whole",
    "đơn vị `{0}`: thứ hạng phải là số nguyên dương, không phải `{1}`",
    "unit `{0}`: a rank must be a positive whole number, not `{1}`"};
inline constexpr MessageDef kNotNumber{"results.not-number",
    "đơn vị `{0}`: `{1}` phải là một số (ví dụ `90.5`), không phải `{2}`",
    "unit `{0}`: `{1}` must be a number (e.g. `90.5`), not `{2}`"};
inline constexpr MessageDef kClassesNotMap{"results.classes-not-map",
    "đơn vị `{0}`: `classes` phải có dạng `mã-thang: \"Nhãn\"`, ví dụ `classes: {{xep-loai: \"Tốt\"}}`",
    "unit `{0}`: `classes` must read `ladder-id: \"Label\"`, e.g. `classes: {{xep-loai: \"Tốt\"}}`"};
inline constexpr MessageDef kDuplicateUnit{"results.duplicate-unit",
    "đơn vị `{0}` có hai lần; lần đầu ở dòng {1}",
    "unit `{0}` is listed twice; first on line {1}"};
inline constexpr MessageDef kDuplicateRank{"results.duplicate-rank",
    "đơn vị `{0}`: hạng {1} của khối `{2}` đã thuộc đơn vị `{3}` (dòng {4}); hạng bằng nhau chỉ có khi điểm bằng nhau, hãy ghi cả `index`",
    "unit `{0}`: rank {1} of block `{2}` already belongs to unit `{3}` (line {4}); equal ranks need equal scores: give `index` too"};

}  // namespace chiso::msg::results
