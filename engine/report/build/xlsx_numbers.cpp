#include "engine/report/build/xlsx_numbers.hpp"

#include "engine/eval/results.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/build/year_view.hpp"

namespace chiso::report::xlsx {
namespace {

// "0" or "0.00…": the digits of a format with `places` decimals.
std::string digits(int places) {
    std::string out = "0";
    if (places > 0) out += "." + std::string(static_cast<std::size_t>(places), '0');
    return out;
}

// The cell value for `value` printed with `places` decimals; a rounded zero is 0,
// never -0, which a spreadsheet would show as "−0,00".
double cell_value(const Rational& value, int places) {
    const double number = json_number(value, places);
    return number == 0 ? 0.0 : number;
}

// Decimals of `value` written exactly within `max_places` (trailing zeros trimmed).
int decimals_of(const Rational& value, int max_places) {
    const std::string text = value.to_string(max_places);
    const auto point = text.find('.');
    return point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
}

}  // namespace

std::string locale_tag(Lang lang) { return lang == Lang::Vi ? "[$-42A]" : "[$-409]"; }

std::string fixed_format(int places, Lang lang) { return locale_tag(lang) + digits(places); }

std::string signed_fixed_format(int places, Lang lang) {
    const std::string d = digits(places);
    return locale_tag(lang) + "+" + d + ";\"\u2212\"" + d + ";" + d;
}

Cell published_cell(const Rational& value, const Publication& pub, Lang lang) {
    return number_cell(cell_value(pub.value(value), pub.places), pub.text(value, lang), fixed_format(pub.places, lang));
}

Cell published_change_cell(const Rational& value, const Publication& pub, Lang lang) {
    return number_cell(cell_value(pub.value(value), pub.places), signed_index(value, pub, lang),
                       signed_fixed_format(pub.places, lang));
}

Cell declared_cell(const Rational& value, int places, Lang lang) {
    return number_cell(cell_value(value, places + 2), format_exact(value, places, lang), locale_tag(lang) + "General");
}

Cell whole_cell(long long value) { return number_cell(static_cast<double>(value), std::to_string(value), "0"); }

Cell rank_change_cell(int value) {
    return number_cell(static_cast<double>(value), signed_whole(value), "+0;\"\u2212\"0;0");
}

Cell share_cell(std::size_t part, std::size_t whole, Lang lang) {
    const Rational fraction = share(part, whole);
    const std::string shown = format_fixed(fraction * Rational(100), 2, lang) + "%";
    return number_cell(cell_value(fraction, 4), shown, fixed_format(2, lang) + "%");
}

Cell weight_cell(const Rational& fraction, Lang lang) {
    const Rational percent = fraction * Rational(100);
    const int places = decimals_of(percent, 4);
    const std::string shown = localize_decimal(percent.to_string(4), lang) + "%";
    return number_cell(cell_value(fraction, places + 2), shown, fixed_format(places, lang) + "%");
}

}  // namespace chiso::report::xlsx
