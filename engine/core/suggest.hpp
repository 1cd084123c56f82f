#pragma once
// "Did you mean" support: the candidate closest to a mistyped word.
//
// Suggestions are accent- and case-insensitive (`ky luat` finds `kỷ luật`, `TOT`
// finds `tốt`): words are compared by their accent_free_key (engine/core/normalise.hpp).
// The work is bounded, whatever the files hold: a query examines only candidates of a
// near length, stops a comparison as soon as it exceeds the allowed edits, and examines
// at most kMaxComparisonsPerQuery candidates; large candidate sets (the codes of a tree
// of 100,000 nodes) are indexed once by their one-deletion neighbourhood, so that a
// query looks up a few buckets instead of scanning them all.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <cstdint>
#include <utility>
#include <vector>

namespace chiso {

// Edit distance counted in UTF-8 characters, so "Đống" vs "Dống" is one edit;
// swapping two neighbouring characters counts as one edit. Exact (no accent folding).
std::size_t edit_distance(std::string_view a, std::string_view b);

// At most this many candidates are compared with one word; beyond it the query
// gives up rather than spend unbounded time on a suggestion.
inline constexpr std::size_t kMaxComparisonsPerQuery = 4096;

// Candidates prepared once, queried many times.
class Suggester {
public:
    Suggester(std::vector<std::string> candidates, std::size_t max_distance);

    // The closest candidate within max_distance edits (and fewer edits than `word`
    // has characters), or "" when none is close. A tie goes to the candidate that
    // differs least with its accents, then to the earlier one.
    std::string closest(std::string_view word) const;

    // Candidate comparisons made by all queries so far (for the tests that hold the
    // work to its bound; not a time).
    std::size_t comparisons() const { return comparisons_; }

private:
    struct Candidate {
        std::string text;
        std::u32string key;  // accent-free
    };
    bool indexed() const { return !neighbours_.empty(); }
    std::vector<std::size_t> near(const std::u32string& key) const;

    std::vector<Candidate> candidates_;
    std::size_t max_distance_;
    // One-deletion neighbourhood (only for max_distance 1 and many candidates): the
    // hash of every key and of every key with one character deleted, with its
    // candidate, sorted. A collision only adds a candidate, which is then compared.
    std::vector<std::pair<std::uint64_t, std::size_t>> neighbours_;
    mutable std::size_t comparisons_ = 0;
};

// The closest candidate within `max_distance` edits (see Suggester::closest), for a
// question asked once: at most kMaxComparisonsPerQuery candidates of a near length
// are considered. Ask a Suggester when the same candidates serve many questions.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates,
                          std::size_t max_distance = 2);

// For node codes: one edit at most, and none for codes of one or two characters,
// where every other short code is one edit away and a suggestion would be noise.
std::string closest_code(std::string_view code, const Suggester& codes);
std::string closest_code(std::string_view code, const std::vector<std::string>& codes);

// A Suggester for node codes (max one edit).
Suggester code_suggester(std::vector<std::string> codes);

}  // namespace chiso
