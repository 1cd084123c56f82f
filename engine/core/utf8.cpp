#include "engine/core/utf8.hpp"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace chiso {
namespace {

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the valid sequence starting at text[i], or 0 when it is invalid.
// The ranges are those of the Unicode standard, table 3-7.
std::size_t valid_sequence_length(std::string_view text, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        if (b0 == 0xE0) lo = 0xA0;  // overlong
        if (b0 == 0xED) hi = 0x9F;  // surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        if (b0 == 0xF0) lo = 0x90;  // overlong
        if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (i + len > text.size()) return 0;
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    if (b1 < lo || b1 > hi) return 0;
    for (std::size_t k = 2; k < len; ++k) {
        if (!is_continuation(static_cast<unsigned char>(text[i + k]))) return 0;
    }
    return len;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    return i < text.size() ? valid_sequence_length(text, i) : 0;
}

namespace {

// The first byte from `i` on that is not ASCII (or the end), sixteen bytes at a
// time (SSE2) then eight: most of a score file is ASCII (keys, numbers,
// indentation), and a run without a high bit needs no decoding.
std::size_t skip_ascii(std::string_view text, std::size_t i) {
#if defined(__SSE2__)
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        const auto high = static_cast<unsigned>(_mm_movemask_epi8(bytes));
        if (high != 0) return i + static_cast<std::size_t>(std::countr_zero(high));
    }
#endif
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    for (std::uint64_t word = 0; i + sizeof word <= text.size(); i += sizeof word) {
        std::memcpy(&word, text.data() + i, sizeof word);
        if ((word & kHighBits) != 0) break;
    }
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
    return i;
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    for (std::size_t i = skip_ascii(text, 0); i < text.size(); i = skip_ascii(text, i)) {
        const std::size_t len = valid_sequence_length(text, i);
        if (len == 0) return i;
        i += len;
    }
    return std::nullopt;
}

namespace {

// NFC_Quick_Check = Yes for every code point below U+2000 (Latin, Vietnamese's
// precomposed letters of U+1EA0–U+1EF9, Greek, Cyrillic …), asked of ICU once:
// the property lookup costs tens of instructions a character, and a national
// score file has millions of accented letters, all from this range.
class LowQuickCheck {
public:
    static constexpr UChar32 kEnd = 0x2000;
    LowQuickCheck() {
        for (UChar32 c = 0; c < kEnd; ++c)
            if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES)
                yes_[static_cast<std::size_t>(c) / 64] |= std::uint64_t{1} << (c % 64);
    }
    bool yes(UChar32 c) const { return (yes_[static_cast<std::size_t>(c) / 64] >> (c % 64)) & 1U; }

private:
    std::array<std::uint64_t, kEnd / 64> yes_{};
};

bool quick_check_yes(UChar32 c) {
    static const LowQuickCheck low;
    return c < LowQuickCheck::kEnd ? low.yes(c) : u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

// The code point of the two-byte sequence or the three-byte one below U+2000
// (lead byte E0 or E1) at text[i], when it is valid (valid_sequence_length's rules,
// which are ICU's for these), else -1: the common case decoded without U8_NEXT.
UChar32 short_sequence(std::string_view text, std::size_t i, std::size_t& len) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0xC2 || b0 > 0xE1) return -1;
    len = valid_sequence_length(text, i);
    if (len == 0) return -1;
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    if (len == 2) return static_cast<UChar32>(((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu));
    if (len != 3) return -1;
    const auto b2 = static_cast<unsigned char>(text[i + 2]);
    return static_cast<UChar32>(((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu));
}

// Text whose every character has NFC_Quick_Check = Yes is in NFC; ASCII and
// precomposed Vietnamese letters all do, so a score file of a whole country is
// settled here without converting it to UTF-16 (the full check below costs ~0.1 s
// per 25 MB). Invalid UTF-8 is left to the full check. ASCII is skipped a word at
// a time and short sequences decoded here: the verdict is the one of U8_NEXT and
// ICU's property for each character, as tests/unit/core/utf8_test.cpp holds it.
bool quick_check_nfc(std::string_view text) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (std::size_t at = skip_ascii(text, 0); at < text.size(); at = skip_ascii(text, at)) {
        std::size_t len = 0;
        if (const UChar32 c = short_sequence(text, at, len); c >= 0) {
            if (!quick_check_yes(c)) return false;
            at += len;
            continue;
        }
        auto i = static_cast<int32_t>(at);
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !quick_check_yes(c)) return false;
        at = static_cast<std::size_t>(i);
    }
    return true;
}

bool is_nfc(std::string_view text) {
    if (quick_check_nfc(text)) return true;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return true;  // no normalisation data: nothing to report
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

}  // namespace

std::optional<std::size_t> first_non_nfc(std::string_view text) {
    if (text.size() > static_cast<std::size_t>(INT32_MAX) || is_nfc(text)) return std::nullopt;
    // Not NFC: point at the character before the first one that may not follow
    // in NFC (a combining mark such as U+0301), i.e. the decomposed letter.
    std::size_t base = 0;
    int32_t i = 0;
    const auto length = static_cast<int32_t>(text.size());
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c >= 0 && u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES) return base;
        base = static_cast<std::size_t>(start);
    }
    return 0;
}

}  // namespace chiso

