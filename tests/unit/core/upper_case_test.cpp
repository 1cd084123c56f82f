#include "engine/core/upper_case.hpp"

#include <gtest/gtest.h>

TEST(UpperCase, VietnameseLettersKeepTheirMarks) {
    EXPECT_EQ(chiso::upper_case("Chỉ số cải cách hành chính năm 2019"), "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2019");
    EXPECT_EQ(chiso::upper_case("đơn vị ưu tiên; ơ ă â ê ô"), "ĐƠN VỊ ƯU TIÊN; Ơ Ă Â Ê Ô");
    EXPECT_EQ(chiso::upper_case(""), "");
}
