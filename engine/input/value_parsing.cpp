#include "engine/input/value_parsing.hpp"

#include <algorithm>
#include <array>

#include "engine/core/normalise.hpp"

namespace chiso::input {
namespace {

using NumberReading = std::variant<std::monostate, Rational, ScalarProblem>;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

std::string_view strip_sign(std::string_view s) {
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
    return s;
}

template <std::size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// What Rational::parse_decimal accepts: 12, -3.25, +8., .5
bool is_plain_decimal(std::string_view s) {
    s = strip_sign(s);
    std::size_t digits = 0;
    bool point = false;
    for (char c : s) {
        if (c == '.' && !point) {
            point = true;
        } else if (is_digit(c)) {
            ++digits;
        } else {
            return false;
        }
    }
    return digits > 0;
}

// YAML's float spellings of NaN and infinity, and the bare words.
bool is_not_finite(std::string_view s) {
    static constexpr std::array<std::string_view, 5> words{".nan", "nan", ".inf", "inf", "infinity"};
    const std::string_view body = strip_sign(s);
    // An ASCII character other than a blank begins its key as itself, lower-cased
    // (or composed with a mark into a letter that is not ASCII): unless it is `n`,
    // `i` or `.`, the text is none of the words, and the folding is skipped for the
    // numbers and words ("75.5", "tốt") that are most values. Anything else
    // (a no-break space, the ligature `ﬁ` that folds to "fi") is folded.
    if (!body.empty()) {
        const auto c = static_cast<unsigned char>(body[0]);
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c);
        if (c < 0x80 && c > ' ' && lower != 'n' && lower != 'i' && lower != '.') return false;
    }
    return one_of(text_key(body), words);
}

// Whether each group of digits after a thousands separator, up to `end` (the
// decimal mark or the end), has exactly three digits.
bool groups_of_three(std::string_view body, std::size_t end) {
    std::size_t previous = body.find_first_of(",.");
    for (std::size_t i = previous + 1; i <= end; ++i) {
        if (i == end || body[i] == ',' || body[i] == '.') {
            if (i - previous - 1 != 3) return false;
            previous = i;
        }
    }
    return true;
}

// Digits separated by '.' and ',' with at least one ',' or several '.', e.g.
// 8,5  1,234  1,234,567  1.234.567  1.234,5. Returns the problem, or nullopt when
// the text does not have that shape.
std::optional<ScalarProblem> separator_problem(std::string_view s) {
    const std::string_view sign = s.substr(0, s.size() - strip_sign(s).size());
    const std::string_view body = strip_sign(s);
    if (body.empty() || !is_digit(body.front()) || !is_digit(body.back())) return std::nullopt;
    std::size_t commas = 0;
    std::size_t dots = 0;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c == ',' || c == '.') {
            if (!is_digit(body[i - 1])) return std::nullopt;  // two separators in a row
            (c == ',' ? commas : dots) += 1;
        } else if (!is_digit(c)) {
            return std::nullopt;
        }
    }
    if (commas == 0 && dots < 2) return std::nullopt;
    const std::size_t last = body.find_last_of(",.");
    const bool mixed = commas > 0 && dots > 0;
    // A single comma with nothing else is a decimal comma, or a thousands separator
    // when exactly three digits follow; mixed separators end with the decimal mark;
    // anything else is a run of thousands separators.
    std::optional<std::size_t> decimal_mark;
    if (mixed || (commas == 1 && dots == 0)) decimal_mark = last;
    const std::size_t group_end = decimal_mark ? *decimal_mark : body.size();

    if (!groups_of_three(body, group_end)) return ScalarProblem{ScalarProblem::Kind::NumberForm, {}, {}};
    std::string whole;  // digits before the decimal mark, separators removed
    for (std::size_t i = 0; i < group_end; ++i) {
        if (is_digit(body[i])) whole += body[i];
    }
    const std::string fraction = decimal_mark ? std::string(body.substr(*decimal_mark + 1)) : std::string();
    const std::string with_point = std::string(sign) + whole + (decimal_mark ? "." + fraction : "");
    if (commas == 1 && dots == 0) {
        if (fraction.size() == 3) {
            return ScalarProblem{ScalarProblem::Kind::AmbiguousComma, with_point, std::string(sign) + whole + fraction};
        }
        return ScalarProblem{ScalarProblem::Kind::DecimalComma, with_point, {}};
    }
    return ScalarProblem{ScalarProblem::Kind::ThousandsSeparator, with_point, {}};
}

bool all_of_chars(std::string_view s, std::string_view allowed) {
    return !s.empty() && s.find_first_not_of(allowed) == std::string_view::npos;
}

