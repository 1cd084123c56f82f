#pragma once
// Case folding for the few words the score format recognises ("Không áp dụng",
// "CÓ", "Tự chấm"). Officers type them in any case, with or without diacritics.
#include <string>
#include <string_view>

namespace chiso::input {

// Lower-cases ASCII and the precomposed (NFC) Vietnamese letters; other bytes
// are copied unchanged.
std::string fold_case(std::string_view text);

// fold_case, then trims and collapses runs of spaces, tabs and '_' into one space,
// so "Tự_chấm", "tự  chấm" and "TỰ CHẤM" all become "tự chấm".
std::string normalize_keyword(std::string_view text);

}  // namespace chiso::input
