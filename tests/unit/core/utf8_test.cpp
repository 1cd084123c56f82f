#include "engine/core/utf8.hpp"

#include <gtest/gtest.h>

TEST(Utf8, PrecomposedVietnameseIsNfc) {
    EXPECT_EQ(chiso::first_non_nfc("Quận Đống Đa, Hà Nội: hoàn thành tốt nhiệm vụ"), std::nullopt);
    EXPECT_EQ(chiso::first_non_nfc(""), std::nullopt);
}

TEST(Utf8, DecomposedTextPointsAtItsLetter) {
    // "tốt" as t + o + U+0302 (circumflex) + U+0301 (acute) + t: the decomposed letter is the `o`.
    const std::string nfd = "mức \"to\xCC\x82\xCC\x81t\"";
    EXPECT_EQ(chiso::first_non_nfc(nfd), std::string("mức \"t").size());
}

TEST(Utf8, InvalidBytesAreFoundFirst) {
    EXPECT_EQ(chiso::first_invalid_utf8("S\xEF\xBB t\xE0i ch\xEDnh"), 1u);  // CP1258-style bytes
}