// Other number spellings YAML knows but the format does not accept: exponents
// (1e3, 2.5E-1), hexadecimal (0x1F), octal (0o17) and digit groups (1_000).
bool is_other_number_form(std::string_view s) {
    const std::string_view body = strip_sign(s);
    if (body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) {
        return all_of_chars(body.substr(2), "0123456789abcdefABCDEF");
    }
    if (body.size() > 2 && body[0] == '0' && (body[1] == 'o' || body[1] == 'O')) {
        return all_of_chars(body.substr(2), "01234567");
    }
    const std::size_t e = body.find_first_of("eE");
    if (e != std::string_view::npos) {
        return is_plain_decimal(body.substr(0, e)) && is_plain_decimal(body.substr(e + 1)) &&
               body.find('.', e) == std::string_view::npos;
    }
    return !body.empty() && is_digit(body.front()) && body.find('_') != std::string_view::npos &&
           all_of_chars(body, "0123456789._");
}

NumberReading read_number(std::string_view s) {
    if (is_plain_decimal(s)) {
        if (auto r = Rational::parse_decimal(s)) return *r;
        return ScalarProblem{ScalarProblem::Kind::TooLong, {}, {}};
    }
    if (is_not_finite(s)) return ScalarProblem{ScalarProblem::Kind::NotFinite, {}, {}};
    if (auto problem = separator_problem(s)) return *problem;
    if (is_other_number_form(s)) return ScalarProblem{ScalarProblem::Kind::NumberForm, {}, {}};
    return std::monostate{};
}

InputValue with_kind(InputValue::Kind kind, std::string_view text) {
    InputValue v;
    v.kind = kind;
    v.text = std::string(text);
    return v;
}

InputValue with_boolean(std::string_view text, bool value) {
    InputValue v = with_kind(InputValue::Kind::Boolean, text);
    v.boolean = value;
    return v;
}

// "95%" and "95 %": the number before the sign, flagged as a percent.
ScalarReading read_percent(std::string_view t) {
    NumberReading r = read_number(trim(t.substr(0, t.size() - 1)));
    if (auto* number = std::get_if<Rational>(&r)) {
        InputValue v = with_kind(InputValue::Kind::Number, t);
        v.number = *number;
        v.percent = true;
        return v;
    }
    if (auto* problem = std::get_if<ScalarProblem>(&r)) {
        if (!problem->suggestion.empty()) problem->suggestion += '%';
        if (!problem->alternative.empty()) problem->alternative += '%';
        return *problem;
    }
    return with_kind(InputValue::Kind::Text, t);
}

}  // namespace

ScalarReading read_scalar(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.empty()) return ScalarProblem{ScalarProblem::Kind::Empty, {}, {}};
    // The words of most values, as written, without folding them first.
    if (t == "có") return with_boolean(t, true);
    if (t == "không") return with_boolean(t, false);
    // No keyword starts with a digit: most values of a national file skip the folding.
    const bool keyword_possible = !(t[0] >= '0' && t[0] <= '9');
    const ReservedWord word = keyword_possible ? reserved_word(t) : ReservedWord::None;
    if (word == ReservedWord::NotApplicable) return with_kind(InputValue::Kind::NotApplicable, t);
    if (word != ReservedWord::None) return with_boolean(t, word == ReservedWord::Yes);
    if (t.back() == '%') return read_percent(t);
    NumberReading r = read_number(t);
    if (auto* number = std::get_if<Rational>(&r)) {
        InputValue v = with_kind(InputValue::Kind::Number, t);
        v.number = *number;
        return v;
    }
    if (auto* problem = std::get_if<ScalarProblem>(&r)) return *problem;
    return with_kind(InputValue::Kind::Text, t);
}

std::optional<ValueSource> source_key(std::string_view key) {
    // An ASCII letter or digit is its own key's first character (lower-cased):
    // only v, s, t and a begin a source word, so names such as `dat` are told
    // apart without folding them.
    if (!key.empty()) {
        const auto c = static_cast<unsigned char>(key[0]);
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c);
        const bool alnum = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
        if (alnum && std::string_view("vsta").find(lower) == std::string_view::npos) return std::nullopt;
    }
    const std::string word = keyword_key(key);
    if (word == "value") return ValueSource::Value;
    if (word == "self" || word == "tự chấm" || word == "tu cham") return ValueSource::Self;
    if (word == "appraised" || word == "thẩm định" || word == "tham dinh") return ValueSource::Appraised;
    return std::nullopt;
}

std::optional<SourceConflict> source_conflict(const EntryDraft& e) {
    using K = SourceConflict::Kind;
    if (e.value && e.appraised) return SourceConflict{K::ValueWithSource, ValueSource::Value, ValueSource::Appraised};
    if (e.value && e.self) return SourceConflict{K::ValueWithSource, ValueSource::Value, ValueSource::Self};
    if (!e.self || !e.appraised) return std::nullopt;
    const bool self_na = e.self->kind == InputValue::Kind::NotApplicable;
    const bool appraised_na = e.appraised->kind == InputValue::Kind::NotApplicable;
    if (self_na == appraised_na) return std::nullopt;
    if (self_na) return SourceConflict{K::Applicability, ValueSource::Self, ValueSource::Appraised};
    return SourceConflict{K::Applicability, ValueSource::Appraised, ValueSource::Self};
}

const char* source_name(ValueSource source) {
    switch (source) {
        case ValueSource::Value: return "value";
        case ValueSource::Self: return "self";
        case ValueSource::Appraised: return "appraised";
    }
    return "value";
}

}  // namespace chiso::input
