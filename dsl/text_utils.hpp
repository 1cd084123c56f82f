#pragma once
// (UTF-8 validation lives in engine/core/utf8.hpp, shared with the score loader.)
// Plain text helpers of the parser that do not need PEGTL: UTF-8 validation,
// "did you mean" suggestions, string unescaping and date normalisation.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chiso::dsl {

// The keyword closest to `word` (engine/core/suggest.hpp's closest_match over views).
std::optional<std::string> closest_word(std::string_view word, const std::vector<std::string_view>& candidates);

// Splits "half_up, half_even, down" into its words.
std::vector<std::string_view> split_words(std::string_view list);

// Content of a quoted string token (`"a \"b\""` -> `a "b"`); escapes are \" and \\.
std::string unquote(std::string_view token);

// `2020-05-06` or `6/5/2020` -> "2020-05-06"; nullopt when the day does not exist.
std::optional<std::string> iso_date(std::string_view written);

}  // namespace chiso::dsl
