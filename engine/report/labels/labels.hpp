#pragma once
// Every word the reports print, in both languages, in one place so a translation
// is reviewed as a whole. Patterns use positional fmt fields {0}, {1}.
// JSON and CSV use none of these: their keys are stable machine ids.
#include <string>
#include <utility>

#include <fmt/format.h>

#include "engine/core/messages.hpp"

namespace chiso::labels {

// ---- table and Markdown columns -------------------------------------------------
inline constexpr MessageDef col_rank{"report.col-rank", "Hạng", "Rank"};
inline constexpr MessageDef col_id{"report.col-id", "Mã", "Id"};
inline constexpr MessageDef col_unit{"report.col-unit", "Đơn vị", "Unit"};
inline constexpr MessageDef col_points{"report.col-points", "Điểm", "Points"};
inline constexpr MessageDef col_max{"report.col-max", "Tối đa", "Max"};
inline constexpr MessageDef col_index_percent{"report.col-index-percent", "Chỉ số (%)", "Index (%)"};
inline constexpr MessageDef col_index_points{"report.col-index-points", "Chỉ số", "Index"};

// ---- block headings and statistics ----------------------------------------------
inline constexpr MessageDef block_heading{"report.block-heading", "Khối: {0} ({1}) — {2} đơn vị",
                                          "Block: {0} ({1}) — {2} units"};
inline constexpr MessageDef block_heading_one{"report.block-heading-one", "Khối: {0} ({1}) — 1 đơn vị",
                                              "Block: {0} ({1}) — 1 unit"};
// A partial publication, units not ranked (docs/language.md, "Partial publications").
inline constexpr MessageDef pop_heading{"report.population-heading",
                                        "Khối: {0} ({1}) — {2} đơn vị được công bố, trên tổng số {3}",
                                        "Block: {0} ({1}) — {2} units listed, of {3} in all"};
inline constexpr MessageDef pop_ranks_published{"report.population-ranks-published",
                                                "Hạng: hạng được công bố, trong tổng số {0} đơn vị",
                                                "Rank: the published rank, among all {0} units"};
inline constexpr MessageDef pop_ranks_listed{"report.population-ranks-listed",
                                             "Hạng: thứ hạng trong {0} đơn vị được công bố, không phải hạng trong tổng số {1} đơn vị",
                                             "Rank: the rank among the {0} units listed, not among all {1} units"};
inline constexpr MessageDef pop_ranks_ranked{"report.population-ranks-ranked", "Hạng: trong {0} đơn vị được xếp hạng",
                                             "Rank: among the {0} units ranked"};
inline constexpr MessageDef pop_not_ranked{"report.population-not-ranked", "Không xếp hạng: {0} (`{1}`)",
                                           "Not ranked: {0} (`{1}`)"};
inline constexpr MessageDef pop_not_ranked_reason{"report.population-not-ranked-reason",
                                                  "Không xếp hạng: {0} (`{1}`) — {2}", "Not ranked: {0} (`{1}`) — {2}"};
inline constexpr MessageDef pop_stats{"report.population-stats", "Thống kê của", "Statistics of"};
inline constexpr MessageDef pop_stats_listed{"report.population-stats-listed",
                                             "{0} đơn vị được công bố, trên tổng số {1}",
                                             "the {0} units listed, of {1} in all"};
inline constexpr MessageDef pop_stats_ranked{"report.population-stats-ranked", "{0} đơn vị được xếp hạng",
                                             "the {0} units ranked"};
inline constexpr MessageDef pop_stats_unranked{"report.population-stats-unranked",
                                               "{0}; không tính {1} đơn vị không xếp hạng",
                                               "{0}; not counting {1} not ranked"};
inline constexpr MessageDef pop_no_rank{"report.population-no-rank", "—", "—"};
inline constexpr MessageDef no_units{"report.no-units", "(chưa có đơn vị)", "(no units)"};
inline constexpr MessageDef stat_mean{"report.stat-mean", "Trung bình", "Mean"};
inline constexpr MessageDef stat_min{"report.stat-min", "Thấp nhất", "Lowest"};
inline constexpr MessageDef stat_max{"report.stat-max", "Cao nhất", "Highest"};
// A ladder rung in the statistics: "Xếp loại — Tốt".
inline constexpr MessageDef stat_class{"report.stat-class", "{0} — {1}", "{0} — {1}"};
// "14/15 (93,33%)"
inline constexpr MessageDef share_of{"report.share-of", "{0}/{1} ({2}%)", "{0}/{1} ({2}%)"};

// ---- explanation: header ----------------------------------------------------------
inline constexpr MessageDef ex_unit{"report.explain-unit", "Đơn vị: {0} ({1})", "Unit: {0} ({1})"};
inline constexpr MessageDef ex_block{"report.explain-block", "Khối: {0} ({1})", "Block: {0} ({1})"};
inline constexpr MessageDef ex_index{"report.explain-index", "Chỉ số: {0} năm {1}", "Index: {0}, {1}"};
inline constexpr MessageDef ex_bases{"report.explain-bases", "Căn cứ:", "Legal basis:"};
inline constexpr MessageDef ex_basis_dated{"report.explain-basis-dated", "{0} ngày {1}", "{0} of {1}"};

// ---- explanation: notes on a node ------------------------------------------------
inline constexpr MessageDef note_input{"report.note-input", "nhập: {0}", "entered: {0}"};
inline constexpr MessageDef note_rule{"report.note-rule", "quy tắc: {0}", "rule: {0}"};
inline constexpr MessageDef note_given{"report.note-given", "nhập trực tiếp", "given"};
inline constexpr MessageDef note_na_excluded{"report.note-na-excluded", "không áp dụng — loại khỏi mẫu số",
                                             "not applicable — removed from the denominator"};
inline constexpr MessageDef note_na_full{"report.note-na-full", "không áp dụng — tính đủ điểm",
                                         "not applicable — full points"};
inline constexpr MessageDef note_na_zero{"report.note-na-zero", "không áp dụng — tính 0 điểm",
                                         "not applicable — scored zero"};
inline constexpr MessageDef note_default{"report.note-default", "giá trị mặc định", "default value"};
inline constexpr MessageDef note_excluded{"report.note-excluded", "không đánh giá ở khối này",
                                          "not assessed in this block"};
inline constexpr MessageDef note_self{"report.note-self", "tự chấm {0}", "self-assessed {0}"};
inline constexpr MessageDef note_appraised{"report.note-appraised", "thẩm định {0}", "appraised {0}"};
inline constexpr MessageDef note_capped{"report.note-capped", "đã giới hạn ở tối đa", "capped at the maximum"};
// A value computed from survey answer sheets (engine/input/survey_figures.hpp).
inline constexpr MessageDef note_survey{"report.note-survey",
    "phiếu khảo sát `{0}`, cột `{1}`: {2} phiếu hợp lệ, {3}%, khoảng tin cậy {4}%: {5}–{6}% ({7})",
    "survey `{0}`, column `{1}`: {2} valid forms, {3}%, {4}% confidence interval: {5}–{6}% ({7})"};
inline constexpr MessageDef note_survey_unrated{"report.note-survey-unrated",
    "phiếu khảo sát `{0}`, cột `{1}`: {2} phiếu hợp lệ, ít hơn mức tối thiểu {3}: không đánh giá",
    "survey `{0}`, column `{1}`: {2} valid forms, fewer than the minimum of {3}: not rated"};
inline constexpr MessageDef survey_wilson{"report.survey-wilson", "Wilson", "Wilson"};
inline constexpr MessageDef survey_normal{"report.survey-normal", "xấp xỉ chuẩn", "normal approximation"};
inline constexpr MessageDef survey_bootstrap{"report.survey-bootstrap", "bootstrap, {0} mẫu lặp, hạt giống {1}",
                                             "bootstrap, {0} resamples, seed {1}"};
inline constexpr MessageDef survey_bootstrap_weighted{"report.survey-bootstrap-weighted",
                                                      "bootstrap có trọng số, {0} mẫu lặp, hạt giống {1}",
                                                      "weighted bootstrap, {0} resamples, seed {1}"};
inline constexpr MessageDef survey_weighted{"report.survey-weighted", "{0}, có trọng số, cỡ mẫu hiệu dụng",
                                            "{0}, weighted, effective sample size"};
// The branch of a rule that applied (engine/report/trace_text.cpp), in the reader's
// language; "max" is the node's maximum in both languages, as the criteria write it.
inline constexpr MessageDef rule_yes{"report.rule-yes", "có → max", "yes → max"};
inline constexpr MessageDef rule_no{"report.rule-no", "không → 0", "no → 0"};
inline constexpr MessageDef rule_level{"report.rule-level", "\"{0}\" → {1}", "\"{0}\" → {1}"};
inline constexpr MessageDef rule_band{"report.rule-band", "{0} ∈ {1} → {2}", "{0} ∈ {1} → {2}"};
inline constexpr MessageDef rule_share{"report.rule-share", "max × {0}", "max × {0}"};
inline constexpr MessageDef rule_formula{"report.rule-formula", "= {0}", "= {0}"};
inline constexpr MessageDef rule_per_event{"report.rule-per-event", "max − {0} × {1}", "max − {0} × {1}"};
inline constexpr MessageDef rule_cap{"report.rule-cap", "{0} (giới hạn {1})", "{0} (cap {1})"};
inline constexpr MessageDef rule_weighted{"report.rule-weighted", "{0} × ({1}) ÷ {2}", "{0} × ({1}) ÷ {2}"};
inline constexpr MessageDef rule_geometric{"report.rule-geometric", "{0} × ({1})", "{0} × ({1})"};
inline constexpr MessageDef rule_harmonic{"report.rule-harmonic", "{0} × {1} ÷ ({2})", "{0} × {1} ÷ ({2})"};
// Normalisation across units (engine/report/build/trace_text.cpp, normalise_notes).
inline constexpr MessageDef note_normalised{"report.note-normalised", "chuẩn hóa: {0}", "normalised: {0}"};
// {0} where the units come from, {1} how many, {2} the lowest value, {3} its unit, {4} the highest, {5} its unit.
inline constexpr MessageDef note_population{"report.note-population",
    "tập so sánh: {0} — {1} đơn vị; thấp nhất {2} ({3}), cao nhất {4} ({5})",
    "population: {0} — {1} units; lowest {2} ({3}), highest {4} ({5})"};
// {0} where the units come from, {1} how many, {2} the mean, {3} which sd, {4} the variance, {5} its root shown.
inline constexpr MessageDef note_population_z{"report.note-population-z",
    "tập so sánh: {0} — {1} đơn vị; trung bình {2}; {3} = √{4} ≈ {5}",
    "population: {0} — {1} units; mean {2}; {3} = √{4} ≈ {5}"};
inline constexpr MessageDef norm_blocks{"report.norm-blocks", "khối {0}", "block {0}"};
inline constexpr MessageDef norm_years{"report.norm-years", "gộp các năm {0}", "pooled with {0}"};
inline constexpr MessageDef norm_limited{"report.norm-limited", "{0} giới hạn về {1}", "{0} limited to {1}"};
inline constexpr MessageDef norm_rank{"report.norm-rank", "hạng {0}/{1}", "rank {0}/{1}"};
inline constexpr MessageDef norm_equal{"report.norm-equal", "mọi đơn vị cùng giá trị {0} → if equal {1}",
                                       "every unit has the value {0} → if equal {1}"};
inline constexpr MessageDef entered_na{"report.entered-na", "không áp dụng", "not applicable"};

// ---- explanation: totals ----------------------------------------------------------
// {0} points, {1} max, {2} scale ("100%" or the tree's maximum), {3} exact, {4} published.
inline constexpr MessageDef ex_formula{"report.explain-formula", "Chỉ số = {0} ÷ {1} × {2} = {3} → {4}",
                                       "Index = {0} ÷ {1} × {2} = {3} → {4}"};
inline constexpr MessageDef ex_rank{"report.explain-rank", "Hạng {0}/{1}", "Rank {0}/{1}"};
inline constexpr MessageDef ex_rank_published{"report.explain-rank-published",
                                              "Hạng {0}: hạng được công bố, trong tổng số {1} đơn vị",
                                              "Rank {0}: the published rank, among all {1} units"};
inline constexpr MessageDef ex_rank_listed{"report.explain-rank-listed",
                                           "Hạng {0} trong {1} đơn vị được công bố, trên tổng số {2}",
                                           "Rank {0} among the {1} units listed, of {2} in all"};
inline constexpr MessageDef ex_rank_ranked{"report.explain-rank-ranked", "Hạng {0}/{1} (trong các đơn vị được xếp hạng)",
                                           "Rank {0}/{1} (among the units ranked)"};
inline constexpr MessageDef ex_not_ranked{"report.explain-not-ranked", "Không xếp hạng", "Not ranked"};
inline constexpr MessageDef ex_not_ranked_reason{"report.explain-not-ranked-reason", "Không xếp hạng: {0}",
                                                 "Not ranked: {0}"};
inline constexpr MessageDef ex_class{"report.explain-class", "{0}: {1}", "{0}: {1}"};
// A cut-off from the year's distribution (docs/language.md §15d) and the rung that held.
inline constexpr MessageDef ex_cutoff{"report.explain-cutoff", "  ngưỡng {0} = {1} = {2}", "  cut-off {0} = {1} = {2}"};
inline constexpr MessageDef ex_rung_held{"report.explain-rung-held", "  bậc \"{0}\" vì {1}: {2}",
                                         "  rung \"{0}\" because {1}: {2}"};
inline constexpr MessageDef ex_distribution{"report.explain-distribution", "  {0} = {1} (của {2} đơn vị)",
                                            "  {0} = {1} (of {2} units)"};
inline constexpr MessageDef ex_distribution_sd{"report.explain-distribution-sd",
                                               "  {0} = √{1} ≈ {2} (làm tròn xuống, sai số dưới một đơn vị ở chữ số cuối; của {3} đơn vị)",
                                               "  {0} = √{1} ≈ {2} (rounded down, below one unit of the last digit; of {3} units)"};
inline constexpr MessageDef ex_distribution_head{"report.explain-distribution-head", "Thống kê của khối dùng trong các ngưỡng:",
                                                 "The block's statistics used by the cut-offs:"};
inline constexpr MessageDef unclassified{"report.unclassified", "không xếp loại", "unclassified"};

// ---- comparison with last year (docs/years.md) ---------------------------------
inline constexpr MessageDef yr_col_rank{"report.year-col-rank", "Hạng {0}", "Rank {0}"};
inline constexpr MessageDef yr_col_rank_change{"report.year-col-rank-change", "Tăng/giảm hạng", "Rank change"};
inline constexpr MessageDef yr_col_index{"report.year-col-index", "Chỉ số {0}", "Index {0}"};
inline constexpr MessageDef yr_col_index_change{"report.year-col-index-change", "Tăng/giảm", "Change"};
inline constexpr MessageDef yr_new{"report.year-new", "mới", "new"};
inline constexpr MessageDef yr_unknown{"report.year-unknown", "chưa có", "not known"};
inline constexpr MessageDef yr_not_ranked{"report.year-not-ranked", "không xếp hạng", "not ranked"};
inline constexpr MessageDef yr_note_not_listed{"report.year-note-not-listed",
                                               "Không có trong danh sách công bố năm nay (công bố một phần): {0} đơn vị có kết quả năm {1}",
                                               "Not listed this year (a partial publication): {0} units with a result in {1}"};
inline constexpr MessageDef yr_stat_incomparable{"report.year-stat-incomparable",
                                                 "(năm {0}: {1}, của {2} đơn vị; không so sánh: khác số đơn vị)",
                                                 "({0}: {1}, of {2} units; not compared: another number of units)"};
inline constexpr MessageDef yr_merged{"report.year-merged", "hợp nhất", "merged"};
inline constexpr MessageDef yr_other_block{"report.year-other-block", "đổi khối", "other block"};
// "`an-lao` (hạng 9 năm 2018)"
inline constexpr MessageDef yr_ref_ranked{"report.year-ref-ranked", "`{0}` (hạng {1} năm {2})", "`{0}` (rank {1} in {2})"};
inline constexpr MessageDef yr_ref_unranked{"report.year-ref-unranked", "`{0}` (chưa có hạng năm {1})",
                                            "`{0}` (no rank known for {1})"};
inline constexpr MessageDef yr_note_renamed{"report.year-note-renamed", "{0}: so với {1}", "{0}: compared with {1}"};
inline constexpr MessageDef yr_note_split{"report.year-note-split", "{0}: tách từ {1}", "{0}: split from {1}"};
inline constexpr MessageDef yr_note_merged{"report.year-note-merged",
    "{0}: hợp nhất từ {1}; chỉ số năm {2} là bình quân của các đơn vị này",
    "{0}: merged from {1}; its {2} index is the mean of theirs"};
inline constexpr MessageDef yr_note_other_block{"report.year-note-other-block",
    "{0}: năm trước là {1} ở khối `{2}`; không so sánh thứ hạng",
    "{0}: last year {1} in block `{2}`; ranks not compared"};
inline constexpr MessageDef yr_note_class{"report.year-note-class", "{0}: {1} {2} (năm {3}) → {4}",
                                          "{0}: {1} {2} ({3}) → {4}"};
inline constexpr MessageDef yr_note_vanished{"report.year-note-vanished", "Không còn đánh giá: {0}, {1}",
                                             "No longer assessed: {0}, {1}"};
// Appended to a statistic: "(năm 2018: 84,00; +1,12)"
inline constexpr MessageDef yr_stat_before{"report.year-stat-before", "(năm {0}: {1}; {2})", "({0}: {1}; {2})"};
inline constexpr MessageDef yr_stat_count{"report.year-stat-count", "Số đơn vị năm {0}", "Units in {0}"};
inline constexpr MessageDef yr_stat_class_before{"report.year-stat-class-before", "(năm {0}: {1})", "({0}: {1})"};

inline constexpr MessageDef yr_heading{"report.year-heading", "So sánh với năm {0}", "Compared with {0}"};
inline constexpr MessageDef yr_vanished_blocks{"report.year-vanished-blocks",
    "Đơn vị năm {0} thuộc khối không còn trong bộ tiêu chí:", "Units of {0} in blocks the criteria no longer have:"};

// ---- replay ---------------------------------------------------------------------
inline constexpr MessageDef replay_heading{"report.replay-heading",
    "Điểm năm {0} ({1}) tính theo bộ tiêu chí {2} (năm {3})",
    "Scores of {0} ({1}) under the criteria {2} ({3})"};

// ---- HTML report (`chiso report`, docs/reports.md) -------------------------------
// {0} index name, {1} locality, {2} year.
inline constexpr MessageDef html_title{"report.html-title", "{0} — {1} năm {2}", "{0} — {1}, {2}"};
inline constexpr MessageDef html_contents{"report.html-contents", "Các khối", "Blocks"};
inline constexpr MessageDef html_bar_title{"report.html-bar-title", "Chỉ số theo đơn vị và ngưỡng xếp loại",
                                           "Index by unit, with the classification cut-offs"};
inline constexpr MessageDef html_bar_caption{"report.html-bar-caption",
    "Mỗi thanh là chỉ số của một đơn vị, theo thứ hạng; đường dọc là ngưỡng xếp loại, đường ngang là ngưỡng theo thứ hạng.",
    "Each bar is one unit's index, in rank order; vertical lines are classification cut-offs, horizontal lines cut-offs by rank."};
// The axis of a points scale: {0} the tree's maximum.
inline constexpr MessageDef html_axis_points{"report.html-axis-points", "Chỉ số (thang {0} điểm)",
                                             "Index ({0}-point scale)"};
inline constexpr MessageDef html_stats_lane{"report.html-stats-lane", "Thống kê", "Statistics"};
inline constexpr MessageDef html_cut_partial{"report.html-cut-partial",
    "* Ngưỡng kèm điều kiện khác (thứ hạng, chỉ số thành phần…): xem bộ tiêu chí.",
    "* Cut-off with further conditions (rank, a component index…): see the criteria."};
// {0} ladder, {1} rung, {2} rank.
inline constexpr MessageDef html_rank_top{"report.html-rank-top", "{0}: {1} — hạng 1 đến {2}", "{0}: {1} — ranks 1 to {2}"};
inline constexpr MessageDef html_rank_bottom{"report.html-rank-bottom", "{0}: {1} — từ hạng {2}",
                                             "{0}: {1} — rank {2} and below"};
// {0} the cut-offs, e.g. "Xuất sắc ≥ 90".
inline constexpr MessageDef html_points_cuts{"report.html-points-cuts",
    "Ngưỡng theo tổng điểm (không so được trên trục %, vì điểm tối đa áp dụng khác nhau giữa các đơn vị): {0}",
    "Cut-offs on points (not comparable on the % axis: units' applicable maxima differ): {0}"};
inline constexpr MessageDef html_table_title{"report.html-table-title", "Bảng xếp hạng", "Ranking"};
inline constexpr MessageDef html_stats_title{"report.html-stats-title", "Thống kê của khối", "Block statistics"};
inline constexpr MessageDef html_heat_title{"report.html-heat-title", "Điểm theo lĩnh vực (% điểm tối đa)",
                                            "Points by area (% of the maximum)"};
inline constexpr MessageDef html_heat_caption{"report.html-heat-caption",
    "Mỗi ô là điểm đạt được của đơn vị ở lĩnh vực; màu theo tỷ lệ trên điểm tối đa áp dụng: ô càng đỏ, đơn vị mất càng nhiều điểm.",
    "Each cell is the unit's points in the area; its colour the share of the applicable maximum: the redder, the more points lost."};
inline constexpr MessageDef html_heat_max{"report.html-heat-max", "tối đa {0}", "max {0}"};
inline constexpr MessageDef html_heat_adjustment{"report.html-heat-adjustment", "cộng/trừ", "bonus/deduction"};
inline constexpr MessageDef html_heat_na{"report.html-heat-na", "KAD", "N/A"};
inline constexpr MessageDef html_heat_na_legend{"report.html-heat-na-legend", "KAD: không áp dụng",
                                                "N/A: not applicable"};
inline constexpr MessageDef html_heat_none_legend{"report.html-heat-none-legend", "—: không có điểm chi tiết",
                                                  "—: no detailed score"};
inline constexpr MessageDef html_heat_legend{"report.html-heat-legend", "Tỷ lệ điểm đạt:", "Share of the maximum:"};
// Tooltip of a cell: {0} unit, {1} area, {2} points, {3} max, {4} percent.
inline constexpr MessageDef html_heat_cell{"report.html-heat-cell", "{0} — {1}: {2}/{3} điểm ({4}%)",
                                           "{0} — {1}: {2}/{3} points ({4}%)"};
inline constexpr MessageDef html_no_areas{"report.html-no-areas",
    "Bộ tiêu chí của khối này không chia lĩnh vực (chỉ có tổng điểm), nên không có bảng màu theo lĩnh vực.",
    "This block's criteria have no areas (totals only), so there is no heat map by area."};
// {0} last year.
inline constexpr MessageDef html_slope_title{"report.html-slope-title", "Thay đổi thứ hạng so với năm {0}",
                                             "Rank changes since {0}"};
// {0} last year, {1} this year.
inline constexpr MessageDef html_slope_caption{"report.html-slope-caption",
    "Trái: hạng năm {0}; phải: hạng năm {1}. Xanh: tăng hạng; đỏ: giảm hạng; xám: giữ hạng; nét đứt: hợp nhất từ nhiều đơn vị.",
    "Left: ranks in {0}; right: ranks in {1}. Blue: up; red: down; grey: same; dashed: merged from several units."};
inline constexpr MessageDef html_slope_none{"report.html-slope-none",
    "Không đơn vị nào của khối có thứ hạng năm {0} để so sánh.", "No unit of this block has a rank in {0} to compare with."};
inline constexpr MessageDef html_vanished{"report.html-vanished", "không còn đánh giá", "no longer assessed"};
inline constexpr MessageDef html_explain_title{"report.html-explain-title", "Giải trình điểm của từng đơn vị",
                                               "How each unit's points were computed"};
inline constexpr MessageDef html_explain_print{"report.html-explain-print",
    "Phần giải trình không in ra giấy; xem bản điện tử này hoặc lệnh `chiso explain` cho từng đơn vị.",
    "Explanations are not printed; see this file on screen, or `chiso explain` for one unit."};
inline constexpr MessageDef html_expand_all{"report.html-expand-all", "Mở tất cả", "Expand all"};
inline constexpr MessageDef html_collapse_all{"report.html-collapse-all", "Thu gọn tất cả", "Collapse all"};
// A unit's summary line: {0} rank, {1} name, {2} index.
inline constexpr MessageDef html_unit_summary{"report.html-unit-summary", "{0}. {1} — chỉ số {2}",
                                              "{0}. {1} — index {2}"};

// The pattern in `lang`.
const char* text(const MessageDef& message, Lang lang);

template <typename... Args>
std::string format(const MessageDef& message, Lang lang, Args&&... args) {
    return fmt::format(fmt::runtime(text(message, lang)), std::forward<Args>(args)...);
}

}  // namespace chiso::labels
