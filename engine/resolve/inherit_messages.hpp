#pragma once
// Messages of inheritance: following `extends` and applying a file's changes
// (`edit …`, `replace …`, `remove …`) to what it extends.
#include "engine/core/messages.hpp"

// In their own namespace: other catalogues use some of the same names (kUnknownCode).
namespace chiso::msg::inherit {

// ---- following `extends` ----------------------------------------------------------------
inline constexpr MessageDef kExtendsCycle{"inherit.cycle",
    "các tệp kế thừa nhau thành vòng: {0}; bỏ `extends` ở một tệp",
    "the files extend each other in a circle: {0}; remove the `extends` of one of them"};
inline constexpr MessageDef kCannotReadParent{"inherit.cannot-read-parent",
    "không đọc được tệp `{0}` (đường dẫn tính từ thư mục của tệp này, tức là `{1}`)",
    "cannot read file `{0}` (the path is relative to this file's folder, i.e. `{1}`)"};
inline constexpr MessageDef kPatchExtends{"inherit.patch-extends",
    "phần sửa đổi không được có `extends`: nó luôn áp dụng lên `{0}`",
    "a patch cannot have `extends`: it always applies to `{0}`"};

// ---- declaring again what the parent has ---------------------------------------------------
inline constexpr MessageDef kBlockExists{"inherit.block-exists",
    "khối `{0}` đã có trong tệp gốc ({1}): để sửa, viết `edit block {0} …`; để bỏ, viết `remove block {0}`",
    "block `{0}` already exists in the base file ({1}): to change it write `edit block {0} …`; "
    "to drop it write `remove block {0}`"};
inline constexpr MessageDef kTreeExists{"inherit.tree-exists",
    "cây tiêu chí `{0}` đã có trong tệp gốc ({1}): để sửa, viết `edit tree {0} {{ … }}`; để bỏ, viết `remove tree {0}`",
    "tree `{0}` already exists in the base file ({1}): to change it write `edit tree {0} {{ … }}`; "
    "to drop it write `remove tree {0}`"};
inline constexpr MessageDef kLadderExists{"inherit.ladder-exists",
    "thang xếp loại `{0}` đã có trong tệp gốc ({1}): để đổi ngưỡng, viết `edit ladder {0} {{ … }}`; "
    "để thay cả thang, viết `replace ladder {0} …`",
    "ladder `{0}` already exists in the base file ({1}): to change thresholds write `edit ladder {0} {{ … }}`; "
    "to replace the whole ladder write `replace ladder {0} …`"};
inline constexpr MessageDef kStatExists{"inherit.stat-exists",
    "thống kê `{0}` đã có trong tệp gốc ({1}): để thay, viết `replace stat {0} …`; để bỏ, viết `remove stat {0}`",
    "statistic `{0}` already exists in the base file ({1}): to replace it write `replace stat {0} …`; "
    "to drop it write `remove stat {0}`"};

// ---- changes naming something that is not there ----------------------------------------------
inline constexpr MessageDef kUnknownId{"inherit.unknown-id",
    "tệp gốc `{2}` không có `{0} {1}`", "the base file `{2}` has no `{0} {1}`"};
inline constexpr MessageDef kUnknownCode{"inherit.unknown-code",
    "cây `{0}` không có mã `{1}`", "tree `{0}` has no code `{1}`"};
inline constexpr MessageDef kUnknownParent{"inherit.unknown-parent",
    "cây `{0}` không có mã `{1}` để đặt nút vào: viết mã của một nút có sẵn, hoặc `total` cho gốc của cây",
    "tree `{0}` has no code `{1}` to put the node in: write the code of an existing node, or `total` for the root"};
inline constexpr MessageDef kCodeExists{"inherit.code-exists",
    "cây `{0}` đã có mã `{1}` ({2}): chọn mã khác, hoặc viết `change {1} …` để sửa nút đó",
    "tree `{0}` already has code `{1}` ({2}): choose another code, or write `change {1} …` to change that node"};
inline constexpr MessageDef kAfterNotChild{"inherit.after-not-child",
    "`{0}` không phải nút con trực tiếp của `{1}`: sau `after` viết mã một nút con của `{1}`, hoặc viết `first`",
    "`{0}` is not a direct child of `{1}`: after `after` write the code of a child of `{1}`, or write `first`"};
inline constexpr MessageDef kMoveIntoItself{"inherit.move-into-itself",
    "không chuyển được `{0}` vào `{1}` vì `{1}` nằm trong chính `{0}`: chọn một nút ở ngoài `{0}`",
    "cannot move `{0}` into `{1}`: `{1}` lies inside `{0}`; choose a node outside `{0}`"};
inline constexpr MessageDef kUnknownRung{"inherit.unknown-rung",
    "thang `{0}`{1} không có bậc \"{2}\"; các bậc hiện có: {3}",
    "ladder `{0}`{1} has no rung \"{2}\"; its rungs are: {3}"};
inline constexpr MessageDef kUnknownSection{"inherit.unknown-section",
    "thang `{0}` không có phần riêng cho khối `{1}`; các phần riêng hiện có: {2}",
    "ladder `{0}` has no section for block `{1}`; its sections are: {2}"};
inline constexpr MessageDef kNoSections{"inherit.no-sections",
    "thang `{0}` không có phần riêng cho khối nào: viết bậc cần sửa ngay trong `edit ladder {0} {{ … }}`, không trong `block {1} {{ … }}`",
    "ladder `{0}` has no section for any block: write the rungs to change directly in `edit ladder {0} {{ … }}`, "
    "not in `block {1} {{ … }}`"};
inline constexpr MessageDef kTreeInUse{"inherit.tree-in-use",
    "không bỏ được cây `{0}`: khối `{1}` ({2}) vẫn dùng cây này; bỏ cả khối (`remove block {1}`) "
    "hoặc đổi cây của khối (`edit block {1} tree <mã cây>`)",
    "cannot remove tree `{0}`: block `{1}` ({2}) still uses it; remove the block too (`remove block {1}`) "
    "or give it another tree (`edit block {1} tree <tree id>`)"};

}  // namespace chiso::msg::inherit
