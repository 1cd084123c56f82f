#include "engine/report/text/csv_cells.hpp"

namespace chiso::report {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "-0.5", "+3", "12", "-12,5%": a sign, digits, one decimal separator, a percent.
bool plain_number(std::string_view text) {
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    const std::size_t first_digit = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i == first_digit) return false;
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
        const std::size_t after = ++i;
        while (i < text.size() && is_digit(text[i])) ++i;
        if (i == after) return false;
    }
    if (i < text.size() && text[i] == '%') ++i;
    return i == text.size();
}

bool formula_like(std::string_view text) {
    if (text.empty() || std::string_view("=+-@\t\r").find(text.front()) == std::string_view::npos) return false;
    return !plain_number(text);
}

}  // namespace

std::string csv_field(std::string_view text) {
    const bool neutralise = formula_like(text);
    if (!neutralise && text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = neutralise ? "\"'" : "\"";
    for (char c : text) {
        if (c == '"') out += '"';  // a quote is escaped by doubling it
        out += c;
    }
    out += '"';
    return out;
}

}  // namespace chiso::report
