#pragma once
// "Did you mean" support: the candidate closest to a mistyped word.
#include <string>
#include <string_view>
#include <vector>

namespace chiso {

// Edit distance counted in UTF-8 characters, so "Đống" vs "Dống" is one edit;
// swapping two neighbouring characters counts as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate within `max_distance` edits (and fewer edits than `word`
// has characters), or "" when none is close; the first one wins a tie.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates,
                          std::size_t max_distance = 2);

// For node codes: one edit at most, and none for codes of one or two characters,
// where every other short code is one edit away and a suggestion would be noise.
std::string closest_code(std::string_view code, const std::vector<std::string>& codes);

}  // namespace chiso
