#include "engine/input/text_fold.hpp"
#include "engine/core/utf8.hpp"

#include <gtest/gtest.h>

namespace chiso::input {
namespace {

TEST(FoldCase, VietnameseLetters) {
    EXPECT_EQ(fold_case("KHÔNG ÁP DỤNG"), "không áp dụng");
    EXPECT_EQ(fold_case("ĐỐNG ĐA"), "đống đa");
    EXPECT_EQ(fold_case("ĂN ƯỚC ƠN ĨA ŨA ỲỸ"), "ăn ước ơn ĩa ũa ỳỹ");
    EXPECT_EQ(fold_case("Có"), "có");
    EXPECT_EQ(fold_case("N/A"), "n/a");
    EXPECT_EQ(fold_case("×"), "×");  // not a letter
}

TEST(FoldCase, StrayBytesAreKept) {
    EXPECT_EQ(fold_case("A\xFFZ"), "a\xFFz");
    EXPECT_EQ(fold_case("\xC3"), "\xC3");
}

TEST(NormalizeKeyword, SpacesAndUnderscores) {
    EXPECT_EQ(normalize_keyword("  Tự_chấm "), "tự chấm");
    EXPECT_EQ(normalize_keyword("THẨM  ĐỊNH"), "thẩm định");
    EXPECT_EQ(normalize_keyword("không\táp_dụng"), "không áp dụng");
}

TEST(Utf8, ValidText) {
    EXPECT_EQ(first_invalid_utf8("Quận Ngô Quyền, Hải Phòng 😀"), std::nullopt);
    EXPECT_EQ(first_invalid_utf8(""), std::nullopt);
}

TEST(Utf8, InvalidSequences) {
    EXPECT_EQ(first_invalid_utf8("ab\xFF"), 2u);           // not a lead byte
    EXPECT_EQ(first_invalid_utf8("Ph\xE1"), 2u);           // CP1258 "á", cut short
    EXPECT_EQ(first_invalid_utf8("\xC0\xAF"), 0u);         // overlong
    EXPECT_EQ(first_invalid_utf8("\xED\xA0\x80"), 0u);     // surrogate
    EXPECT_EQ(first_invalid_utf8("\xF4\x90\x80\x80"), 0u); // above U+10FFFF
    EXPECT_EQ(first_invalid_utf8("x\xE1\xBA"), 1u);        // truncated at the end
    EXPECT_EQ(first_invalid_utf8(std::string_view("\xFF\xFEi\0n", 5)), 0u);  // UTF-16 byte-order mark
}

}  // namespace
}  // namespace chiso::input
