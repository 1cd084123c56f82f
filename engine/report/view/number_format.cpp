#include "engine/report/view/number_format.hpp"

#include <charconv>

#include "engine/report/labels/labels.hpp"

namespace chiso {

std::string localize_decimal(std::string text, Lang lang) {
    if (lang == Lang::Vi)
        for (char& c : text)
            if (c == '.') c = ',';
    return text;
}

std::string Publication::text(const Rational& exact, Lang lang) const {
    // Rounded in the criteria's mode first; to_fixed then only writes the digits.
    return localize_decimal(value(exact).to_fixed(places), lang);
}

double Publication::number(const Rational& exact) const { return json_number(value(exact), places); }

double Publication::exact_number(const Rational& exact) const { return json_number(exact, places + 4); }

Rational share_fraction(std::size_t part, std::size_t whole) {
    return whole == 0 ? Rational(0) : Rational(static_cast<std::int64_t>(part), static_cast<std::int64_t>(whole));
}

std::string format_exact(const Rational& value, int places, Lang lang) {
    return localize_decimal(value.to_string(places + 2), lang);
}

std::string format_fixed(const Rational& value, int places, Lang lang) {
    return localize_decimal(value.to_fixed(places), lang);
}

std::string format_share(std::size_t part, std::size_t whole, Lang lang) {
    // Shares are always shown with 2 decimals, independent of the index's rounding.
    const std::string percent = format_fixed(share_fraction(part, whole) * Rational(100), 2, lang);
    return labels::format(labels::share_of, lang, part, whole, percent);
}

std::string format_date(const std::string& iso, Lang lang) {
    const bool is_iso = iso.size() == 10 && iso[4] == '-' && iso[7] == '-';
    if (lang != Lang::Vi || !is_iso) return iso;
    return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

double json_number(const Rational& value, int decimals) {
    // from_chars rather than std::stod: it ignores the C locale, which a caller
    // may have set to one with a decimal comma.
    const std::string text = value.to_string(decimals);
    double out = 0;
    std::from_chars(text.data(), text.data() + text.size(), out);
    return out;
}

}  // namespace chiso
