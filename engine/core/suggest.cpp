#include "engine/core/suggest.hpp"

#include <algorithm>

#include "engine/core/normalise.hpp"
#include "engine/core/source.hpp"

namespace chiso {
namespace {

// Above this many candidates a one-edit Suggester builds its deletion index.
constexpr std::size_t kIndexFrom = 256;

std::u32string code_points(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        const std::size_t len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 1;
        char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
        for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
        out.push_back(cp);
        i += len;
    }
    return out;
}

// The edit distance of `a` and `b` when it is at most `limit`, else limit + 1.
// Optimal string alignment: insertions, deletions, substitutions and swaps of two
// neighbours ("weigth" -> "weight" is one edit), three rows of the table. A cell
// (i, j) is at least |i - j|, so only the band |i - j| <= limit is computed; the
// cells just outside it hold limit + 1; and once a whole row exceeds the limit the
// answer is known. That keeps "did you mean" linear in the length of the words.
std::size_t distance_within(const std::u32string& ca, const std::u32string& cb, std::size_t limit) {
    const std::size_t far = limit + 1;
    if ((ca.size() > cb.size() ? ca.size() - cb.size() : cb.size() - ca.size()) > limit) return far;
    std::vector<std::size_t> before(cb.size() + 1, far), previous(cb.size() + 1, far), current(cb.size() + 1, far);
    for (std::size_t j = 0; j <= std::min(cb.size(), limit); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= ca.size(); ++i) {
        const std::size_t first = i > limit ? i - limit : 1;
        const std::size_t last = std::min(cb.size(), i + limit);
        current[first - 1] = first == 1 ? std::min(i, far) : far;
        std::size_t row_min = current[first - 1];
        for (std::size_t j = first; j <= last; ++j) {
            const std::size_t cost = ca[i - 1] == cb[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && ca[i - 1] == cb[j - 2] && ca[i - 2] == cb[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
            row_min = std::min(row_min, current[j]);
        }
        if (last < cb.size()) current[last + 1] = far;
        // Every path to the end crosses this row, or jumps over it by a swap from a
        // cell of the row before, which is then >= limit (else its diagonal neighbour
        // here would be <= limit): the distance exceeds the limit.
        if (row_min > limit) return far;
        before.swap(previous);
        previous.swap(current);
    }
    return std::min(previous[cb.size()], far);
}

std::u32string suggestion_key(std::string_view text) { return code_points(accent_free_key(text)); }

std::uint64_t hash_of(const std::u32string& s, std::size_t skip) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i == skip) continue;
        h = (h ^ s[i]) * 1099511628211ull;
    }
    return h;
}

// The hashes of `key` and of `key` with one character deleted: two words within one
// edit (insertion, deletion, substitution or swap) share at least one of them.
std::vector<std::uint64_t> neighbourhood(const std::u32string& key) {
    std::vector<std::uint64_t> out{hash_of(key, key.size())};
    for (std::size_t k = 0; k < key.size(); ++k) out.push_back(hash_of(key, k));
    return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    const auto ca = code_points(a);
    const auto cb = code_points(b);
    return distance_within(ca, cb, std::max(ca.size(), cb.size()));
}

Suggester::Suggester(std::vector<std::string> candidates, std::size_t max_distance) : max_distance_(max_distance) {
    candidates_.reserve(candidates.size());
    for (auto& c : candidates) {
        std::u32string key = suggestion_key(c);
        candidates_.push_back(Candidate{std::move(c), std::move(key)});
    }
    if (max_distance_ != 1 || candidates_.size() < kIndexFrom) return;
    for (std::size_t i = 0; i < candidates_.size(); ++i)
        for (std::uint64_t h : neighbourhood(candidates_[i].key)) neighbours_.emplace_back(h, i);
    std::sort(neighbours_.begin(), neighbours_.end());
    neighbours_.erase(std::unique(neighbours_.begin(), neighbours_.end()), neighbours_.end());
}

// The candidates worth comparing with `key`, in their given order: those sharing a
// one-deletion neighbour when indexed (every candidate within one edit does), else all.
std::vector<std::size_t> Suggester::near(const std::u32string& key) const {
    std::vector<std::size_t> out;
    if (!indexed()) {
        for (std::size_t i = 0; i < candidates_.size(); ++i) {
            const std::size_t n = candidates_[i].key.size();
            if ((n > key.size() ? n - key.size() : key.size() - n) <= max_distance_) out.push_back(i);
        }
        return out;
    }
    for (std::uint64_t h : neighbourhood(key)) {
        auto it = std::lower_bound(neighbours_.begin(), neighbours_.end(), std::pair<std::uint64_t, std::size_t>{h, 0});
        for (; it != neighbours_.end() && it->first == h; ++it) out.push_back(it->second);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string Suggester::closest(std::string_view word) const {
    const std::u32string key = suggestion_key(word);
    const std::u32string exact = code_points(text_key(word));
    std::size_t best = candidates_.size();
    std::size_t best_distance = max_distance_ + 1;
    std::size_t best_accents = 0;
    std::size_t examined = 0;
    for (std::size_t i : near(key)) {
        if (examined++ == kMaxComparisonsPerQuery) break;
        ++comparisons_;
        const std::size_t d = distance_within(key, candidates_[i].key, max_distance_);
        // Fewer edits than the word has characters: "x" is not a typo of "max".
        if (d > max_distance_ || d >= key.size() || d > best_distance) continue;
        // Among equally close candidates, the one that also has the word's accents.
        const std::size_t accents = distance_within(exact, code_points(text_key(candidates_[i].text)), 64);
        if (d < best_distance || accents < best_accents) {
            best = i;
            best_distance = d;
            best_accents = accents;
        }
    }
    return best == candidates_.size() ? std::string() : candidates_[best].text;
}

// A one-off query: only candidates of a near length are prepared (their length in
// characters bounds that of their key from above, blanks and decomposed letters
// aside), at most kMaxComparisonsPerQuery of them, so that a caller asking once per
// error about a list of 100,000 does linear, cheap work rather than 100,000 foldings.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates,
                          std::size_t max_distance) {
    const std::size_t length = suggestion_key(word).size();
    const std::size_t shortest = length > max_distance ? length - max_distance : 0;
    const std::size_t longest = 2 * (length + max_distance) + 8;
    std::vector<std::string> near;
    for (const auto& c : candidates) {
        if (near.size() == kMaxComparisonsPerQuery) break;
        const std::size_t n = utf8_length(c);
        if (n >= shortest && n <= longest) near.push_back(c);
    }
    return Suggester(std::move(near), max_distance).closest(word);
}

Suggester code_suggester(std::vector<std::string> codes) { return Suggester(std::move(codes), 1); }

std::string closest_code(std::string_view code, const Suggester& codes) {
    if (code_points(text_key(code)).size() < 3) return "";
    return codes.closest(code);
}

std::string closest_code(std::string_view code, const std::vector<std::string>& codes) {
    if (code_points(text_key(code)).size() < 3) return "";
    return closest_match(code, codes, 1);
}

}  // namespace chiso
