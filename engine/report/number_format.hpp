#pragma once
// How numbers look in reports. People read Vietnamese reports with the decimal
// comma (91,93); machines (JSON, CSV) always get the decimal point.
#include <cstddef>
#include <string>

#include "engine/core/messages.hpp"
#include "engine/core/rational.hpp"

namespace chiso {

// "91.93" -> "91,93" for Vi; unchanged for En.
std::string localize_decimal(std::string text, Lang lang);

// Points and maxima: exact, up to places + 2 decimals, trailing zeros trimmed.
std::string format_points(const Rational& value, int places, Lang lang);
// The published index: exactly `places` decimals.
std::string format_index(const Rational& value, int places, Lang lang);
// "14/15 (93,33%)": a count of a block and its share as a percent.
std::string format_share(std::size_t part, std::size_t whole, Lang lang);

// A legal document's ISO date as people write it: "2024-05-10" -> "10/05/2024"
// in Vietnamese (as in "ngày 10/05/2024"); ISO in English; anything else as given.
std::string format_date(const std::string& iso, Lang lang);

// A JSON number for `value`, parsed from its decimal text with `decimals` places,
// so the double is the nearest one to the printed decimal (no float arithmetic).
double json_number(const Rational& value, int decimals);

}  // namespace chiso
