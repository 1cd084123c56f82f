#pragma once
// The one home of "what a person typed means": every place that compares text an
// officer wrote — flags, groups, unit ids, codes, level labels, the keywords of the
// score format, a unit named on the command line — compares the keys made here, so
// that `Kỷ luật`, `kỷ luật ` (a trailing no-break space from Excel) and `kỷ luật`
// typed in decomposed form on a Mac are one flag everywhere, and so that no two
// places can disagree about it. docs/input.md, "How flags, groups, ids, codes and
// labels are normalised and compared", describes the rules for users.
#include <string>
#include <string_view>

namespace chiso {

// White space that may surround or split what is typed: Unicode White_Space
// (space, tab, line ends, U+00A0 no-break space of Excel exports, U+2007, U+202F,
// U+3000 …) and the invisible U+200B zero-width space and U+FEFF byte-order mark
// that copy-and-paste brings along.
bool is_blank(char32_t c);

// As written, tidied: NFC, blanks trimmed at both ends and each inner run of blanks
// made one ASCII space. Case is kept: this is the spelling shown in reports.
std::string tidy_text(std::string_view text);

// The comparison key: tidy_text, then ICU's default (locale-free, so never
// Turkish) case folding. Two texts mean the same when their keys are equal:
// "Kỷ Luật\u00a0" and "kỷ luật" do.
std::string text_key(std::string_view text);

// text_key with '_' counted as a blank, for the words of the score format
// (`tự_chấm` = `Tự chấm`).
std::string keyword_key(std::string_view text);

// text_key without accents (combining marks dropped, đ read as d): "ky luat" for
// "Kỷ luật". Only for "did you mean" and for refusing near-duplicates, never for
// deciding that two texts are the same.
std::string accent_free_key(std::string_view text);

// The words a score file reserves for values ("không áp dụng", "na", "có",
// "không", …), read from their keyword_key (docs/input.md, value forms).
enum class ReservedWord { None, NotApplicable, Yes, No };
ReservedWord reserved_word(std::string_view text);

// The text with every blank other than an inner ASCII space shown by its code
// point, for messages: "so-noi-vu\u00a0" is shown as `so-noi-vu[U+00A0]`, so
// that an officer can see what differs between two spellings that look alike.
std::string show_blanks(std::string_view text);

}  // namespace chiso
