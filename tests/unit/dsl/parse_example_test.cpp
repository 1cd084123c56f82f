// A complete file using every construct, parsed and compared as a whole; then the
// same file cut at every byte, which must never crash and must either parse or
// report at least one error.
#include <string>

#include <gtest/gtest.h>

#include "parse_test_support.hpp"

namespace chiso::test {
namespace {

// clang-format off
const std::string kExample =
    "# Chỉ số CCHC\n"
    "index par \"Chỉ số cải cách hành chính\"\n"
    "locality haiphong \"Hải Phòng\"\n"
    "year 2019\n"
    "basis \"1091/QĐ-UBND\" date 2020-05-06 \"Phê duyệt và công bố Chỉ số CCHC năm 2019\"\n"
    "basis \"12/KH-UBND\" date 06/05/2020\n"
    "basis \"13/KH\"\n"
    "publish percent\n"
    "rounding 2 half_up\n"
    "ranking by points exact ties distinct by points, 1, 2.1, name within group\n"
    "not_applicable exclude\n"
    "missing error\n"
    "block so \"Sở, ban, ngành\" tree so_tree exclude 3, 4.2\n"
    "block huyen \"Quận, huyện\"\n"
    "\n"
    "tree so_tree \"Bộ tiêu chí cấp sở\" max 100 weighted {\n"
    "  area 1 \"Công tác chỉ đạo\" max 10 {\n"
    "    criterion 1.1 \"Kế hoạch\" max 2 yesno\n"
    "    criterion 1.2 \"Mức độ\" max 3 levels { \"xuất sắc\" -> max, \"tốt\" -> 75% \"hoàn thành\" -> 50%, \"không hoàn thành\" -> 0 }\n"
    "    criterion 1.3 \"Tỷ lệ\" max 2 inputs done, assigned bands of done / assigned { >= 100% -> max   >= 80% < 100% -> 50%   < 80% -> 0 }\n"
    "    criterion 1.4 \"Tỷ lệ 2\" max 1 proportional of done / assigned inputs done, assigned\n"
    "    item 1.5 \"Khảo sát\" max 2 survey rate\n"
    "    item 1.6 \"Trả lời\" max 2 answers { \"A\" -> 100%, \"B\" -> 60%, \"C\" -> 20%, \"D\" -> 0% }\n"
    "    node 1.7 \"Thưởng\" max 1 bonus cap 2\n"
    "    node 1.8 \"Trừ\" max 1 deduction cap 3 per 0.5\n"
    "    node 1.9 \"Trừ 2\" max 2 deduct 25% per event optional na full default 0\n"
    "    node 1.10 \"CT\" max 5 weight 15% inputs a, b formula max * a / b - min(a, b) + max(1, -a) * (a + 2)\n"
    "  }\n"
    "  area II \"Khác\" max 90 weight 0.85 unchecked\n"
    "}\n"
    "ladder xep_loai \"Xếp loại\" {\n"
    "  \"Xuất sắc\" when index >= 90\n"
    "  \"Tốt\" when 80 <= index < 90\n"
    "  override \"Không hoàn thành\" when flag \"kỷ luật\"\n"
    "  \"Hoàn thành xuất sắc nhiệm vụ\" when rank <= 5 and index >= 80\n"
    "  \"X\" when not (index(1.2) ≥ 3 or points(II) < 2) and flag ky_luat or rank = 1\n"
    "  \"Khác\" otherwise\n"
    "  block huyen, thi_xa { \"Nhóm I\" when index >= 80   \"Nhóm II\" when index < 80 }\n"
    "}\n"
    "stat tren_80 \"Trên 80 điểm\" count index > 80\n";

const std::string kExampleDump =
    "index par@2:7 \"Chỉ số cải cách hành chính\"\n"
    "locality haiphong@3:10 \"Hải Phòng\"\n"
    "year 2019@4:6\n"
    "basis \"1091/QĐ-UBND\" date=2020-05-06 title=\"Phê duyệt và công bố Chỉ số CCHC năm 2019\"@5:1\n"
    "basis \"12/KH-UBND\" date=2020-05-06 title=-@6:1\n"
    "basis \"13/KH\" date=- title=-@7:1\n"
    "publish percent@8:1\n"
    "rounding 2 mode=0@9:1\n"
    "not_applicable exclude@11:1\n"
    "missing error@12:1\n"
    "ranking by=points exact ties=distinct tb=points@10:42 tb=node:1@10:50@10:50 tb=node:2.1@10:53@10:53 tb=name@10:58 within_group@10:1\n"
    "block so@13:7 \"Sở, ban, ngành\"@13:1 tree=so_tree@13:35 exclude=3@13:51 exclude=4.2@13:54\n"
    "block huyen@14:7 \"Quận, huyện\"@14:1\n"
    "tree so_tree@16:6 \"Bộ tiêu chí cấp sở\"@16:1 max=100@16:47 weighted\n"
    "  area 1@17:8 \"Công tác chỉ đạo\"@17:3 max=10@17:40\n"
    "    criterion 1.1@18:15 \"Kế hoạch\"@18:5 max=2@18:38 rule=yesno@18:40\n"
    "    criterion 1.2@19:15 \"Mức độ\"@19:5 max=3@19:37 rule=levels@19:39 {\"xuất sắc\"@19:48 -> max@19:66} {\"tốt\"@19:71 -> 75%max@19:82} {\"hoàn thành\"@19:86 -> 50%max@19:104} {\"không hoàn thành\"@19:109 -> 0pt@19:134}\n"
    "    criterion 1.3@20:15 \"Tỷ lệ\"@20:5 max=2@20:35 input=done@20:44 input=assigned@20:50 rule=bands@20:59 {[>= 100%@20:89]@20:86 -> max@20:97}@20:86 {[>= 80%@20:106 < 100%@20:112]@20:103 -> 50%max@20:120}@20:103 {[< 80%@20:128]@20:126 -> 0pt@20:135}@20:126 expr=(/ done@20:68 assigned@20:75)@20:68\n"
    "    criterion 1.4@21:15 \"Tỷ lệ 2\"@21:5 max=1@21:37 input=done@21:78 input=assigned@21:84 rule=proportional@21:39 expr=(/ done@21:55 assigned@21:62)@21:55\n"
    "    item 1.5@22:10 \"Khảo sát\"@22:5 max=2@22:32 survey rule=rate@22:41\n"
    "    item 1.6@23:10 \"Trả lời\"@23:5 max=2@23:32 rule=answers@23:34 {\"A\"@23:44 -> 100%@23:51} {\"B\"@23:57 -> 60%@23:64} {\"C\"@23:69 -> 20%@23:76} {\"D\"@23:81 -> 0%@23:88}\n"
    "    node 1.7@24:10 \"Thưởng\"@24:5 max=1@24:30 rule=bonus@24:32 cap=2@24:42\n"
    "    node 1.8@25:10 \"Trừ\"@25:5 max=1@25:26 rule=deduction@25:28 cap=3@25:42 per=0.5@25:48\n"
    "    node 1.9@26:10 \"Trừ 2\"@26:5 max=2@26:28 optional na=full@26:60 default=0@26:76 rule=deduct@26:30 per_event=25%max@26:37\n"
    "    node 1.10@27:10 \"CT\"@27:5 max=5@27:24 weight=15%@27:33 input=a@27:44 input=b@27:47 rule=formula@27:49 expr=(+ (- (/ (* max@27:57 a@27:63)@27:57 b@27:67)@27:57 (min a@27:75 b@27:78)@27:71)@27:57 (* (max 1@27:87 (neg a@27:91)@27:90)@27:83 (+ a@27:97 2@27:101)@27:97)@27:83)@27:57\n"
    "  area II@29:8 \"Khác\"@29:3 max=90@29:23 weight=0.85@29:33 unchecked\n"
    "ladder xep_loai@31:8 \"Xếp loại\"@31:1\n"
    "  section@31:1\n"
    "    \"Xuất sắc\"@32:3 (index@32:23 >= 90@32:32)\n"
    "    \"Tốt\"@33:3 (80@33:16 <= index@33:22 < 90@33:30)\n"
    "    override \"Không hoàn thành\"@34:3 (flag \"kỷ luật\")@34:39\n"
    "    \"Hoàn thành xuất sắc nhiệm vụ\"@35:3 (and (rank@35:49 <= 5@35:57) (index@35:63 >= 80@35:72))@35:49\n"
    "    \"X\"@36:3 (or (and (not (or (index(1.2@36:23)@36:17 >= 3@36:32) (points(II@36:44)@36:37 < 2@36:50))@36:17)@36:12 (flag \"ky_luat\")@36:57)@36:12 (rank@36:73 = 1@36:80))@36:12\n"
    "    \"Khác\"@37:3 otherwise\n"
    "  section huyen@38:9 thi_xa@38:16@38:3\n"
    "    \"Nhóm I\"@38:25 (index@38:40 >= 80@38:49)\n"
    "    \"Nhóm II\"@38:54 (index@38:70 < 80@38:78)\n"
    "stat tren_80@40:6 \"Trên 80 điểm\"@40:1 (index@40:39 > 80@40:47)\n";
// clang-format on

TEST(ParseExample, EveryConstructWithPositions) { EXPECT_EQ(dump_valid(kExample), kExampleDump); }

TEST(ParseExample, EveryPrefixParsesOrReportsAnError) {
    for (std::size_t size = 0; size <= kExample.size(); ++size) {
        Parsed parsed = parse_text(kExample.substr(0, size));
        EXPECT_EQ(parsed.ast.has_value(), !parsed.diags.has_errors()) << "prefix of " << size << " bytes";
        for (const Diagnostic& d : parsed.diags.items()) EXPECT_TRUE(d.loc.known()) << "prefix of " << size << " bytes";
    }
}

TEST(ParseExample, EverySingleByteDeletionParsesOrReportsAnError) {
    for (std::size_t at = 0; at < kExample.size(); ++at) {
        std::string text = kExample;
        text.erase(at, 1);
        Parsed parsed = parse_text(text);
        EXPECT_EQ(parsed.ast.has_value(), !parsed.diags.has_errors()) << "without byte " << at;
    }
}

}  // namespace
}  // namespace chiso::test
