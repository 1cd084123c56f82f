#include "engine/report/xlsx_sheet_names.hpp"

#include <gtest/gtest.h>

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
