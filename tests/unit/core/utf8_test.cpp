#include "engine/core/utf8.hpp"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

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

// The fast paths of first_invalid_utf8 (ASCII a word at a time) and first_non_nfc
// (ASCII skipped, short sequences decoded inline, the quick-check property of
// U+0000–U+1FFF from a table) give the verdicts of the plain character-by-character
// checks they replaced, which are written out here as the reference.
namespace reference {

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = chiso::utf8_sequence_length(text, i);
        if (len == 0) return i;
        i += len;
    }
    return std::nullopt;
}

bool quick_check_nfc(std::string_view text) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES) return false;
    }
    return true;
}

// Whether ICU finds the text normalised (invalid UTF-8 counts as nothing to report).
bool is_nfc(std::string_view text) {
    if (quick_check_nfc(text)) return true;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
    int32_t length = 0;
    u_strFromUTF8(nullptr, 0, &length, text.data(), static_cast<int32_t>(text.size()), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return true;
    status = U_ZERO_ERROR;
    std::vector<UChar> utf16(static_cast<std::size_t>(length) + 1);
    u_strFromUTF8(utf16.data(), length + 1, nullptr, text.data(), static_cast<int32_t>(text.size()), &status);
    if (U_FAILURE(status)) return true;
    const bool normalized = unorm2_isNormalized(nfc, utf16.data(), length, &status);
    return U_FAILURE(status) || normalized;
}

std::string utf8(UChar32 c) {
    std::string out(4, '\0');
    int32_t at = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(out.data()), at, c);
    out.resize(static_cast<std::size_t>(at));
    return out;
}

}  // namespace reference

TEST(Utf8, EveryCodePointAfterALetterHasTheReferenceVerdict) {
    for (UChar32 c = 1; c <= 0x10FFFF; c += c < 0x3000 ? 1 : 7) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        for (const std::string& text : {"a" + reference::utf8(c) + " b", "    " + reference::utf8(c) + "xuất sắc"}) {
            ASSERT_EQ(chiso::first_non_nfc(text).has_value(), !reference::is_nfc(text)) << std::hex << c;
            ASSERT_EQ(chiso::first_invalid_utf8(text), std::nullopt) << std::hex << c;
        }
    }
}

TEST(Utf8, RandomTextHasTheReferenceVerdicts) {
    // Pieces that the fast paths treat apart: ASCII runs longer than a word,
    // precomposed and decomposed Vietnamese, marks, three- and four-byte
    // characters, and broken, overlong, surrogate and truncated sequences.
    const std::vector<std::string> pieces{
        "    \"1.1.1\": ", "abc", "x", "tốt", "Đống Đa", "o\xCC\x82\xCC\x81", "\xCC\x81", "\xE1\xBB\x91", "\xE2\x80\xAF",
        "\xEF\xBB\xBF", "\xF0\x9F\x98\x80", "\xE0\xA4\xBE", "\xE1\x84\x80\xE1\x85\xA1", "\xC3", "\xE1\xBB", "\x80",
        "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF", "\xE0\x80\xAF", "\xC2\xA0", "\xCD\x80", "\xD7\x90\xD6\xB8"};
    std::mt19937 random(13);
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const auto count = random() % 12;
        for (unsigned k = 0; k < count; ++k) text += pieces[random() % pieces.size()];
        ASSERT_EQ(chiso::first_invalid_utf8(text), reference::first_invalid_utf8(text)) << text;
        ASSERT_EQ(chiso::first_non_nfc(text).has_value(), !reference::is_nfc(text)) << text;
    }
}
