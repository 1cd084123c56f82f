#pragma once
// The words of the scoring rules (docs/language.md §11): one row per rule kind, in
// the order of the kinds' variants — ast::RuleBody (dsl/ast.hpp) and the model's
// RuleBody (engine/model/rules.hpp) each static_assert that they have one alternative
// per row, and resolve that the two orders agree. The one home of these spellings:
// the grammar matches them (dsl/grammar.hpp, `rule_word<K>`), the printer and the
// model dump write them, and the parser's messages list them (kWordList). The
// language has no second spelling of a rule word (Vietnamese words are titles and
// labels, not keywords), so a row is one word.
// Plain constexpr data: this header includes only the standard library, so the
// model may include it too (tests/architecture_check.sh names it).
#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

namespace chiso::rule_words {

inline constexpr std::array<std::string_view, 11> kWords = {
    "points",        // entered directly, 0..max (the default)
    "yesno",         // có -> max, không -> 0
    "levels",        // graded levels
    "bands",         // intervals of a ratio/value -> amount
    "proportional",  // max x ratio
    "rate",          // survey percentage -> max x p
    "answers",       // survey answer counts weighted A 100% / B 60% ...
    "bonus",         // points added, capped
    "deduction",     // points (or events x per) subtracted, capped
    "deduct",        // max - n x amount, not below 0
    "formula",       // expression over declared inputs, clamped to 0..max
};

// A kind with no operands, written as its word alone (`yesno`, `rate`): for it the
// phases that only carry operands — print, the model dump, resolve, check — need
// no case of their own (a generic case constrained on this concept); every kind
// with operands must have its own case in each of them, or the visit does not
// compile. Scoring and the explanation have a case for every kind.
template <class Kind>
concept WordOnlyRule = std::is_empty_v<Kind>;

// A text built at compile time, with a stable address: a MessageDef points into it.
template <std::size_t N>
struct FixedText {
    char data[N + 1] = {};
    constexpr std::string_view view() const { return {data, N}; }
};

template <class T>
struct text_size;
template <std::size_t N>
struct text_size<char[N]> {
    static constexpr std::size_t value = N - 1;  // a string literal, without its NUL
};
template <std::size_t N>
struct text_size<FixedText<N>> {
    static constexpr std::size_t value = N;
};

constexpr std::string_view view_of(const char* literal) { return literal; }
template <std::size_t N>
constexpr std::string_view view_of(const FixedText<N>& text) { return text.view(); }

// The parts one after the other: literals and FixedTexts.
template <class... Parts>
constexpr auto concat(const Parts&... parts) {
    FixedText<(text_size<Parts>::value + ...)> out;
    std::size_t at = 0;
    for (std::string_view part : {view_of(parts)...})
        for (char c : part) out.data[at++] = c;
    return out;
}

constexpr std::size_t word_list_size() {
    std::size_t n = 0;
    for (std::size_t i = 0; i < kWords.size(); ++i) n += kWords[i].size() + (i ? 2 : 0);
    return n;
}

// "points, yesno, levels, …, formula": what the parser's messages list.
inline constexpr FixedText<word_list_size()> kWordList = [] {
    FixedText<word_list_size()> out;
    std::size_t at = 0;
    for (std::size_t i = 0; i < kWords.size(); ++i) {
        if (i) {
            out.data[at++] = ',';
            out.data[at++] = ' ';
        }
        for (char c : kWords[i]) out.data[at++] = c;
    }
    return out;
}();

}  // namespace chiso::rule_words
