#include "engine/input/text_fold.hpp"

#include <cstdint>

namespace chiso::input {
namespace {

// Decodes one UTF-8 sequence at text[i]; returns the byte length (1 for bytes
// that do not start a valid sequence, which are then copied as they are).
std::size_t decode(std::string_view text, std::size_t i, char32_t& cp) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > text.size()) {
        cp = b0;
        return 1;
    }
    cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    return len;
}

void encode(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Upper-case letters of the Vietnamese alphabet and their lower-case forms.
char32_t to_lower(char32_t c) {
    if (c >= U'A' && c <= U'Z') return c + 0x20;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;  // À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý
    if (c == 0x102 || c == 0x110 || c == 0x128 || c == 0x168) return c + 1;  // Ă Đ Ĩ Ũ
    if (c == 0x1A0 || c == 0x1AF) return c + 1;                               // Ơ Ư
    if (c >= 0x1EA0 && c <= 0x1EF9 && c % 2 == 0) return c + 1;               // Ạ … Ỹ
    return c;
}

}  // namespace

std::string fold_case(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t len = decode(text, i, cp);
        if (len == 1 && cp >= 0x80) {
            out += text[i];  // stray byte: keep it
        } else {
            encode(to_lower(cp), out);
        }
        i += len;
    }
    return out;
}

std::string normalize_keyword(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (char c : fold_case(text)) {
        if (c == ' ' || c == '\t' || c == '_') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

}  // namespace chiso::input
