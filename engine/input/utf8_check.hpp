#pragma once
// UTF-8 validation of a whole score file before parsing. Files saved from old
// Windows tools in the Vietnamese code page (CP1258) or UTF-16 are common; they
// must be rejected with a position rather than read as garbled names.
#include <cstddef>
#include <optional>
#include <string_view>

namespace chiso::input {

// Byte offset of the first byte that is not part of a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

}  // namespace chiso::input
