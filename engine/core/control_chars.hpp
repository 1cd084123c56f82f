#pragma once
// Characters a name or title must not hold (docs/input.md, "Names"): the C0 and
// C1 control characters (NUL, BEL, ESC, tab, line breaks …), DEL, the Unicode line
// and paragraph separators (U+2028, U+2029) and the bidirectional controls
// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C).
// None of them is visible: in a terminal ESC and BEL drive the screen, in a table
// or a spreadsheet U+202E shows "Sở Tư pháp" reversed or swaps digits, and a NUL
// ends a C string early (an xlsx cell would be cut). One home for the set, used by
// the criteria parser, the score loaders and every text writer.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chiso {

struct ControlChar {
    std::size_t offset = 0;  // byte offset in the text
    std::size_t length = 0;  // bytes of its UTF-8 sequence
    char32_t code = 0;
};

// Bytes of the control character starting at text[i], or 0 when there is none there.
std::size_t control_char_length(std::string_view text, std::size_t i);

// The first control character of `text`, if any.
std::optional<ControlChar> find_control_char(std::string_view text);

// "U+202E (RIGHT-TO-LEFT OVERRIDE)", "U+001B (ESC)": how messages name the character.
std::string describe_control_char(char32_t code);

// The second line of defence for text writers: every control character but the
// line feed (which ends the writers' own lines) replaced, so nothing invisible
// reaches a terminal, a spreadsheet or a browser. Visible: "[U+202E]" (no `<`, so
// it stays text in HTML and Markdown too); Json: "\u202e", the same string to a
// JSON reader. Text without any is returned as it is.
enum class ControlEscape { Visible, Json };
std::string escape_control_chars(std::string text, ControlEscape style = ControlEscape::Visible);

}  // namespace chiso
