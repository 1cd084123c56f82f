#include "engine/core/control_chars.hpp"

#include <fmt/format.h>

namespace chiso {
namespace {

// The code point of the 2- or 3-byte sequence at text[i] (only those are controls
// outside ASCII), or 0.
char32_t decode_short(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const auto continuation = [&](std::size_t k) { return i + k < text.size() && (byte(k) & 0xC0u) == 0x80u; };
    if ((byte(0) & 0xE0u) == 0xC0u && continuation(1))
        return static_cast<char32_t>(((byte(0) & 0x1Fu) << 6) | (byte(1) & 0x3Fu));
    if ((byte(0) & 0xF0u) == 0xE0u && continuation(1) && continuation(2))
        return static_cast<char32_t>(((byte(0) & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu));
    return 0;
}

bool is_control(char32_t c) {
    return (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

const char* control_name(char32_t c) {
    switch (c) {
        case 0x00: return "NUL";
        case 0x07: return "BEL";
        case 0x08: return "BACKSPACE";
        case 0x09: return "TAB";
        case 0x0A: return "LINE FEED";
        case 0x0D: return "CARRIAGE RETURN";
        case 0x1B: return "ESC";
        case 0x7F: return "DEL";
        case 0x85: return "NEXT LINE";
        case 0x061C: return "ARABIC LETTER MARK";
        case 0x200E: return "LEFT-TO-RIGHT MARK";
        case 0x200F: return "RIGHT-TO-LEFT MARK";
        case 0x2028: return "LINE SEPARATOR";
        case 0x2029: return "PARAGRAPH SEPARATOR";
        case 0x202A: return "LEFT-TO-RIGHT EMBEDDING";
        case 0x202B: return "RIGHT-TO-LEFT EMBEDDING";
        case 0x202C: return "POP DIRECTIONAL FORMATTING";
        case 0x202D: return "LEFT-TO-RIGHT OVERRIDE";
        case 0x202E: return "RIGHT-TO-LEFT OVERRIDE";
        case 0x2066: return "LEFT-TO-RIGHT ISOLATE";
        case 0x2067: return "RIGHT-TO-LEFT ISOLATE";
        case 0x2068: return "FIRST STRONG ISOLATE";
        case 0x2069: return "POP DIRECTIONAL ISOLATE";
        default: return "CONTROL";
    }
}

}  // namespace

std::size_t control_char_length(std::string_view text, std::size_t i) {
    if (i >= text.size()) return 0;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) return 1;
    if (c < 0xC2 || c > 0xE2) return 0;  // ASCII, or a lead byte that never starts a control
    const char32_t code = decode_short(text, i);
    if (!is_control(code)) return 0;
    return code < 0x800 ? 2 : 3;
}

std::optional<ControlChar> find_control_char(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t n = control_char_length(text, i);
        if (n == 0) continue;
        const char32_t code = n == 1 ? static_cast<unsigned char>(text[i]) : decode_short(text, i);
        return ControlChar{i, n, code};
    }
    return std::nullopt;
}

std::string describe_control_char(char32_t code) {
    return fmt::format("U+{:04X} ({})", static_cast<std::uint32_t>(code), control_name(code));
}

std::string escape_control_chars(std::string text, ControlEscape style) {
    // Printable ASCII and the line feed, nearly every byte of a report, decided
    // without the call (control_char_length gives 0 for them).
    const auto escaped_at = [&](std::size_t i) -> std::size_t {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n' || (c >= 0x20 && c < 0x7F)) return 0;
        return control_char_length(text, i);
    };
    std::size_t first = 0;
    while (first < text.size() && escaped_at(first) == 0) ++first;
    if (first == text.size()) return text;  // the usual case: nothing to copy
    std::string out(text, 0, first);
    for (std::size_t i = first; i < text.size();) {
        const std::size_t n = escaped_at(i);
        if (n == 0) {
            out += text[i++];
            continue;
        }
        const char32_t c = n == 1 ? static_cast<unsigned char>(text[i]) : decode_short(text, i);
        const auto code = static_cast<std::uint32_t>(c);
        out += style == ControlEscape::Json ? fmt::format("\\u{:04x}", code) : fmt::format("[U+{:04X}]", code);
        i += n;
    }
    return out;
}

}  // namespace chiso
