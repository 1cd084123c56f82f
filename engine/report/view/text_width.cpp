#include "engine/report/view/text_width.hpp"

#include <array>
#include <utility>

namespace chiso {
namespace {

using Range = std::pair<char32_t, char32_t>;

// Combining marks and zero-width format characters: they sit on the previous letter.
constexpr std::array<Range, 7> kZeroWidth{{
    {0x0300, 0x036F},  // combining diacritical marks (Vietnamese tones when decomposed)
    {0x1AB0, 0x1AFF},
    {0x1DC0, 0x1DFF},
    {0x200B, 0x200F},  // zero-width space, joiners, direction marks
    {0x20D0, 0x20FF},
    {0xFE00, 0xFE0F},  // variation selectors
    {0xFE20, 0xFE2F},
}};

// East Asian Wide and Fullwidth blocks (a practical subset of UAX #11).
constexpr std::array<Range, 12> kWide{{
    {0x1100, 0x115F},
    {0x2E80, 0x303E},
    {0x3041, 0x33FF},
    {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE30, 0xFE4F},
    {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x1F300, 0x3FFFD},  // emoji, CJK extensions B.. (planes 2 and 3)
}};

template <std::size_t N>
bool in_ranges(char32_t c, const std::array<Range, N>& ranges) {
    for (const auto& [lo, hi] : ranges)
        if (c >= lo && c <= hi) return true;
    return false;
}

std::size_t width_of(char32_t c) {
    if (in_ranges(c, kZeroWidth)) return 0;
    return in_ranges(c, kWide) ? 2 : 1;
}

// Length of the UTF-8 sequence starting with `lead`; 0 when `lead` cannot start one.
std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 0;
}

// Decodes the code point at `i`; returns its byte length (0 if malformed).
std::size_t decode(std::string_view s, std::size_t i, char32_t& out) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const std::size_t len = sequence_length(lead);
    if (len == 0 || i + len > s.size()) return 0;
    if (len == 1) {
        out = lead;
        return 1;
    }
    char32_t c = lead & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        const auto cont = static_cast<unsigned char>(s[i + k]);
        if ((cont & 0xC0) != 0x80) return 0;
        c = (c << 6) | (cont & 0x3F);
    }
    out = c;
    return len;
}

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = 0;
        const std::size_t len = decode(text, i, c);
        if (len == 0) {  // a stray byte still takes a column (shown as a replacement)
            ++width;
            ++i;
            continue;
        }
        width += width_of(c);
        i += len;
    }
    return width;
}

std::string pad_right(std::string_view text, std::size_t width) {
    std::string out(text);
    const std::size_t used = display_width(text);
    if (used < width) out.append(width - used, ' ');
    return out;
}

std::string pad_left(std::string_view text, std::size_t width) {
    const std::size_t used = display_width(text);
    std::string out(used < width ? width - used : 0, ' ');
    out += text;
    return out;
}

}  // namespace chiso
