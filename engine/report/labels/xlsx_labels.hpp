#pragma once
// Every word of the Excel annex (`eval --format xlsx`, docs/excel.md) that the
// other reports do not already have in labels.hpp, in both languages.
#include "engine/core/messages.hpp"

namespace chiso::labels::xlsx {

// ---- sheet names (at most 31 characters) -------------------------------------------
inline constexpr MessageDef kSummarySheet{"report.xlsx-summary-sheet", "Tổng hợp", "Summary"};
inline constexpr MessageDef kCriteriaSheet{"report.xlsx-criteria-sheet", "Tiêu chí", "Criteria"};

// ---- title rows -----------------------------------------------------------------------
// {0} the index's name in capitals, {1} the year.
inline constexpr MessageDef kAnnexTitle{"report.xlsx-annex-title", "KẾT QUẢ {0} NĂM {1}", "{0}: RESULTS FOR {1}"};
inline constexpr MessageDef kSummaryTitle{"report.xlsx-summary-title", "TỔNG HỢP KẾT QUẢ {0} NĂM {1}",
                                          "{0}: SUMMARY FOR {1}"};
inline constexpr MessageDef kCriteriaTitle{"report.xlsx-criteria-title", "BỘ TIÊU CHÍ {0} NĂM {1}",
                                           "{0}: CRITERIA FOR {1}"};
inline constexpr MessageDef kBlockLine{"report.xlsx-block-line", "Khối: {0} — {1} đơn vị", "Block: {0} — {1} units"};
inline constexpr MessageDef kBlockLineOne{"report.xlsx-block-line-one", "Khối: {0} — 1 đơn vị", "Block: {0} — 1 unit"};
// "Căn cứ: 1091/QĐ-UBND ngày 06/05/2020"
inline constexpr MessageDef kBasisLine{"report.xlsx-basis-line", "Căn cứ: {0}", "Legal basis: {0}"};
inline constexpr MessageDef kNotesHeading{"report.xlsx-notes", "Ghi chú:", "Notes:"};
// Printed at the foot of every page; &P and &N are Excel's page number and count.
inline constexpr MessageDef kPageFooter{"report.xlsx-page-footer", "Trang &P/&N", "Page &P of &N"};

// ---- annex columns ----------------------------------------------------------------------
inline constexpr MessageDef kColNumber{"report.xlsx-col-number", "STT", "No."};
inline constexpr MessageDef kColTotal{"report.xlsx-col-total", "Tổng điểm", "Total points"};
inline constexpr MessageDef kColMax{"report.xlsx-col-max", "Điểm tối đa áp dụng", "Applicable maximum"};
inline constexpr MessageDef kAreasGroup{"report.xlsx-areas-group", "Điểm theo lĩnh vực", "Points per area"};
// An area's header: {0} code, {1} title, {2} its maximum.
inline constexpr MessageDef kAreaHeader{"report.xlsx-area-header", "{0}. {1} ({2} điểm)", "{0}. {1} ({2} points)"};
inline constexpr MessageDef kAreaHeaderPlain{"report.xlsx-area-header-plain", "{0}. {1}", "{0}. {1}"};
inline constexpr MessageDef kBonusCap{"report.xlsx-bonus-cap", "cộng tối đa {0} điểm", "adds up to {0} points"};
inline constexpr MessageDef kDeductionCap{"report.xlsx-deduction-cap", "trừ tối đa {0} điểm",
                                          "deducts up to {0} points"};
// {0}. {1} ({2}) with {2} a cap above.
inline constexpr MessageDef kAdjustmentHeader{"report.xlsx-adjustment-header", "{0}. {1} ({2})", "{0}. {1} ({2})"};
inline constexpr MessageDef kNotApplicable{"report.xlsx-not-applicable", "không áp dụng", "not applicable"};

// ---- summary sheet ------------------------------------------------------------------------
inline constexpr MessageDef kColBlock{"report.xlsx-col-block", "Khối", "Block"};
inline constexpr MessageDef kColMeasure{"report.xlsx-col-measure", "Chỉ tiêu", "Measure"};
inline constexpr MessageDef kColValue{"report.xlsx-col-value", "Giá trị", "Value"};
inline constexpr MessageDef kColShare{"report.xlsx-col-share", "Tỷ lệ", "Share"};
inline constexpr MessageDef kColValueBefore{"report.xlsx-col-value-before", "Giá trị năm {0}", "Value {0}"};
inline constexpr MessageDef kColShareBefore{"report.xlsx-col-share-before", "Tỷ lệ năm {0}", "Share {0}"};
inline constexpr MessageDef kUnitCount{"report.xlsx-unit-count", "Số đơn vị", "Units"};

// ---- criteria sheet -----------------------------------------------------------------------
inline constexpr MessageDef kColCode{"report.xlsx-col-code", "Mã", "Code"};
inline constexpr MessageDef kColTitle{"report.xlsx-col-title", "Nội dung", "Criterion"};
inline constexpr MessageDef kColNodeMax{"report.xlsx-col-node-max", "Điểm tối đa", "Maximum"};
inline constexpr MessageDef kColWeight{"report.xlsx-col-weight", "Trọng số", "Weight"};
inline constexpr MessageDef kColRule{"report.xlsx-col-rule", "Cách chấm", "Scoring rule"};
inline constexpr MessageDef kColRemarks{"report.xlsx-col-remarks", "Ghi chú", "Remarks"};
// A tree's heading row: {0} title, {1} maximum, {2} the blocks assessed with it.
inline constexpr MessageDef kTreeHeading{"report.xlsx-tree-heading", "{0} (tối đa {1} điểm) — khối: {2}",
                                         "{0} (maximum {1} points) — blocks: {2}"};
inline constexpr MessageDef kRuleEntered{"report.xlsx-rule-entered", "nhập điểm trực tiếp", "points entered"};
inline constexpr MessageDef kRemarkWeighted{"report.xlsx-remark-weighted", "tổng theo trọng số", "weighted sum"};
inline constexpr MessageDef kRemarkSurvey{"report.xlsx-remark-survey", "điều tra xã hội học", "survey"};
inline constexpr MessageDef kRemarkOptional{"report.xlsx-remark-optional", "có thể không áp dụng",
                                            "may be not applicable"};
inline constexpr MessageDef kRemarkDefault{"report.xlsx-remark-default", "mặc định {0}", "default {0}"};
inline constexpr MessageDef kRemarkExcluded{"report.xlsx-remark-excluded", "không đánh giá ở khối: {0}",
                                            "not assessed in: {0}"};

}  // namespace chiso::labels::xlsx
