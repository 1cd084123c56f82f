#include "dsl/text_utils.hpp"

#include "engine/core/suggest.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace chiso::dsl {

namespace {

int to_int(std::string_view digits) {
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

std::string two_digits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

}  // namespace

std::optional<std::string> closest_word(std::string_view word, const std::vector<std::string_view>& candidates) {
    std::string best = closest_match(word, std::vector<std::string>(candidates.begin(), candidates.end()));
    if (best.empty()) return std::nullopt;
    return best;
}

std::vector<std::string_view> split_words(std::string_view list) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < list.size()) {
        while (i < list.size() && (list[i] == ',' || list[i] == ' ')) ++i;
        std::size_t end = i;
        while (end < list.size() && list[end] != ',' && list[end] != ' ') ++end;
        if (end > i) words.push_back(list.substr(i, end - i));
        i = end;
    }
    return words;
}

std::string unquote(std::string_view token) {
    std::string out;
    if (token.size() < 2) return out;
    const std::string_view content = token.substr(1, token.size() - 2);
    for (std::size_t i = 0; i < content.size(); ++i) {
        if (content[i] == '\\' && i + 1 < content.size()) ++i;  // the grammar allows only \" and \\ .
        out += content[i];
    }
    return out;
}

std::optional<std::string> iso_date(std::string_view written) {
    const bool iso = written.find('-') != std::string_view::npos;
    const char separator = iso ? '-' : '/';
    const std::size_t first = written.find(separator);
    const std::size_t second = written.find(separator, first + 1);
    const int a = to_int(written.substr(0, first));
    const int b = to_int(written.substr(first + 1, second - first - 1));
    const int c = to_int(written.substr(second + 1));
    const int year = iso ? a : c;
    const int month = b;
    const int day = iso ? c : a;
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
    std::string year_text = std::to_string(year);
    year_text.insert(0, 4 - std::min<std::size_t>(4, year_text.size()), '0');
    return year_text + "-" + two_digits(month) + "-" + two_digits(day);
}

}  // namespace chiso::dsl
