// Vietnamese alphabetical order (ICU's "vi" collation), checked on the names of
// Hải Phòng's districts and on the letters byte order gets wrong.
#include "engine/core/vietnamese_order.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using chiso::compare_vietnamese;
using chiso::vietnamese_less;

std::vector<std::string> sorted(std::vector<std::string> names) {
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return vietnamese_less(a, b); });
    return names;
}

TEST(VietnameseOrder, DStrokeIsALetterAfterD) {
    // "Đ" sorts after every "D" name and before "E", as in the dictionary.
    EXPECT_TRUE(vietnamese_less("Quận Dương Kinh", "Quận Đồ Sơn"));
    EXPECT_TRUE(vietnamese_less("Quận Đồ Sơn", "Quận Hải An"));
    EXPECT_TRUE(vietnamese_less("Duy Tiên", "Đà Nẵng"));  // "Du…" < "Đà…" although a < u
    EXPECT_TRUE(vietnamese_less("Đà Nẵng", "Eo"));
}

TEST(VietnameseOrder, LettersWithABreveOrCircumflexFollowTheirBase) {
    // Byte order puts "Â" (C3 82) after "B"; Vietnamese puts a < ă < â < b.
    EXPECT_TRUE(vietnamese_less("An Lão", "Ân Thi"));
    EXPECT_TRUE(vietnamese_less("Ăn", "Ân Thi"));
    EXPECT_TRUE(vietnamese_less("Ân Thi", "Bạch Long Vỹ"));
    EXPECT_TRUE(vietnamese_less("On", "Ôn"));
    EXPECT_TRUE(vietnamese_less("Ôn", "Ơn"));
    EXPECT_TRUE(vietnamese_less("Eo", "Ê"));
}

TEST(VietnameseOrder, UHornComesBeforeV) {
    // Byte order puts "Ư" (C6 AF) after "V"; Vietnamese: u < ư < v.
    EXPECT_TRUE(vietnamese_less("Uy", "Ưng Hòa"));
    EXPECT_TRUE(vietnamese_less("Ưng Hòa", "Vĩnh Bảo"));
}

TEST(VietnameseOrder, ToneMarksDecideOnlyBetweenOtherwiseEqualNames) {
    // The order of the tones in CLDR: none, huyền, hỏi, ngã, sắc, nặng.
    EXPECT_EQ(sorted({"Bạ", "Bá", "Bã", "Bả", "Bà", "Ba"}),
              (std::vector<std::string>{"Ba", "Bà", "Bả", "Bã", "Bá", "Bạ"}));
    // A tone never outweighs a later letter: "Bà Rịa" < "Bac".
    EXPECT_TRUE(vietnamese_less("Bà Rịa", "Bac"));
}

TEST(VietnameseOrder, HaiPhongDistricts) {
    const std::vector<std::string> expected{
        "Huyện An Dương", "Huyện An Lão",   "Huyện Bạch Long Vỹ", "Huyện Cát Hải", "Huyện Kiến Thụy",
        "Huyện Thủy Nguyên", "Huyện Tiên Lãng", "Huyện Vĩnh Bảo", "Quận Dương Kinh", "Quận Đồ Sơn",
        "Quận Hải An",     "Quận Hồng Bàng", "Quận Kiến An",      "Quận Lê Chân",  "Quận Ngô Quyền"};
    std::vector<std::string> shuffled(expected.rbegin(), expected.rend());
    EXPECT_EQ(sorted(shuffled), expected);
}

TEST(VietnameseOrder, CaseOnlyDecidesBetweenOtherwiseEqualNames) {
    EXPECT_TRUE(vietnamese_less("sở y tế", "Sở Y tế"));
    EXPECT_TRUE(vietnamese_less("Sở Y tế", "sở z"));
}

TEST(VietnameseOrder, DecomposedTextEqualsPrecomposed) {
    // "ở" typed as o + U+031B + U+0309 (macOS) is the same name.
    EXPECT_EQ(compare_vietnamese("S\u1EDF N\u1ED9i v\u1EE5", "So\xCC\x9B\xCC\x89 N\u1ED9i v\u1EE5"), 0);
    EXPECT_EQ(compare_vietnamese("", ""), 0);
    EXPECT_LT(compare_vietnamese("", "A"), 0);
}

}  // namespace
