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
    auto ca = characters(a);
    auto cb = characters(b);
    std::vector<std::size_t> row(cb.size() + 1);
    for (std::size_t j = 0; j <= cb.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= ca.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= cb.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (ca[i - 1] == cb[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[cb.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates,
                          std::size_t max_distance) {
    std::string best;
    std::size_t best_distance = max_distance + 1;
    for (const auto& c : candidates) {
        std::size_t d = edit_distance(word, c);
        if (d < best_distance) {
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
