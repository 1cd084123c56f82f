#include "engine/input/test_case_sniff.hpp"

#include <array>

namespace chiso {
namespace {

constexpr std::array<std::string_view, 6> kCaseKeys{"criteria", "cases", "expect", "expect_error", "patch",
                                                     "tolerance"};

// `key:` (or `"key":`, `'key':`) at the start of `line`, then a blank or nothing.
bool starts_with_case_key(std::string_view line) {
    if (!line.empty() && (line.front() == '"' || line.front() == '\'')) {
        const char quote = line.front();
        line.remove_prefix(1);
        const auto close = line.find(quote);
        if (close == std::string_view::npos) return false;
        const std::string_view key = line.substr(0, close);
        line.remove_prefix(close + 1);
        if (line.empty() || line.front() != ':') return false;
        for (std::string_view k : kCaseKeys)
            if (key == k) return true;
        return false;
    }
    for (std::string_view k : kCaseKeys) {
        if (!line.starts_with(k)) continue;
        const std::string_view rest = line.substr(k.size());
        if (rest.starts_with(':') && (rest.size() == 1 || rest[1] == ' ' || rest[1] == '\t' || rest[1] == '\r'))
            return true;
    }
    return false;
}

}  // namespace

bool looks_like_test_case(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a byte-order mark
    // Nothing but blanks and comments: a case not yet written, reported as empty.
    bool empty = true;
    for (std::string_view rest = text; !rest.empty() && empty;) {
        const auto end = rest.find('\n');
        const std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        const auto first = line.find_first_not_of(" \t\r");
        empty = first == std::string_view::npos || line[first] == '#';
    }
    if (empty) return true;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (starts_with_case_key(line)) return true;
        // `- criteria: …`: cases written as a top-level list (refused, but meant as cases).
        if (line.starts_with("- ") && starts_with_case_key(line.substr(2))) return true;
        // `{criteria: …, expect: …}`: a case written as one flow map.
        if (line.starts_with('{')) {
            line.remove_prefix(1);
            while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
            if (starts_with_case_key(line)) return true;
        // `- criteria: …`: cases written as a top-level list (refused, but meant as cases).
        if (line.starts_with("- ") && starts_with_case_key(line.substr(2))) return true;
        }
    }
    return false;
}

}  // namespace chiso
