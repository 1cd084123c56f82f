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

// The one home of "the published value" (docs/reports.md, "Published values"):
// points, maxima, the index, last year's index and the block statistics are
// published at the criteria's `rounding` — its decimal places and its mode —
// with exactly that many decimals, in every writer (table, CSV, JSON, Markdown,
// HTML, xlsx, explain, diff, replay). So a table never shows 89,505 beside 89,50,
// nor 90,7 beside 90,70. The exact value appears only where it is named so
// (`points_exact` …, the formula of `chiso explain`).
struct Publication {
    int places = 2;
    RoundingMode mode = RoundingMode::HalfUp;

    Rational value(const Rational& exact) const { return exact.round(places, mode); }
    // "89,51" (Vi) / "89.51" (En): exactly `places` decimals.
    std::string text(const Rational& exact, Lang lang) const;
    // The published value as a JSON or spreadsheet number.
    double number(const Rational& exact) const;
    // The exact value for the fields named so (`points_exact` …): with the decimal
    // point, exact when it has at most places + 4 decimals, else rounded half up
    // there (1/3 has no finite decimal), trailing zeros trimmed.
    std::string exact_text(const Rational& exact) const { return exact.to_string(places + 4); }
    double exact_number(const Rational& exact) const;
};

// `part` of `whole` as an exact fraction (0 of nothing is 0): a share of a block.
Rational share_fraction(std::size_t part, std::size_t whole);

// An exact value, or a value written in the criteria (a maximum, a cap, a cutoff):
// up to places + 2 decimals, trailing zeros trimmed — "0,25", "10".
std::string format_exact(const Rational& value, int places, Lang lang);
// Exactly `places` decimals, half up: for shares and percents, not for points.
std::string format_fixed(const Rational& value, int places, Lang lang);
// "14/15 (93,33%)": a count of a block and its share as a percent.
std::string format_share(std::size_t part, std::size_t whole, Lang lang);

// A legal document's ISO date as people write it: "2024-05-10" -> "10/05/2024"
// in Vietnamese (as in "ngày 10/05/2024"); ISO in English; anything else as given.
std::string format_date(const std::string& iso, Lang lang);

// A JSON number for `value`, parsed from its decimal text with `decimals` places,
// so the double is the nearest one to the printed decimal (no float arithmetic).
double json_number(const Rational& value, int decimals);

}  // namespace chiso
