#include "engine/report/view/text_width.hpp"

#include <gtest/gtest.h>

#include "report_fixture.hpp"

namespace chiso {
namespace {

TEST(DisplayWidth, CountsCodePointsNotBytes) {
    EXPECT_EQ(display_width(""), 0u);
    EXPECT_EQ(display_width("abc"), 3u);
    EXPECT_EQ(display_width("Đống Đa"), 7u);  // 10 bytes
    EXPECT_EQ(display_width("Sở Tư pháp"), 10u);
}

TEST(DisplayWidth, CombiningMarksTakeNoColumn) {
    EXPECT_EQ(display_width(testing::kDecomposedO), 1u);
    EXPECT_EQ(display_width("S" + testing::kDecomposedO + " Nội vụ"), display_width("Sở Nội vụ"));
}

TEST(DisplayWidth, EastAsianWideTakesTwoColumns) {
    EXPECT_EQ(display_width("\xE4\xB8\xAD"), 2u);          // U+4E2D 中
    EXPECT_EQ(display_width("\xEF\xBC\xA1"), 2u);          // U+FF21 fullwidth A
    EXPECT_EQ(display_width("\xF0\x9F\x98\x80"), 2u);      // U+1F600 emoji
}

TEST(DisplayWidth, MalformedBytesCountOneEach) {
    EXPECT_EQ(display_width("a\xFF" "b"), 3u);
    EXPECT_EQ(display_width("\xE1\xBB"), 2u);  // truncated sequence
}

TEST(Pad, PadsToDisplayWidth) {
    EXPECT_EQ(pad_right("Sở", 4), "Sở  ");
    EXPECT_EQ(pad_left("Sở", 4), "  Sở");
    EXPECT_EQ(pad_right("Sở Tư pháp", 3), "Sở Tư pháp");  // never truncates
}

}  // namespace
}  // namespace chiso
