#include "engine/core/utf8.hpp"

#include <gtest/gtest.h>

namespace chiso::input {
namespace {

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
