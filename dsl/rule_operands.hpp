#pragma once
// The standard operands of the scoring rules, described as data (docs/architecture.md,
// "Adding a rule kind"). A rule kind whose operands are all of these types lists them
// in its row of dsl/rule_words.hpp; its structs — ast.hpp's as written, the model's
// resolved — have exactly those operands as their fields, in that order, and every
// phase that only carries operands handles the kind generically from the row:
//   grammar     `word [keyword] value [words after]` per operand (dsl/grammar.hpp)
//   parse       the value into its field (dsl/parse_actions.hpp)
//   messages    a missing keyword or value by the operand's type (dsl/parse_errors.hpp)
//   print       written back as read (dsl/print.cpp)
//   resolve     syntax → model value: number → Rational, `20%` → a share of the maximum,
//               `max`/`75%` → points, formula → postfix; a negative number is refused
//               (engine/resolve/resolve_rule.cpp)
//   check       an amount above the node's maximum is refused (engine/check/check_rule.cpp)
//   model dump  (engine/model/dump.cpp)
// Plain constexpr data and the standard library only: the model includes it through
// dsl/rule_words.hpp.
#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace chiso::rule_words {

// How an operand is written and what it becomes. The syntax tree holds Number and
// Points as std::optional<ast::Number>, Amount as std::optional<ast::Amount>, Expr as
// ast::ExprPtr; the model holds Rational (std::optional<Rational> when optional) and
// ExprDef (std::optional<ExprDef>).
enum class OperandType {
    Number,  // a number as written (`per 0.5`): its value, a `%` sign kept as written
    Points,  // points, or a share of the node's maximum with `%` (`cap 2`, `cap 20%`)
    Amount,  // `max`, `75%` (of the maximum) or points (`1.5`); at most the maximum
    Expr,    // a formula over the node's inputs (`of done / assigned`, `formula …`)
};

struct Operand {
    OperandType type = OperandType::Number;
    const char* name = "";        // its name, as its field (`per_event`): what the syntax-tree
                                  // dump shows, and the model dump when it has no word
    const char* word = nullptr;   // the keyword before the value (`cap`); none: the value
                                  // follows the rule's word (`deduct 25%`)
    const char* example = "";     // the value shown in messages: `cap 2`
    bool optional = false;        // keyword and value may both be left out (`per 0.5`)
    std::array<const char*, 2> after{};  // words required after the value (`per event`)

    // `cap`, else the rule's word: what a message about the value names.
    constexpr std::string_view lead(std::string_view rule_word) const { return word ? std::string_view(word) : rule_word; }
    constexpr std::size_t after_count() const { return after[0] == nullptr ? 0 : after[1] == nullptr ? 1 : 2; }
};

// An operand led by its keyword: `cap 2`.
constexpr Operand keyed(OperandType type, const char* word, const char* example) {
    return Operand{type, word, word, example, false, {}};
}
// An operand that may be left out, keyword and value together: `per 0.5`, `of …`.
constexpr Operand optional_keyed(OperandType type, const char* word, const char* example) {
    return Operand{type, word, word, example, true, {}};
}
// An operand right after the rule's word, then the words that must follow it:
// `deduct 25% per event`.
constexpr Operand positional(OperandType type, const char* name, const char* example, const char* after1 = nullptr,
                             const char* after2 = nullptr) {
    return Operand{type, name, nullptr, example, false, {after1, after2}};
}

// What the value a kind measures may be (resolve sets RuleDef::ratio_limit and
// allow_negative from it): a ratio (a share of 100%, limited unless `up to`), and
// whether `allow negative` may apply.
struct Measure {
    bool ratio = false;
    bool takes_negative = false;
};

// How a kind is written: its word and the operands of its row (none: `yesno`), or a
// syntax of its own (entries in braces: levels, bands, answers) with a case in every
// phase.
enum class Syntax { Operands, Own };

inline constexpr std::size_t kMaxOperands = 3;

struct Row {
    std::string_view word;
    Syntax syntax = Syntax::Operands;
    const char* example = "";  // the whole rule in messages: `bonus cap 2`
    std::array<Operand, kMaxOperands> operands{};
    std::size_t count = 0;
    Measure measure{};
};

constexpr Row word_only(std::string_view word, Measure measure = {}) {
    return Row{word, Syntax::Operands, "", {}, 0, measure};
}
constexpr Row own_syntax(std::string_view word, Measure measure = {}) {
    return Row{word, Syntax::Own, "", {}, 0, measure};
}
template <class... Operands>
constexpr Row with_operands(std::string_view word, const char* example, Measure measure, Operands... operands) {
    static_assert(sizeof...(Operands) <= kMaxOperands, "at most kMaxOperands operands");
    return Row{word, Syntax::Operands, example, {operands...}, sizeof...(Operands), measure};
}

// The position of Kind among the alternatives of Variant (its row).
template <class Kind, class Variant>
struct row_of;
template <class Kind, template <class...> class V, class... Kinds>
struct row_of<Kind, V<Kinds...>> {
    static constexpr std::size_t value = [] {
        constexpr bool same[] = {std::is_same_v<Kind, Kinds>...};
        for (std::size_t i = 0; i < sizeof...(Kinds); ++i)
            if (same[i]) return i;
        return sizeof...(Kinds);
    }();
    static_assert(value < sizeof...(Kinds), "not a rule kind");
};

// The fields of a kind's struct as references, in order. A struct with more or fewer
// fields than its row has operands does not compile here.
template <std::size_t N, class Kind>
constexpr auto fields_of(Kind& kind) {
    static_assert(N <= kMaxOperands, "at most kMaxOperands operands");
    if constexpr (N == 0) {
        static_assert(std::is_empty_v<std::remove_const_t<Kind>>, "a kind without operands is an empty struct");
        return std::tuple<>();
    } else if constexpr (N == 1) {
        auto& [a] = kind;
        return std::tie(a);
    } else if constexpr (N == 2) {
        auto& [a, b] = kind;
        return std::tie(a, b);
    } else {
        auto& [a, b, c] = kind;
        return std::tie(a, b, c);
    }
}

}  // namespace chiso::rule_words
