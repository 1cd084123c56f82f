// Every message about inheritance (extends, edit, replace, remove), and the base
// messages where these statements reuse them, rendered exactly (file:line:col,
// message, source line and caret) in Vietnamese and in English.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "parse_message_case.hpp"
#include "parse_test_support.hpp"

namespace chiso::test {

// clang-format off
const std::vector<MessageCase>& inherit_message_cases() {
    static const std::vector<MessageCase> cases = {
    {"DuplicateExtends",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "year 2024\n"
     "extends \"../vn/par-tinh-2023.chiso\"\n",
     "test.chiso:3:1: error: một tệp chỉ kế thừa một tệp khác: `extends` đã được viết ở dòng 1\n"
     "  extends \"../vn/par-tinh-2023.chiso\"\n"
     "  ^\n",
     "test.chiso:3:1: error: a file extends only one other file: `extends` is already written at line 1\n"
     "  extends \"../vn/par-tinh-2023.chiso\"\n"
     "  ^\n"},
    {"EmptyExtendsPath",
     "extends \"\"\n",
     "test.chiso:1:9: error: `extends` cần đường dẫn của tệp được kế thừa, tính từ thư mục của tệp này, ví dụ `extends \"../vn/par-tinh-2022.chiso\"`\n"
     "  extends \"\"\n"
     "          ^\n",
     "test.chiso:1:9: error: `extends` needs the path of the file it extends, relative to this file's folder, e.g. `extends \"../vn/par-tinh-2022.chiso\"`\n"
     "  extends \"\"\n"
     "          ^\n"},
    {"BackslashInPath",
     "extends \"..\\vn\\par-tinh-2022.chiso\"\n",
     "test.chiso:1:9: error: đường dẫn dùng dấu `/` giữa các thư mục (trên mọi máy): viết `../vn/par-tinh-2022.chiso` thay cho `..\\vn\\par-tinh-2022.chiso`\n"
     "  extends \"..\\vn\\par-tinh-2022.chiso\"\n"
     "          ^\n",
     "test.chiso:1:9: error: paths use `/` between folders (on every computer): write `../vn/par-tinh-2022.chiso` instead of `..\\vn\\par-tinh-2022.chiso`\n"
     "  extends \"..\\vn\\par-tinh-2022.chiso\"\n"
     "          ^\n"},
    {"ChangesWithoutExtends",
     "year 2024\n"
     "edit tree so {\n"
     "  change 1.2 max 3\n"
     "}\n"
     "remove stat tren_90\n",
     "test.chiso:2:1: error: `edit` thay đổi tệp được kế thừa, nhưng tệp này không có `extends`: thêm `extends \"<tệp gốc>.chiso\"`, hoặc khai báo trực tiếp bằng block, tree, ladder, stat\n"
     "  edit tree so {\n"
     "  ^\n",
     "test.chiso:2:1: error: `edit` changes the file this one extends, but this file has no `extends`: add `extends \"<parent file>.chiso\"`, or declare the item directly with block, tree, ladder, stat\n"
     "  edit tree so {\n"
     "  ^\n"},
    {"EditStat",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit stat tren_80 \"Trên 80 điểm\" count index >= 80\n",
     "test.chiso:2:6: error: một thống kê được thay cả câu: viết `replace stat <mã> \"<nhãn>\" count <điều kiện>` thay cho `edit stat`\n"
     "  edit stat tren_80 \"Trên 80 điểm\" count index >= 80\n"
     "       ^\n",
     "test.chiso:2:6: error: a statistic is replaced as a whole: write `replace stat <id> \"<label>\" count <condition>` instead of `edit stat`\n"
     "  edit stat tren_80 \"Trên 80 điểm\" count index >= 80\n"
     "       ^\n"},
    {"ReplaceTree",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "replace tree so \"Bộ tiêu chí cấp sở\" { }\n",
     "test.chiso:2:9: error: không có `replace tree`: hãy sửa bằng `edit tree <mã> ...`, chỉ những gì được viết ra mới thay đổi\n"
     "  replace tree so \"Bộ tiêu chí cấp sở\" { }\n"
     "          ^\n",
     "test.chiso:2:9: error: there is no `replace tree`: change a tree with `edit tree <id> ...`, which replaces only what is written\n"
     "  replace tree so \"Bộ tiêu chí cấp sở\" { }\n"
     "          ^\n"},
    {"ChangeOutsideEditTree",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  change 1.2 max 3\n"
     "}\n"
     "  change 1.3 max 2\n",
     "test.chiso:5:3: error: thay đổi nút (`change`) chỉ được viết bên trong `edit tree <mã cây> { ... }`, ví dụ `edit tree so { change ... }`\n"
     "    change 1.3 max 2\n"
     "    ^\n",
     "test.chiso:5:3: error: a change of a node (`change`) is written inside `edit tree <tree id> { ... }`, e.g. `edit tree so { change ... }`\n"
     "    change 1.3 max 2\n"
     "    ^\n"},
    {"RemoveNodeOutsideEditTree",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "remove 4.2\n",
     "test.chiso:2:1: error: thay đổi nút (`remove`) chỉ được viết bên trong `edit tree <mã cây> { ... }`, ví dụ `edit tree so { remove ... }`\n"
     "  remove 4.2\n"
     "  ^\n",
     "test.chiso:2:1: error: a change of a node (`remove`) is written inside `edit tree <tree id> { ... }`, e.g. `edit tree so { remove ... }`\n"
     "  remove 4.2\n"
     "  ^\n"},
    {"AddInsideATree",
     "tree so \"Bộ tiêu chí cấp sở\" {\n"
     "  add criterion 3.4 \"Chuyển đổi số\" max 2 in 3\n"
     "}\n",
     "test.chiso:2:3: error: thay đổi nút (`add`) chỉ được viết bên trong `edit tree <mã cây> { ... }`, ví dụ `edit tree so { add ... }`\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 in 3\n"
     "    ^\n",
     "test.chiso:2:3: error: a change of a node (`add`) is written inside `edit tree <tree id> { ... }`, e.g. `edit tree so { add ... }`\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 in 3\n"
     "    ^\n"},
    {"ChangeAfterANodeOfATree",
     "tree so \"Bộ tiêu chí cấp sở\" {\n"
     "  criterion 3.3 \"Tiêu chí\" max 2\n"
     "  change 3.3 max 3\n"
     "}\n",
     "test.chiso:3:3: error: thay đổi nút (`change`) chỉ được viết bên trong `edit tree <mã cây> { ... }`, ví dụ `edit tree so { change ... }`\n"
     "    change 3.3 max 3\n"
     "    ^\n",
     "test.chiso:3:3: error: a change of a node (`change`) is written inside `edit tree <tree id> { ... }`, e.g. `edit tree so { change ... }`\n"
     "    change 3.3 max 3\n"
     "    ^\n"},
    {"NodeInEditTree",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  area 9 \"Điểm thưởng\" bonus cap 2\n"
     "}\n",
     "test.chiso:3:3: error: trong `edit tree`, nút mới được thêm bằng `add area <mã> \"<tiêu đề>\" ... in <mã nút cha | total>`: viết `add` trước `area` và `in ...` để nói nút nằm dưới nút nào\n"
     "    area 9 \"Điểm thưởng\" bonus cap 2\n"
     "    ^\n",
     "test.chiso:3:3: error: inside `edit tree` a new node is added with `add area <code> \"<title>\" ... in <parent code | total>`: write `add` before `area` and `in ...` to say where it goes\n"
     "    area 9 \"Điểm thưởng\" bonus cap 2\n"
     "    ^\n"},
    {"ExpectedTreeEditOrClose",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  1.2 max 3\n"
     "}\n",
     "test.chiso:3:3: error: trong `edit tree` viết các thay đổi (change, add, remove hoặc move) hoặc dấu `}` để đóng dấu `{` ở dòng 2\n"
     "    1.2 max 3\n"
     "    ^\n",
     "test.chiso:3:3: error: inside `edit tree` write changes (change, add, remove or move) or the `}` closing the `{` on line 2\n"
     "    1.2 max 3\n"
     "    ^\n"},
    {"UnknownTreeEdit",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  sửa 1.2 max 3\n"
     "}\n",
     "test.chiso:3:3: error: không hiểu `sửa`: trong `edit tree` mỗi thay đổi bắt đầu bằng change, add, remove hoặc move; hoặc viết `}` để đóng dấu `{` ở dòng 2\n"
     "    sửa 1.2 max 3\n"
     "    ^\n",
     "test.chiso:3:3: error: unknown word `sửa`: inside `edit tree` each change starts with change, add, remove or move; or write `}` to close the `{` on line 2\n"
     "    sửa 1.2 max 3\n"
     "    ^\n"},
    {"UnknownTreeEditSuggest",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  chnage 1.2 max 3\n"
     "}\n",
     "test.chiso:3:3: error: không hiểu `chnage` trong `edit tree`; có phải bạn muốn viết `change`?\n"
     "    chnage 1.2 max 3\n"
     "    ^\n",
     "test.chiso:3:3: error: unknown word `chnage` inside `edit tree`; did you mean `change`?\n"
     "    chnage 1.2 max 3\n"
     "    ^\n"},
    {"UnexpectedInEdit",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  remove 4.2 4.3\n"
     "}\n",
     "test.chiso:3:14: error: không mong đợi `4.3` ở đây: trong `edit tree` mỗi thay đổi bắt đầu bằng change, add, remove hoặc move\n"
     "    remove 4.2 4.3\n"
     "               ^\n",
     "test.chiso:3:14: error: unexpected `4.3` here: inside `edit tree` each change starts with change, add, remove or move\n"
     "    remove 4.2 4.3\n"
     "               ^\n"},
    {"ChangeWithoutAttribute",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  change 1.2\n"
     "  remove 4.2\n"
     "}\n",
     "test.chiso:3:13: error: `change 1.2` cần các thuộc tính được đổi, ví dụ `change 1.2 max 3` hoặc `change 1.2 title \"...\"`\n"
     "    change 1.2\n"
     "              ^\n",
     "test.chiso:3:13: error: `change 1.2` needs the attributes that change, e.g. `change 1.2 max 3` or `change 1.2 title \"...\"`\n"
     "    change 1.2\n"
     "              ^\n"},
    {"UnknownChangeAttribute",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  change 1.2 toi_da 3\n"
     "}\n",
     "test.chiso:3:14: error: `change 1.2` không đổi được `toi_da`: dùng title, max, weight, weighted, unchecked, survey, optional, na, default, inputs hoặc một cách chấm điểm (points, yesno, levels, bands, proportional, rate, answers, bonus, deduction, deduct, formula)\n"
     "    change 1.2 toi_da 3\n"
     "               ^\n",
     "test.chiso:3:14: error: `change 1.2` cannot change `toi_da`: use title, max, weight, weighted, unchecked, survey, optional, na, default, inputs or a scoring rule (points, yesno, levels, bands, proportional, rate, answers, bonus, deduction, deduct, formula)\n"
     "    change 1.2 toi_da 3\n"
     "               ^\n"},
    {"UnknownChangeAttributeSuggest",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  change 1.2 weigth 10%\n"
     "}\n",
     "test.chiso:3:14: error: nút 1.2 không có thuộc tính `weigth`; có phải bạn muốn viết `weight`?\n"
     "    change 1.2 weigth 10%\n"
     "               ^\n",
     "test.chiso:3:14: error: node 1.2 has no attribute `weigth`; did you mean `weight`?\n"
     "    change 1.2 weigth 10%\n"
     "               ^\n"},
    {"DuplicateChangeAttribute",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  change 1.2 max 3 optional max 4\n"
     "}\n",
     "test.chiso:3:29: error: `max` đã được viết ở dòng 3; mỗi thuộc tính chỉ viết một lần\n"
     "    change 1.2 max 3 optional max 4\n"
     "                              ^\n",
     "test.chiso:3:29: error: `max` is already given at line 3; write each attribute only once\n"
     "    change 1.2 max 3 optional max 4\n"
     "                              ^\n"},
    {"ExpectedChangeCode",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  change max 3\n"
     "}\n",
     "test.chiso:3:10: error: `change` cần một mã nút ở đây, ví dụ `1`, `1.2` hoặc `II.3`\n"
     "    change max 3\n"
     "           ^\n",
     "test.chiso:3:10: error: `change` needs a node code here, e.g. `1`, `1.2` or `II.3`\n"
     "    change max 3\n"
     "           ^\n"},
    {"AddNeedsIn",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  add criterion 3.4 \"Chuyển đổi số\" max 2 yesno after 3.3\n"
     "}\n",
     "test.chiso:3:49: error: `add 3.4` cần `in <mã nút cha | total>` ở đây để nói nút mới nằm dưới nút nào, ví dụ `in 3` hoặc `in total`\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 yesno after 3.3\n"
     "                                                  ^\n",
     "test.chiso:3:49: error: `add 3.4` needs `in <parent code | total>` here to say where the new node goes, e.g. `in 3` or `in total`\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 yesno after 3.3\n"
     "                                                  ^\n"},
    {"AddNeedsInAtTheEnd",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  add criterion 3.4 \"Chuyển đổi số\" max 2 yesno\n"
     "  remove 4.2\n"
     "}\n",
     "test.chiso:3:48: error: `add 3.4` cần `in <mã nút cha | total>` ở đây để nói nút mới nằm dưới nút nào, ví dụ `in 3` hoặc `in total`\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 yesno\n"
     "                                                 ^\n",
     "test.chiso:3:48: error: `add 3.4` needs `in <parent code | total>` here to say where the new node goes, e.g. `in 3` or `in total`\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 yesno\n"
     "                                                 ^\n"},
    {"AddInMisspelt",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  add criterion 3.4 \"Chuyển đổi số\" max 2 yesno inn 3\n"
     "}\n",
     "test.chiso:3:49: error: không hiểu `inn` sau `add`; có phải bạn muốn viết `in`?\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 yesno inn 3\n"
     "                                                  ^\n",
     "test.chiso:3:49: error: unknown word `inn` after `add`; did you mean `in`?\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 yesno inn 3\n"
     "                                                  ^\n"},
    {"AddUnknownKind",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  add critrion 3.4 \"Chuyển đổi số\" max 2 in 3\n"
     "}\n",
     "test.chiso:3:7: error: không hiểu `critrion` sau `add`; có phải bạn muốn viết `criterion`?\n"
     "    add critrion 3.4 \"Chuyển đổi số\" max 2 in 3\n"
     "        ^\n",
     "test.chiso:3:7: error: unknown word `critrion` after `add`; did you mean `criterion`?\n"
     "    add critrion 3.4 \"Chuyển đổi số\" max 2 in 3\n"
     "        ^\n"},
    {"AddWithoutKind",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  add 3.4 \"Chuyển đổi số\" max 2 in 3\n"
     "}\n",
     "test.chiso:3:7: error: sau `add` viết một trong các chữ: area, criterion, item, node\n"
     "    add 3.4 \"Chuyển đổi số\" max 2 in 3\n"
     "        ^\n",
     "test.chiso:3:7: error: after `add` write one of: area, criterion, item, node\n"
     "    add 3.4 \"Chuyển đổi số\" max 2 in 3\n"
     "        ^\n"},
    {"ExpectedParent",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  add criterion 3.4 \"Chuyển đổi số\" max 2 in\n"
     "  remove 4.2\n"
     "}\n",
     "test.chiso:3:45: error: `in` cần mã của nút cha, hoặc `total` cho gốc của cây, ví dụ `in 3` hoặc `in total`\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 in\n"
     "                                              ^\n",
     "test.chiso:3:45: error: `in` needs the code of the parent node, or `total` for the top of the tree, e.g. `in 3` or `in total`\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 in\n"
     "                                              ^\n"},
    {"AfterWithoutCode",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  add criterion 3.4 \"Chuyển đổi số\" max 2 in 3 after\n"
     "}\n",
     "test.chiso:3:53: error: `after` cần một mã nút ở đây, ví dụ `1`, `1.2` hoặc `II.3`\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 in 3 after\n"
     "                                                      ^\n",
     "test.chiso:3:53: error: `after` needs a node code here, e.g. `1`, `1.2` or `II.3`\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 in 3 after\n"
     "                                                      ^\n"},
    {"AddUnknownWordAfterPlace",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  add criterion 3.4 \"Chuyển đổi số\" max 2 in 3 afer 3.3\n"
     "}\n",
     "test.chiso:3:48: error: không hiểu `afer` sau `add`; có phải bạn muốn viết `after`?\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 in 3 afer 3.3\n"
     "                                                 ^\n",
     "test.chiso:3:48: error: unknown word `afer` after `add`; did you mean `after`?\n"
     "    add criterion 3.4 \"Chuyển đổi số\" max 2 in 3 afer 3.3\n"
     "                                                 ^\n"},
    {"MoveNeedsTo",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  move 2.3 3 after 3.1\n"
     "}\n",
     "test.chiso:3:12: error: `move 2.3` cần `to <mã nút cha | total>` ở đây, ví dụ `move 2.3 to 3 after 3.1`\n"
     "    move 2.3 3 after 3.1\n"
     "             ^\n",
     "test.chiso:3:12: error: `move 2.3` needs `to <parent code | total>` here, e.g. `move 2.3 to 3 after 3.1`\n"
     "    move 2.3 3 after 3.1\n"
     "             ^\n"},
    {"MoveUnknownWordSuggest",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  move 2.3 to 3 ass 10\n"
     "}\n",
     "test.chiso:3:17: error: không hiểu `ass` sau `move`; có phải bạn muốn viết `as`?\n"
     "    move 2.3 to 3 ass 10\n"
     "                  ^\n",
     "test.chiso:3:17: error: unknown word `ass` after `move`; did you mean `as`?\n"
     "    move 2.3 to 3 ass 10\n"
     "                  ^\n"},
    {"MoveAsTwice",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  move 2.3 to 3 as 10 as 11\n"
     "}\n",
     "test.chiso:3:23: error: `as` đã được viết ở dòng 3; mỗi thuộc tính chỉ viết một lần\n"
     "    move 2.3 to 3 as 10 as 11\n"
     "                        ^\n",
     "test.chiso:3:23: error: `as` is already given at line 3; write each attribute only once\n"
     "    move 2.3 to 3 as 10 as 11\n"
     "                        ^\n"},
    {"PositionTwice",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  move 2.3 to 3 after 3.1\n"
     "    first\n"
     "}\n",
     "test.chiso:4:5: error: vị trí của nút đã được viết ở dòng 3: chỉ viết một `after <mã>` hoặc `first`\n"
     "      first\n"
     "      ^\n",
     "test.chiso:4:5: error: the node's position is already given at line 3: write one `after <code>` or `first`\n"
     "      first\n"
     "      ^\n"},
    {"MissingCloseBraceOfAddedNode",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so {\n"
     "  add area 9 \"Điểm thưởng\" {\n"
     "    item 9.1 \"Sáng kiến\" bonus cap 2\n"
     "  remove 4.2\n"
     "}\n",
     "test.chiso:4:37: error: thiếu dấu `}` để đóng dấu `{` ở dòng 3\n"
     "      item 9.1 \"Sáng kiến\" bonus cap 2\n"
     "                                      ^\n",
     "test.chiso:4:37: error: missing `}` to close the `{` on line 3\n"
     "      item 9.1 \"Sáng kiến\" bonus cap 2\n"
     "                                      ^\n"},
    {"EditTreeNeedsOpenBrace",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so max 100\n"
     "year 2024\n",
     "test.chiso:2:21: error: `edit tree` cần dấu `{` ở đây để mở phần nội dung, ví dụ `edit tree so { change 1.2 max 3 }`\n"
     "  edit tree so max 100\n"
     "                      ^\n",
     "test.chiso:2:21: error: `edit tree` needs a `{` here to open its content, e.g. `edit tree so { change 1.2 max 3 }`\n"
     "  edit tree so max 100\n"
     "                      ^\n"},
    {"EditTreeUnknownAttribute",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tree so titel \"Bộ tiêu chí\" {\n"
     "}\n",
     "test.chiso:2:14: error: không hiểu `titel` sau `edit tree`; có phải bạn muốn viết `title`?\n"
     "  edit tree so titel \"Bộ tiêu chí\" {\n"
     "               ^\n",
     "test.chiso:2:14: error: unknown word `titel` after `edit tree`; did you mean `title`?\n"
     "  edit tree so titel \"Bộ tiêu chí\" {\n"
     "               ^\n"},
    {"UnknownWordAfterEdit",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit tre so {\n"
     "}\n",
     "test.chiso:2:6: error: không hiểu `tre` sau `edit`; có phải bạn muốn viết `tree`?\n"
     "  edit tre so {\n"
     "       ^\n",
     "test.chiso:2:6: error: unknown word `tre` after `edit`; did you mean `tree`?\n"
     "  edit tre so {\n"
     "       ^\n"},
    {"UnknownWordAfterEditNoSuggestion",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit khoi so tree so\n",
     "test.chiso:2:6: error: không hiểu `khoi` sau `edit`: viết một trong các chữ: tree, block, ladder\n"
     "  edit khoi so tree so\n"
     "       ^\n",
     "test.chiso:2:6: error: unknown word `khoi` after `edit`: write one of: tree, block, ladder\n"
     "  edit khoi so tree so\n"
     "       ^\n"},
    {"UnknownWordAfterReplace",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "replace ladr xep_loai \"Xếp loại\" { }\n",
     "test.chiso:2:9: error: không hiểu `ladr` sau `replace`; có phải bạn muốn viết `ladder`?\n"
     "  replace ladr xep_loai \"Xếp loại\" { }\n"
     "          ^\n",
     "test.chiso:2:9: error: unknown word `ladr` after `replace`; did you mean `ladder`?\n"
     "  replace ladr xep_loai \"Xếp loại\" { }\n"
     "          ^\n"},
    {"UnknownWordAfterRemove",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "remove blok tw\n",
     "test.chiso:2:8: error: không hiểu `blok` sau `remove`; có phải bạn muốn viết `block`?\n"
     "  remove blok tw\n"
     "         ^\n",
     "test.chiso:2:8: error: unknown word `blok` after `remove`; did you mean `block`?\n"
     "  remove blok tw\n"
     "         ^\n"},
    {"ExpectedWordAfterRemove",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "remove\n"
     "year 2024\n",
     "test.chiso:2:7: error: sau `remove` viết một trong các chữ: block, tree, ladder, stat\n"
     "  remove\n"
     "        ^\n",
     "test.chiso:2:7: error: after `remove` write one of: block, tree, ladder, stat\n"
     "  remove\n"
     "        ^\n"},
    {"EditBlockWithoutChange",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit block so\n"
     "year 2024\n",
     "test.chiso:2:14: error: `edit block so` cần điều được đổi: một tên mới trong dấu nháy, `tree <mã cây>` hoặc `exclude <mã nút>, ...`\n"
     "  edit block so\n"
     "               ^\n",
     "test.chiso:2:14: error: `edit block so` needs what changes: a new name in quotes, `tree <tree id>` or `exclude <codes>`\n"
     "  edit block so\n"
     "               ^\n"},
    {"EditBlockUnknownWord",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit block so tre so_tree\n",
     "test.chiso:2:15: error: không hiểu `tre` sau `edit block`; có phải bạn muốn viết `tree`?\n"
     "  edit block so tre so_tree\n"
     "                ^\n",
     "test.chiso:2:15: error: unknown word `tre` after `edit block`; did you mean `tree`?\n"
     "  edit block so tre so_tree\n"
     "                ^\n"},
    {"EditLadderNeedsId",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit ladder { \"Tốt\" when index >= 85 }\n",
     "test.chiso:2:13: error: `edit ladder` cần một mã ở đây (chữ cái, chữ số, `_`), ví dụ `edit ladder xep_loai { \"Tốt\" when 85 <= index < 90 }`\n"
     "  edit ladder { \"Tốt\" when index >= 85 }\n"
     "              ^\n",
     "test.chiso:2:13: error: `edit ladder` needs an id here (letters, digits, `_`), e.g. `edit ladder xep_loai { \"Tốt\" when 85 <= index < 90 }`\n"
     "  edit ladder { \"Tốt\" when index >= 85 }\n"
     "              ^\n"},
    {"EditLadderName",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "edit ladder xep_loai \"Xếp loại\" { \"Tốt\" when index >= 85 }\n",
     "test.chiso:2:22: error: `edit ladder` cần dấu `{` ở đây để mở phần nội dung, ví dụ `edit ladder xep_loai { \"Tốt\" when 85 <= index < 90 }`\n"
     "  edit ladder xep_loai \"Xếp loại\" { \"Tốt\" when index >= 85 }\n"
     "                       ^\n",
     "test.chiso:2:22: error: `edit ladder` needs a `{` here to open its content, e.g. `edit ladder xep_loai { \"Tốt\" when 85 <= index < 90 }`\n"
     "  edit ladder xep_loai \"Xếp loại\" { \"Tốt\" when index >= 85 }\n"
     "                       ^\n"},
    {"ReplaceStatNeedsCount",
     "extends \"../vn/par-tinh-2022.chiso\"\n"
     "replace stat tren_80 \"Trên 80 điểm\" index >= 80\n",
     "test.chiso:2:37: error: `replace stat` cần chữ `count` ở đây, ví dụ `replace stat tren_80 \"Trên 80 điểm\" count index >= 80`\n"
     "  replace stat tren_80 \"Trên 80 điểm\" index >= 80\n"
     "                                      ^\n",
     "test.chiso:2:37: error: `replace stat` needs the word `count` here, e.g. `replace stat tren_80 \"Trên 80 điểm\" count index >= 80`\n"
     "  replace stat tren_80 \"Trên 80 điểm\" index >= 80\n"
     "                                      ^\n"},
    };
    return cases;
}
// clang-format on

namespace {

class ParseInheritMessage : public testing::TestWithParam<MessageCase> {};

TEST_P(ParseInheritMessage, RendersExactlyInBothLanguages) {
    const MessageCase& c = GetParam();
    Parsed parsed = parse_text(c.source);
    EXPECT_FALSE(parsed.ast.has_value());
    EXPECT_EQ(rendered(parsed, Lang::Vi), c.vi);
    EXPECT_EQ(rendered(parsed, Lang::En), c.en);
}

INSTANTIATE_TEST_SUITE_P(All, ParseInheritMessage, testing::ValuesIn(inherit_message_cases()),
                         [](const testing::TestParamInfo<MessageCase>& param_info) { return std::string(param_info.param.name); });

}  // namespace
}  // namespace chiso::test
