#include "engine/report/view/xlsx_sheet_names.hpp"

#include <gtest/gtest.h>

#include <string>

#include "engine/report/view/xlsx_grid.hpp"

namespace chiso {
namespace {

using report::xlsx::sheet_names;
using Names = std::vector<std::string>;

TEST(SheetNames, BlockNamesAsTheyAre) {
    EXPECT_EQ(sheet_names({"Tổng hợp", "Sở, ban, ngành", "UBND quận, huyện"}, "Khối"),
              (Names{"Tổng hợp", "Sở, ban, ngành", "UBND quận, huyện"}));
}

TEST(SheetNames, AtMost31CharactersNotBytes) {
    // 36 characters; cut after the 31st, never inside a letter's bytes.
    const Names names = sheet_names({"Cơ quan Trung ương đóng trên địa bàn"}, "Khối");
    EXPECT_EQ(names[0], "Cơ quan Trung ương đóng trên đị");
}

TEST(SheetNames, ForbiddenCharactersAndApostrophesGo) {
    EXPECT_EQ(sheet_names({"Phòng [Tài chính]/Kế hoạch: *?", "'Xã'"}, "Khối"), (Names{"Phòng  Tài chính  Kế hoạch", "Xã"}));
}

TEST(SheetNames, ClashesAreNumberedRegardlessOfCase) {
    EXPECT_EQ(sheet_names({"Tổng hợp", "Tiêu chí", "Tổng hợp", "UBND", "ubnd", "History", ""}, "Khối"),
              (Names{"Tổng hợp", "Tiêu chí", "Tổng hợp (2)", "UBND", "ubnd (2)", "History (2)", "Khối"}));
}

TEST(SheetNames, ANumberedLongNameStaysWithinTheLimit) {
    const Names names = sheet_names({"Cơ quan Trung ương đóng trên địa bàn", "Cơ quan Trung ương đóng trên địa bàn tỉnh"},
                                    "Khối");
    EXPECT_EQ(names[1], "Cơ quan Trung ương đóng trê (2)");
}

}  // namespace
}  // namespace chiso

namespace chiso {
namespace {

TEST(SheetNames, ControlCharactersBecomeSpaces) {
    EXPECT_EQ(sheet_names({"Sở\tban\xE2\x80\xAE ngành\x1B"}, "Khối"), (Names{"Sở ban  ngành"}));
}

TEST(TextCell, ControlCharactersShownNotCutAtANul) {
    using report::xlsx::text_cell;
    EXPECT_EQ(text_cell(std::string("Sở Tư pháp") + '\0' + " (cắt)").text, "Sở Tư pháp[U+0000] (cắt)");
    EXPECT_EQ(text_cell("Sở\xE2\x80\xAE Y tế").text, "Sở[U+202E] Y tế");
    EXPECT_EQ(text_cell("hai\ndòng").text, "hai\ndòng");  // a header's line break stays
}

}  // namespace
}  // namespace chiso
