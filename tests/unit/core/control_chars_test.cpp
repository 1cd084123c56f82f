#include "engine/core/control_chars.hpp"

#include <gtest/gtest.h>

#include <string>

namespace chiso {
namespace {

TEST(ControlChars, VietnameseTextHasNone) {
    EXPECT_EQ(find_control_char("Phường Đồng Hòa — Sở Tư pháp (2024) “tốt”"), std::nullopt);
    EXPECT_EQ(find_control_char(""), std::nullopt);
}

TEST(ControlChars, FindsEachKindWithItsCodeAndLength) {
    struct Case {
        std::string text;
        char32_t code;
        std::size_t length;
    };
    const Case cases[] = {
        {std::string("Sở\0x", 5), 0x00, 1}, {"Sở\a", 0x07, 1},       {"Sở\x1B[2J", 0x1B, 1},
        {"Sở\tpháp", 0x09, 1},             {"Sở\npháp", 0x0A, 1},   {"Sở\x7F", 0x7F, 1},
        {"Sở\xC2\x85", 0x85, 2},           {"Sở\xD8\x9C", 0x061C, 2}, {"Sở\xE2\x80\x8F", 0x200F, 3},
        {"Sở\xE2\x80\xAE", 0x202E, 3},     {"Sở\xE2\x81\xA6", 0x2066, 3}, {"Sở\xE2\x81\xA9", 0x2069, 3},
        {"Sở\xE2\x80\xA8", 0x2028, 3},     {"Sở\xE2\x80\xA9", 0x2029, 3},
    };
    for (const auto& c : cases) {
        const auto found = find_control_char(c.text);
        ASSERT_TRUE(found) << c.text;
        EXPECT_EQ(found->offset, std::string("Sở").size());
        EXPECT_EQ(found->code, c.code);
        EXPECT_EQ(found->length, c.length);
    }
}

TEST(ControlChars, NeighboursOfTheSetAreNotControls) {
    // U+00A0 (no-break space), U+2027, U+202F, U+2065, U+206A, U+200D (ZWJ, used in emoji): visible or harmless.
    for (const char* text : {"\xC2\xA0", "\xE2\x80\xA7", "\xE2\x80\xAF", "\xE2\x81\xA5", "\xE2\x81\xAA", "\xE2\x80\x8D"})
        EXPECT_EQ(find_control_char(text), std::nullopt) << text;
}

TEST(ControlChars, DescribedByCodeAndName) {
    EXPECT_EQ(describe_control_char(0x202E), "U+202E (RIGHT-TO-LEFT OVERRIDE)");
    EXPECT_EQ(describe_control_char(0x1B), "U+001B (ESC)");
    EXPECT_EQ(describe_control_char(0x00), "U+0000 (NUL)");
}

TEST(ControlChars, EscapedVisiblyButLineFeedsKept) {
    EXPECT_EQ(escape_control_chars("a\x1B[31mb\n\xE2\x80\xAE" "c\td"), "a[U+001B][31mb\n[U+202E]c[U+0009]d");
    EXPECT_EQ(escape_control_chars(std::string("x\0y", 3)), "x[U+0000]y");  // a NUL does not end the text
    EXPECT_EQ(escape_control_chars("Sở Tư pháp\n"), "Sở Tư pháp\n");
}

TEST(ControlChars, EscapedForJsonAsTheSameString) {
    EXPECT_EQ(escape_control_chars("\"S\xE2\x80\xAE\"\n", ControlEscape::Json), "\"S\\u202e\"\n");
}

}  // namespace
}  // namespace chiso
