#include "engine/report/view/xlsx_sheet_names.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include "engine/core/control_chars.hpp"
#include "engine/core/utf8.hpp"

namespace chiso::report::xlsx {
namespace {

constexpr std::size_t kMaxCharacters = 31;
constexpr std::string_view kForbidden = "[]:*?/\\";

// The first `count` characters, not bytes: Excel counts "Sở, ban, ngành" as 14.
std::string first_characters(std::string_view text, std::size_t count) {
    std::size_t i = 0;
    for (std::size_t n = 0; n < count && i < text.size(); ++n)
        i += std::max<std::size_t>(1, utf8_sequence_length(text, i));
    return std::string(text.substr(0, std::min(i, text.size())));
}

std::string trimmed(std::string text) {
    const auto first = text.find_first_not_of(" '");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" '");
    return text.substr(first, last - first + 1);
}

std::string cleaned(const std::string& wanted, const std::string& fallback) {
    // Excel's forbidden characters and every control character (a tab, a line
    // break, U+202E …: engine/core/control_chars.hpp) become spaces.
    std::string out;
    for (std::size_t i = 0; i < wanted.size();) {
        if (const std::size_t n = control_char_length(wanted, i)) {
            out += ' ';
            i += n;
        } else {
            out += kForbidden.find(wanted[i]) != std::string_view::npos ? ' ' : wanted[i];
            ++i;
        }
    }
    out = trimmed(first_characters(trimmed(out), kMaxCharacters));
    return out.empty() ? fallback : out;
}

// Excel compares sheet names without regard to case; ASCII letters are folded
// here, which covers the clashes block names can realistically have.
std::string folded(const std::string& name) {
    std::string out = name;
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

std::string numbered(const std::string& name, int n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    return trimmed(first_characters(name, kMaxCharacters - suffix.size())) + suffix;
}

}  // namespace

std::vector<std::string> sheet_names(const std::vector<std::string>& wanted, const std::string& fallback) {
    std::set<std::string> taken{"history"};
    std::vector<std::string> out;
    for (const auto& w : wanted) {
        const std::string base = cleaned(w, fallback);
        std::string name = base;
        for (int n = 2; taken.count(folded(name)) > 0; ++n) name = numbered(base, n);
        taken.insert(folded(name));
        out.push_back(name);
    }
    return out;
}

}  // namespace chiso::report::xlsx
