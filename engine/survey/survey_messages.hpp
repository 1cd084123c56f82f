#pragma once
// Messages of reading answer sheets against the criteria's `survey` (engine/survey):
// positioned at the cell (`file:line:col`, the row and the column's name in the text).
#include "engine/core/messages.hpp"

namespace chiso::msg::survey {

inline constexpr MessageDef kUnknownColumn{"survey.unknown-column",
    "tệp phiếu không có cột `{0}` mà phiếu khảo sát `{1}` đọc (dòng {2} của bộ tiêu chí)",
    "the answer sheet has no column `{0}`, which survey `{1}` reads (line {2} of the criteria)"};
inline constexpr MessageDef kOffScale{"survey.off-scale",
    "hàng {0}, cột `{1}`: câu trả lời `{2}` không có trong thang của câu hỏi; các câu trả lời: {3}",
    "row {0}, column `{1}`: the answer `{2}` is not on the question's scale; the answers are: {3}"};
inline constexpr MessageDef kLikertOffScale{"survey.likert-off-scale",
    "hàng {0}, cột `{1}`: câu trả lời `{2}` không phải một điểm nguyên từ {3} đến {4}",
    "row {0}, column `{1}`: the answer `{2}` is not a whole point from {3} to {4}"};
inline constexpr MessageDef kTooFew{"survey.too-few-forms",
    "đơn vị `{0}`, tiêu chí `{1}`: chỉ có {2} phiếu hợp lệ, ít hơn mức tối thiểu {3} phiếu",
    "unit `{0}`, criterion `{1}`: only {2} valid forms, fewer than the minimum of {3}"};
inline constexpr MessageDef kTooFewUnrated{"survey.too-few-unrated",
    "đơn vị `{0}`, tiêu chí `{1}`: chỉ có {2} phiếu hợp lệ, ít hơn mức tối thiểu {3} phiếu: tiêu chí này được tính là không áp dụng",
    "unit `{0}`, criterion `{1}`: only {2} valid forms, fewer than the minimum of {3}: the criterion counts as not applicable"};
inline constexpr MessageDef kDuplicateForm{"survey.duplicate-form",
    "hàng {0}, cột `{1}`: mã phiếu `{2}` đã có ở hàng {3}; mỗi phiếu chỉ được tính một lần",
    "row {0}, column `{1}`: form id `{2}` is already on row {3}; a form counts once"};
inline constexpr MessageDef kBlankFormId{"survey.blank-form-id",
    "hàng {0}, cột `{1}`: phiếu không có mã",
    "row {0}, column `{1}`: the form has no id"};
inline constexpr MessageDef kUnknownUnit{"survey.unknown-unit",
    "hàng {0}, cột `{1}`: đơn vị `{2}` không có trong tệp điểm (so theo mã và tên đơn vị)",
    "row {0}, column `{1}`: unit `{2}` is not in the score file (compared with the units' ids and names)"};
inline constexpr MessageDef kEnteredAndComputed{"survey.entered-and-computed",
    "đơn vị `{0}`: tiêu chí `{1}` được tính từ phiếu khảo sát `{2}` (cột `{3}`); xoá giá trị nhập ở đây",
    "unit `{0}`: criterion `{1}` is computed from survey `{2}` (column `{3}`); remove the value entered here"};
inline constexpr MessageDef kBadWeight{"survey.bad-weight",
    "hàng {0}, cột `{1}`: trọng số `{2}` phải là một số dương, tối đa 6 chữ số thập phân",
    "row {0}, column `{1}`: the weight `{2}` must be a positive number with at most 6 decimals"};
inline constexpr MessageDef kNoSurvey{"survey.no-survey",
    "có tệp phiếu `{0}` nhưng bộ tiêu chí không khai báo `survey` nào để đọc nó",
    "an answer sheet `{0}` is given but the criteria declare no `survey` to read it"};

// {0}: row, {1}: column, {2}: form id, {3}: criterion, {4}: unit, {5}: block.
inline constexpr MessageDef kNotAssessed{"survey.not-assessed",
    "hàng {0}, cột `{1}`: phiếu `{2}` trả lời câu hỏi của tiêu chí `{3}` cho đơn vị `{4}`, nhưng khối `{5}` không đánh giá `{3}`; để trống cột này ở các phiếu của khối `{5}` hoặc kiểm tra cột đơn vị",
    "row {0}, column `{1}`: form `{2}` answers the question of criterion `{3}` for unit `{4}`, but block `{5}` does not assess `{3}`; leave this column blank on the forms of block `{5}`, or check the unit column"};

}  // namespace chiso::msg::survey
