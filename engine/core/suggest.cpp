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

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment: insertions, deletions, substitutions and swaps of
    // two neighbours ("weigth" -> "weight" is one edit), three rows of the table.
    const auto ca = characters(a);
    const auto cb = characters(b);
    std::vector<std::size_t> before(cb.size() + 1), previous(cb.size() + 1), current(cb.size() + 1);
    for (std::size_t j = 0; j <= cb.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= ca.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= cb.size(); ++j) {
            const std::size_t cost = ca[i - 1] == cb[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && ca[i - 1] == cb[j - 2] && ca[i - 2] == cb[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[cb.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates,
                          std::size_t max_distance) {
    std::string best;
    std::size_t best_distance = max_distance + 1;
    const std::size_t length = characters(word).size();
    for (const auto& c : candidates) {
        const std::size_t d = edit_distance(word, c);
        // Fewer edits than the word has characters: "x" is not a typo of "max".
        if (d < best_distance && d < length) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

std::string closest_code(std::string_view code, const std::vector<std::string>& codes) {
    if (code.size() < 3) return "";
    return closest_match(code, codes, 1);
}

}  // namespace chiso
