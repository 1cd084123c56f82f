#pragma once
// Text checks shared by the criteria parser and the score loader. Files saved from
// old Windows tools in the Vietnamese code pages (CP1258, TCVN3, VNI) or as UTF-16,
// and decomposed Unicode typed on macOS, are common; they must be rejected with a
// position rather than read as garbled or silently unequal names.
#include <cstddef>
#include <optional>
#include <string_view>

namespace chiso {

// Length in bytes of the valid UTF-8 sequence starting at text[i] (1 to 4), or 0
// when the byte there does not start one (same rules as first_invalid_utf8).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

// Byte offset of the first byte that is not part of a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// For valid UTF-8 that is not in Unicode Normalization Form C: the byte offset of
// the base character of the first decomposed sequence ("ô" + U+0301 instead of
// "ố"), else nullopt. Labels, levels and names compare byte for byte, so NFD text
// would never match what was typed in NFC elsewhere.
std::optional<std::size_t> first_non_nfc(std::string_view text);

}  // namespace chiso
