#pragma once
// Names in Vietnamese alphabetical order, as in a printed list of units: the
// letters ă, â follow a; đ follows d; ê, ô, ơ, ư follow e, o, u; tone marks
// only decide between otherwise equal names (ba < bà < bả < bã < bá < bạ).
// Byte order would put "Ân Thi" after "Bạch Long Vỹ" and "Ưng Hòa" after
// "Vĩnh Bảo", because those letters are encoded as 2-byte sequences.
// The rules are ICU's collation for the locale "vi" (CLDR).
#include <string_view>

namespace chiso {

// Negative when `a` sorts before `b`, 0 when they are equivalent (the same
// letters and marks, whatever the Unicode form), positive after. Throws
// std::runtime_error when ICU has no Vietnamese collation data.
int compare_vietnamese(std::string_view a, std::string_view b);

inline bool vietnamese_less(std::string_view a, std::string_view b) { return compare_vietnamese(a, b) < 0; }

}  // namespace chiso
