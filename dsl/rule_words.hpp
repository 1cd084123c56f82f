#pragma once
// The scoring rules (docs/language.md §11): one row per rule kind — its word, and its
// operands when they are of the standard types (dsl/rule_operands.hpp) — in the order
// of the kinds' variants: ast::RuleBody (dsl/ast.hpp) and the model's RuleBody
// (engine/model/rules.hpp) each static_assert that they have one alternative per row,
// and resolve that the two orders agree. The one home of these spellings: the grammar
// matches them (dsl/grammar.hpp, `rule_word<K>`, `rule_syntax<K>`), the printer and the
// model dump write them, and the parser's messages list the words (kWordList). The
// language has no second spelling of a rule word (Vietnamese words are titles and
// labels, not keywords), so a row has one word.
// Plain constexpr data: this header includes only the standard library, so the
// model may include it too (tests/architecture_check.sh names it).
#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <type_traits>

#include "dsl/rule_operands.hpp"

namespace chiso::rule_words {

// One row per kind: its word, and its operands when they are of the standard types
// (dsl/rule_operands.hpp) — then every phase but scoring and the explanation handles
// the kind from this row alone. `own_syntax`: entries in braces with checks of their
// own (labels a score file must tell apart, bands without gaps), a case in each phase.
inline constexpr std::array<Row, 11> kRows = {
    word_only("points"),                  // entered directly, 0..max (the default)
    word_only("yesno"),                   // có -> max, không -> 0
    own_syntax("levels"),                 // graded levels
    own_syntax("bands"),                  // intervals of a ratio/value -> amount (what it measures: rule_measure)
    with_operands("proportional", "proportional of done / assigned", {.ratio = true, .takes_negative = true},  // max x ratio
                  optional_keyed(OperandType::Expr, "of", "done / assigned")),
    word_only("rate"),                    // survey percentage -> max x p
    own_syntax("answers"),                // survey answer counts weighted A 100% / B 60% ...
    with_operands("bonus", "bonus cap 2", {},  // points added, capped
                  keyed(OperandType::Points, "cap", "2")),
    with_operands("deduction", "deduction cap 3 per 0.5", {},  // points (or events x per) subtracted, capped
                  keyed(OperandType::Points, "cap", "2"), optional_keyed(OperandType::Number, "per", "0.5")),
    with_operands("deduct", "deduct 25% per event", {},  // max - n x amount, not below 0
                  positional(OperandType::Amount, "per_event", "25%", "per", "event")),
    with_operands("formula", "formula max * done / assigned", {.takes_negative = true},  // expression over declared inputs, clamped to 0..max
                  positional(OperandType::Expr, "expr", "max * done / assigned")),
};

inline constexpr std::array<std::string_view, kRows.size()> kWords = [] {
    std::array<std::string_view, kRows.size()> out{};
    for (std::size_t i = 0; i < kRows.size(); ++i) out[i] = kRows[i].word;
    return out;
}();

// The `I`th operand of row `Row`, as a type: what the generic cases are instantiated on.
template <std::size_t Row, std::size_t I>
struct operand_tag {
    static constexpr std::size_t row = Row;
    static constexpr std::size_t index = I;
    static constexpr const Operand& value = kRows[Row].operands[I];
};

// A kind written as its word and the operands of its row (none for `yesno`): the
// phases that only carry operands handle it with one generic case each.
template <class Kind, class Variant>
concept OperandsRuleOf = kRows[row_of<std::remove_const_t<Kind>, Variant>::value].syntax == Syntax::Operands;

// Calls f(operand_tag<row, I>{}, field) for each operand of `kind` in order.
template <class Variant, class Kind, class F>
constexpr void for_each_operand(Kind& kind, F&& f) {
    constexpr std::size_t row = row_of<std::remove_const_t<Kind>, Variant>::value;
    auto fields = fields_of<kRows[row].count>(kind);
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (f(operand_tag<row, I>{}, std::get<I>(fields)), ...);
    }(std::make_index_sequence<kRows[row].count>{});
}

// A text built at compile time, with a stable address: a MessageDef points into it.
template <std::size_t N>
struct FixedText {
    char data[N + 1] = {};
    constexpr std::string_view view() const { return {data, N}; }
};

// The parts one after the other, N characters in all (a text with a stable address
// when held by a static constexpr member).
template <std::size_t N>
constexpr FixedText<N> joined(std::initializer_list<std::string_view> parts) {
    FixedText<N> out;
    std::size_t at = 0;
    for (std::string_view part : parts)
        for (char c : part) out.data[at++] = c;
    return out;
}

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
