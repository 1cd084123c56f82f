#include "engine/core/normalise.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <fmt/format.h>

namespace chiso {
namespace {

bool ascii_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

// Plain ASCII without blanks at the ends or in runs — most ids, codes and words of
// a national file — needs neither ICU nor a copy beyond lower-casing.
bool plain_ascii(std::string_view text) {
    bool previous_blank = true;  // a blank at the start is not plain
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
        const bool blank = ascii_blank(c);
        if (blank && (previous_blank || c != ' ')) return false;
        previous_blank = blank;
    }
    return !previous_blank || text.empty();
}

icu::UnicodeString unicode(std::string_view text) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
}

std::string utf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

icu::UnicodeString normalized(const icu::UnicodeString& u, bool decomposed) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n =
        decomposed ? icu::Normalizer2::getNFDInstance(status) : icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return u;
    icu::UnicodeString out = n->normalize(u, status);
    return U_FAILURE(status) ? u : out;
}

// NFC, trimmed, inner runs of blanks (and of '_' when `underscore`) as one space.
icu::UnicodeString tidied(std::string_view text, bool underscore) {
    const icu::UnicodeString composed = normalized(unicode(text), false);
    icu::UnicodeString out;
    bool pending = false;
    for (std::int32_t i = 0; i < composed.length();) {
        const UChar32 c = composed.char32At(i);
        i += U16_LENGTH(c);
        if (is_blank(static_cast<char32_t>(c)) || (underscore && c == U'_')) {
            pending = !out.isEmpty();
            continue;
        }
        if (pending) out.append(static_cast<UChar>(' '));
        pending = false;
        out.append(c);
    }
    return out;
}

std::string folded(std::string_view text, bool underscore) {
    if (plain_ascii(text) && (!underscore || text.find('_') == std::string_view::npos)) {
        std::string out(text);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
        return out;
    }
    icu::UnicodeString u = tidied(text, underscore);
    u.foldCase(U_FOLD_CASE_DEFAULT);
    return utf8(normalized(u, false));  // folding may leave a letter decomposed
}

// Whether `text` is made only of what the reserved words can be written with (their
// letters in either case, blanks, '_', combining marks of decomposed text). Most
// values of a national file ("tốt", "xuất sắc") fail at their first letter, so the
// ICU folding runs only for the few that could be a reserved word.
bool may_be_reserved(std::string_view text) {
    static constexpr std::string_view kAscii = "khongapducotreyslf/_";
    for (std::size_t i = 0; i < text.size();) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        if (b0 < 0x80) {
            const char lower = (b0 >= 'A' && b0 <= 'Z') ? static_cast<char>(b0 + ('a' - 'A')) : static_cast<char>(b0);
            if (kAscii.find(lower) == std::string_view::npos && !ascii_blank(lower)) return false;
            ++i;
            continue;
        }
        const std::size_t len = (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 1;
        char32_t c = len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
        for (std::size_t k = 1; k < len && i + k < text.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        i += len;
        const bool letter = c == 0xF4 || c == 0xD4 || c == 0xE1 || c == 0xC1 || c == 0xF3 || c == 0xD3 ||
                            c == 0x1EE5 || c == 0x1EE4;  // ô Ô á Á ó Ó ụ Ụ
        if (!letter && !(c >= 0x300 && c <= 0x36F) && !is_blank(c)) return false;
    }
    return true;
}

}  // namespace

bool is_blank(char32_t c) {
    if (c < 0x80) return ascii_blank(static_cast<char>(c));
    return c == 0x200B || c == 0xFEFF || u_isUWhiteSpace(static_cast<UChar32>(c));
}

std::string tidy_text(std::string_view text) {
    if (plain_ascii(text)) return std::string(text);
    return utf8(tidied(text, false));
}

std::string text_key(std::string_view text) { return folded(text, false); }

std::string keyword_key(std::string_view text) { return folded(text, true); }

std::string accent_free_key(std::string_view text) {
    const std::string key = text_key(text);
    const icu::UnicodeString decomposed = normalized(unicode(key), true);
    icu::UnicodeString out;
    for (std::int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        out.append(c == 0x111 ? UChar32{'d'} : c);  // đ is a letter of its own, not d with a mark
    }
    return utf8(out);
}

ReservedWord reserved_word(std::string_view text) {
    static constexpr std::array<std::string_view, 5> kNotApplicable{"không áp dụng", "khong ap dung", "na", "n/a",
                                                                    "kad"};
    static constexpr std::array<std::string_view, 4> kYes{"true", "yes", "có", "co"};
    static constexpr std::array<std::string_view, 4> kNo{"false", "no", "không", "khong"};
    if (!may_be_reserved(text)) return ReservedWord::None;
    const std::string word = keyword_key(text);
    const auto in = [&](const auto& words) {
        for (std::string_view w : words)
            if (w == word) return true;
        return false;
    };
    if (in(kNotApplicable)) return ReservedWord::NotApplicable;
    if (in(kYes)) return ReservedWord::Yes;
    if (in(kNo)) return ReservedWord::No;
    return ReservedWord::None;
}

std::string show_blanks(std::string_view text) {
    const icu::UnicodeString u = unicode(text);
    std::string out;
    for (std::int32_t i = 0; i < u.length();) {
        const UChar32 c = u.char32At(i);
        i += U16_LENGTH(c);
        if (c != U' ' && is_blank(static_cast<char32_t>(c))) {
            out += fmt::format("[U+{:04X}]", static_cast<std::uint32_t>(c));
        } else {
            icu::UnicodeString one(c);
            one.toUTF8String(out);
        }
    }
    return out;
}

}  // namespace chiso
