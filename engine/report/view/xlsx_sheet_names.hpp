#pragma once
// Sheet names Excel accepts: at most 31 characters, none of []:*?/\, not starting
// or ending with an apostrophe, unique regardless of letter case, never "History"
// (reserved by Excel). Block names are used as they are where they can be.
#include <string>
#include <vector>

namespace chiso::report::xlsx {

// One valid name per wanted name, in order; a clash gets " (2)", " (3)", … and
// an empty name `fallback`.
std::vector<std::string> sheet_names(const std::vector<std::string>& wanted, const std::string& fallback);

}  // namespace chiso::report::xlsx
