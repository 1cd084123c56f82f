#include "engine/core/suggest.hpp"

#include <algorithm>

namespace chiso {
namespace {

std::vector<std::string_view> characters(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = i + 1;
        while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
        out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

// The edit distance of `a` and `b` when it is at most `limit`, else limit + 1.
// Optimal string alignment: insertions, deletions, substitutions and swaps of two
// neighbours ("weigth" -> "weight" is one edit), three rows of the table. A cell
// (i, j) is at least |i - j|, so only the band |i - j| <= limit is computed; the
// cells just outside it hold limit + 1. That keeps "did you mean" linear in the
// length of the words: two names of 20 000 characters took minutes.
std::size_t distance_within(const std::vector<std::string_view>& ca, const std::vector<std::string_view>& cb,
                            std::size_t limit) {
    const std::size_t far = limit + 1;
    if ((ca.size() > cb.size() ? ca.size() - cb.size() : cb.size() - ca.size()) > limit) return far;
    std::vector<std::size_t> before(cb.size() + 1, far), previous(cb.size() + 1, far), current(cb.size() + 1, far);
    for (std::size_t j = 0; j <= std::min(cb.size(), limit); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= ca.size(); ++i) {
        const std::size_t first = i > limit ? i - limit : 1;
        const std::size_t last = std::min(cb.size(), i + limit);
        current[first - 1] = first == 1 ? std::min(i, far) : far;
        for (std::size_t j = first; j <= last; ++j) {
            const std::size_t cost = ca[i - 1] == cb[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && ca[i - 1] == cb[j - 2] && ca[i - 2] == cb[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        if (last < cb.size()) current[last + 1] = far;
        before.swap(previous);
        previous.swap(current);
    }
    return std::min(previous[cb.size()], far);
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    const auto ca = characters(a);
    const auto cb = characters(b);
    return distance_within(ca, cb, std::max(ca.size(), cb.size()));
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates,
                          std::size_t max_distance) {
    std::string best;
    std::size_t best_distance = max_distance + 1;
    const auto chars = characters(word);
    const std::size_t length = chars.size();
    for (const auto& c : candidates) {
        // Exact up to max_distance; farther candidates are never chosen anyway.
        const std::size_t d = distance_within(chars, characters(c), max_distance);
        // Fewer edits than the word has characters: "x" is not a typo of "max".
        if (d < best_distance && d < length) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

std::string closest_code(std::string_view code, const std::vector<std::string>& codes) {
    // `" 3"` copied from a spreadsheet cell with a blank: the code without the blanks.
    const std::size_t first = code.find_first_not_of(" \t");
    const std::size_t last = code.find_last_not_of(" \t");
    if (first != std::string_view::npos && (first > 0 || last + 1 < code.size())) {
        const std::string_view trimmed = code.substr(first, last + 1 - first);
        for (const auto& c : codes)
            if (c == trimmed) return c;
    }
    if (code.size() < 3) return "";
    return closest_match(code, codes, 1);
}

}  // namespace chiso
