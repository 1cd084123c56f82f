#pragma once
// Terminal column widths. Vietnamese names are 1–4 bytes per letter and may be
// typed precomposed ("ở") or decomposed ("o" + U+031B + U+0309), so alignment
// counts display columns, never bytes.
#include <cstddef>
#include <string>
#include <string_view>

namespace chiso {

// Columns `text` occupies: 1 per code point, 0 for combining marks, 2 for East
// Asian wide characters. Malformed UTF-8 counts 1 per stray byte.
std::size_t display_width(std::string_view text);

// `text` padded with spaces to `width` columns, text first (left) or last (right).
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);

}  // namespace chiso
