#pragma once
// The PEGTL grammar of the criteria language (*.chiso). Pure grammar, no actions:
// dsl/parse_actions.hpp builds the AST, dsl/parse_errors.hpp turns each failed
// `must<>` into a message. Included only by dsl/parser.cpp (the one translation
// unit that sees PEGTL).
//
// Conventions:
//  - A token rule matches the token only; the caller puts `sep` after it, so an
//    action on the token sees exactly its text and its starting position.
//  - `need<R>` is `must<R>` followed by `sep`: R's failure is a user error, and the
//    message for R is chosen in parse_errors.hpp by R's type. That is why many
//    rules below are distinct empty structs deriving from a shared rule: the type
//    says where we are (an index id, a block id, ...) and so which message to give.
//  - Every construct is led by a keyword (or a string, for levels and ladder
//    rungs) and commits with must<> right after it, so alternatives never
//    backtrack over a rule that has an action.
#include <tao/pegtl.hpp>
#include <tao/pegtl/utf8.hpp>

#include <string_view>
#include <utility>
#include <variant>

#include "dsl/ast.hpp"  // the rule kinds (RuleBody) whose words rule_word<K> matches
#include "dsl/rule_words.hpp"

#include "engine/core/control_chars.hpp"

namespace chiso::dsl::grammar {

using namespace tao::pegtl;  // NOLINT: this header is the grammar, it speaks PEGTL

// ---- layout ----------------------------------------------------------------------
struct comment : seq<one<'#'>, until<eolf>> {};
struct blank : sor<one<' ', '\t', '\r', '\n'>, comment> {};
struct sep : star<blank> {};

template <typename Rule>
struct tk : seq<Rule, sep> {};
template <typename Rule>
struct need : seq<must<Rule>, sep> {};

// ---- names and keywords (UTF-8 aware) ----------------------------------------------
// A control character inside a text — NUL, BEL, ESC, a tab, U+202E … — is refused
// with its name: titles, names and labels reach every report. The set has one home,
// engine/core/control_chars.hpp, shared with the score loaders and the writers.
// A line break is not matched here: it ends the text (an unterminated one).
struct string_control {
    using rule_t = string_control;
    using subs_t = type_list<>;
    template <typename ParseInput>
    static bool match(ParseInput& in) {
        const std::string_view rest(in.current(), static_cast<std::size_t>(in.end() - in.current()));
        if (rest.empty() || rest.front() == '\n' || rest.front() == '\r') return false;
        const std::size_t length = control_char_length(rest, 0);
        if (length == 0) return false;
        in.bump(length);
        return true;
    }
};
// Symbols that are not letters although they are non-ASCII: the operators → ≤ ≥,
// curly quotes pasted from word processors, and the no-break space.
struct non_letter_symbol : utf8::one<0x2192, 0x2264, 0x2265, 0x2018, 0x2019, 0x201C, 0x201D, 0x00A0> {};
// A control character (U+202E …) is no letter: an id, a flag or a word never holds
// one, and the text goes on with an error at it (echoed `[U+202E]`).
struct letter : sor<ranges<'a', 'z', 'A', 'Z', '_'>,
                    seq<not_at<non_letter_symbol>, not_at<string_control>, utf8::range<0x80, 0x10FFFF>>> {};
// `-` continues a name (`so-lieu`), except in an arrow `->`.
struct name_char : sor<letter, digit, seq<one<'-'>, not_at<one<'>'>>>> {};
struct name : seq<letter, star<name_char>> {};

// A keyword is a whole word: `index` must not match the start of `index_2019`.
template <typename Text>
struct word : seq<Text, not_at<name_char>> {};

// ---- literals ----------------------------------------------------------------------
struct digits : plus<digit> {};
// `12,5` is a decimal comma, the usual way of writing 12.5 in Vietnamese documents.
struct decimal_comma : seq<one<','>, digit> {};
struct no_decimal_comma : sor<not_at<decimal_comma>, raise<decimal_comma>> {};
struct number_text : seq<opt<one<'-'>>, digits, opt<one<'.'>, digits>, opt<one<'%'>>> {};
// `8O` (the letter O for a zero), `1e5`: a letter glued to a number is a mistake in
// the number, not the start of the next word.
struct number_letter : letter {};
struct no_number_letter : sor<not_at<number_letter>, raise<number_letter>> {};
struct number : seq<number_text, no_decimal_comma, no_number_letter> {};
struct integer : seq<digits, not_at<one<'.', ',', '%'>>, not_at<name_char>> {};

struct string_escape_char : one<'"', '\\'> {};
struct string_escape : seq<one<'\\'>, must<string_escape_char>> {};
struct string_plain : not_one<'"', '\\', '\n', '\r'> {};
struct string_end : one<'"'> {};
struct string_no_control : sor<not_at<string_control>, raise<string_control>> {};
struct quoted : seq<one<'"'>, star<string_no_control, sor<string_escape, string_plain>>, must<string_end>> {};

struct iso_date : seq<rep<4, digit>, one<'-'>, rep_min_max<1, 2, digit>, one<'-'>, rep_min_max<1, 2, digit>> {};
struct dmy_date : seq<rep_min_max<1, 2, digit>, one<'/'>, rep_min_max<1, 2, digit>, one<'/'>, rep<4, digit>> {};
struct date : seq<sor<iso_date, dmy_date>, not_at<name_char>> {};

// Node codes: `1`, `1.2.3`, `II.3`.
struct code_part : plus<ranges<'a', 'z', 'A', 'Z', '0', '9'>> {};
struct code : seq<code_part, star<one<'.'>, code_part>, not_at<name_char>> {};

struct comma : one<','> {};
struct arrow : sor<string<'-', '>'>, utf8::one<0x2192>> {};
struct open_brace : one<'{'> {};
struct open_paren : one<'('> {};
struct close_paren : one<')'> {};

struct cmp_ge : sor<string<'>', '='>, utf8::one<0x2265>> {};
struct cmp_gt : one<'>'> {};
struct cmp_le : sor<string<'<', '='>, utf8::one<0x2264>> {};
struct cmp_lt : one<'<'> {};
struct cmp_eq : one<'='> {};
struct cmp_any : sor<cmp_ge, cmp_gt, cmp_le, cmp_lt, cmp_eq> {};

// ---- keywords --------------------------------------------------------------------
// Top-level statement keywords.
struct st_index : word<TAO_PEGTL_STRING("index")> {};
struct st_locality : word<TAO_PEGTL_STRING("locality")> {};
struct st_year : word<TAO_PEGTL_STRING("year")> {};
struct st_basis : word<TAO_PEGTL_STRING("basis")> {};
struct st_publish : word<TAO_PEGTL_STRING("publish")> {};
struct st_rounding : word<TAO_PEGTL_STRING("rounding")> {};
struct st_ranking : word<TAO_PEGTL_STRING("ranking")> {};
struct st_not_applicable : word<TAO_PEGTL_STRING("not_applicable")> {};
struct st_missing : word<TAO_PEGTL_STRING("missing")> {};
struct st_block : word<TAO_PEGTL_STRING("block")> {};
struct st_tree : word<TAO_PEGTL_STRING("tree")> {};
struct st_ladder : word<TAO_PEGTL_STRING("ladder")> {};
struct st_stat : word<TAO_PEGTL_STRING("stat")> {};
struct st_extends : word<TAO_PEGTL_STRING("extends")> {};
struct st_edit : word<TAO_PEGTL_STRING("edit")> {};
struct st_replace : word<TAO_PEGTL_STRING("replace")> {};
struct st_remove : word<TAO_PEGTL_STRING("remove")> {};
struct st_survey : word<TAO_PEGTL_STRING("survey")> {};
struct any_statement_word : sor<st_index, st_locality, st_year, st_basis, st_publish, st_rounding, st_ranking,
                                st_not_applicable, st_missing, st_block, st_tree, st_ladder, st_stat, st_extends,
                                st_edit, st_replace, st_remove, st_survey> {};

// Other words.
struct kw_max : word<TAO_PEGTL_STRING("max")> {};
struct kw_min : word<TAO_PEGTL_STRING("min")> {};
struct kw_index : word<TAO_PEGTL_STRING("index")> {};
struct kw_points : word<TAO_PEGTL_STRING("points")> {};
struct kw_percent : word<TAO_PEGTL_STRING("percent")> {};
struct kw_rank : word<TAO_PEGTL_STRING("rank")> {};
struct kw_name : word<TAO_PEGTL_STRING("name")> {};
struct kw_by : word<TAO_PEGTL_STRING("by")> {};
struct kw_of : word<TAO_PEGTL_STRING("of")> {};
struct kw_tree : word<TAO_PEGTL_STRING("tree")> {};
struct kw_block : word<TAO_PEGTL_STRING("block")> {};
struct kw_exclude : word<TAO_PEGTL_STRING("exclude")> {};
struct kw_full : word<TAO_PEGTL_STRING("full")> {};
struct kw_zero : word<TAO_PEGTL_STRING("zero")> {};
struct kw_error : word<TAO_PEGTL_STRING("error")> {};
struct kw_date : word<TAO_PEGTL_STRING("date")> {};
struct kw_and : word<TAO_PEGTL_STRING("and")> {};
struct kw_or : word<TAO_PEGTL_STRING("or")> {};
struct kw_not : word<TAO_PEGTL_STRING("not")> {};
struct kw_flag : word<TAO_PEGTL_STRING("flag")> {};
struct kw_when : word<TAO_PEGTL_STRING("when")> {};
struct kw_otherwise : word<TAO_PEGTL_STRING("otherwise")> {};
struct kw_override : word<TAO_PEGTL_STRING("override")> {};
struct kw_count : word<TAO_PEGTL_STRING("count")> {};
struct kw_ladder : word<TAO_PEGTL_STRING("ladder")> {};
struct kw_stat : word<TAO_PEGTL_STRING("stat")> {};
struct kw_title : word<TAO_PEGTL_STRING("title")> {};
struct kw_change : word<TAO_PEGTL_STRING("change")> {};
struct kw_add : word<TAO_PEGTL_STRING("add")> {};
struct kw_move : word<TAO_PEGTL_STRING("move")> {};
struct kw_remove : word<TAO_PEGTL_STRING("remove")> {};
struct kw_in : word<TAO_PEGTL_STRING("in")> {};
struct kw_to : word<TAO_PEGTL_STRING("to")> {};
struct kw_after : word<TAO_PEGTL_STRING("after")> {};
struct kw_first : word<TAO_PEGTL_STRING("first")> {};
struct kw_as : word<TAO_PEGTL_STRING("as")> {};

struct node_kind : sor<word<TAO_PEGTL_STRING("area")>, word<TAO_PEGTL_STRING("criterion")>,
                       word<TAO_PEGTL_STRING("item")>, word<TAO_PEGTL_STRING("node")>> {};

// `remove block|tree|ladder|stat <id>` (a statement), not `remove <code>` (a change
// inside `edit tree`).
struct removal_statement_ahead : seq<st_remove, sep, sor<kw_block, kw_tree, kw_ladder, kw_stat>> {};

// Where the parser may resume after an error: a line starting a top-level statement.
// A `block` inside a ladder (`block huyen, thi_xa {`) is not one: the top-level
// `block` has a quoted name after its id. Nor is `remove 4.2` inside `edit tree`.
struct statement_start : sor<seq<st_block, sep, name, sep, one<'"'>>, removal_statement_ahead,
                             seq<not_at<st_block>, not_at<st_remove>, any_statement_word>> {};

// The first word of a change inside `edit tree <id> { … }`.
struct tree_edit_word : sor<kw_change, kw_add, kw_move, seq<not_at<removal_statement_ahead>, kw_remove>> {};

// A word that ends a statement too early: not a statement keyword and not a node
// kind (those get their own messages at the top level).
struct stray_word : seq<not_at<any_statement_word>, not_at<node_kind>, name> {};

// ---- expressions -------------------------------------------------------------------
struct expression;
struct expr_number : number {};
struct expr_variable : name {};
struct expr_max : kw_max {};
struct call_comma : comma {};
// Opening and closing tokens of nested constructs have their own types: the
// parser counts nesting levels on them (see State::enter_nested).
struct call_open_paren : open_paren {};
struct expr_open_paren : open_paren {};
struct expr_close_paren : close_paren {};
struct call_min : seq<kw_min, sep, call_open_paren, sep, need<expression>, need<call_comma>, need<expression>, must<expr_close_paren>> {};
struct call_max : seq<kw_max, sep, call_open_paren, sep, need<expression>, need<call_comma>, need<expression>, must<expr_close_paren>> {};
struct expr_paren : seq<expr_open_paren, sep, need<expression>, must<expr_close_paren>> {};
struct expr_primary : sor<expr_paren, call_min, call_max, expr_max, expr_number, expr_variable> {};
struct expr_factor;
struct negative_sign : one<'-'> {};
struct expr_negation : seq<negative_sign, sep, must<expr_factor>> {};
struct expr_factor : sor<expr_negation, seq<expr_primary, sep>> {};
struct mul_op : one<'*', '/'> {};
struct add_op : seq<one<'+', '-'>, not_at<one<'>'>>> {};
struct expr_term;
struct mul_tail : seq<mul_op, sep, must<expr_factor>> {};
struct expr_term : seq<expr_factor, star<mul_tail>> {};
struct add_tail : seq<add_op, sep, must<expr_term>> {};
struct expression : seq<expr_term, star<add_tail>> {};

// ---- conditions --------------------------------------------------------------------
struct condition;
struct operand_index_code : code {};
struct operand_points_code : code {};
struct operand_close_paren : close_paren {};
struct operand_node_index : seq<kw_index, sep, open_paren, sep, need<operand_index_code>, must<operand_close_paren>> {};
struct operand_node_points : seq<kw_points, sep, open_paren, sep, need<operand_points_code>, must<operand_close_paren>> {};
struct operand_index : kw_index {};
struct operand_points : kw_points {};
struct operand_rank : kw_rank {};
struct operand_number : number {};
// Statistics of the block's distribution (docs/language.md §15d): `mean`, `median`,
// `min`, `max`, optionally of a value (`mean(index(2))`); `sd(sample)` and
// `sd(population)`; `percentile(90, nearest_rank)` and `percentile(90, linear)`.
struct kw_mean : word<TAO_PEGTL_STRING("mean")> {};
struct kw_median : word<TAO_PEGTL_STRING("median")> {};
struct kw_sd : word<TAO_PEGTL_STRING("sd")> {};
struct kw_percentile : word<TAO_PEGTL_STRING("percentile")> {};
struct kw_top : word<TAO_PEGTL_STRING("top")> {};
struct stat_value : sor<operand_node_index, operand_node_points, operand_index, operand_points> {};
struct stat_open : open_paren {};
struct stat_close : close_paren {};
struct stat_comma : comma {};
struct stat_of : seq<stat_open, sep, need<stat_value>, must<stat_close>> {};
struct stat_mean : seq<kw_mean, opt<sep, stat_of>> {};
struct stat_median : seq<kw_median, opt<sep, stat_of>> {};
struct stat_min : seq<kw_min, opt<sep, stat_of>> {};
struct stat_max : seq<kw_max, opt<sep, stat_of>> {};
struct sd_sample : word<TAO_PEGTL_STRING("sample")> {};
struct sd_population : word<TAO_PEGTL_STRING("population")> {};
struct sd_args : seq<stat_open, sep, sor<sd_sample, sd_population>, sep, opt<stat_comma, sep, need<stat_value>>, stat_close> {};
struct stat_sd : seq<kw_sd, sep, must<sd_args>> {};
struct percentile_p : number {};
struct percentile_nearest : word<TAO_PEGTL_STRING("nearest_rank")> {};
struct percentile_linear : word<TAO_PEGTL_STRING("linear")> {};
struct percentile_args : seq<stat_open, sep, percentile_p, sep, stat_comma, sep, sor<percentile_nearest, percentile_linear>, sep,
                             opt<stat_comma, sep, need<stat_value>>, stat_close> {};
struct stat_percentile : seq<kw_percentile, sep, must<percentile_args>> {};
struct operand_stat : sor<stat_mean, stat_median, stat_sd, stat_percentile, stat_min, stat_max> {};
struct operand : sor<operand_node_index, operand_node_points, operand_index, operand_points, operand_rank, operand_stat, operand_number> {};
// Arithmetic in a condition (`index >= 60 + 10`, `points(2) > 2 * points(3)`,
// `index >= mean + 1.5 * sd(sample)`): as in formulas, `*` `/` before `+` `-`, chains
// left to right. Parentheses group inside a value; a comparison does not start with one
// (that `(` opens a group of conditions: `(index >= 90 or rank <= 3) and …`).
struct cond_expr;
struct cexpr_open : open_paren {};
struct cexpr_close : close_paren {};
struct cexpr_paren : seq<cexpr_open, sep, need<cond_expr>, must<cexpr_close>> {};
struct cexpr_factor : seq<sor<cexpr_paren, operand>, sep> {};
struct cmul_tail : seq<mul_op, sep, must<cexpr_factor>> {};
struct cexpr_term : seq<cexpr_factor, star<cmul_tail>> {};
struct cadd_tail : seq<add_op, sep, must<cexpr_term>> {};
struct cond_expr : seq<cexpr_term, star<cadd_tail>> {};
struct compare_op : cmp_any {};
struct compare_operand : cond_expr {};
struct comparison : seq<cond_expr, need<compare_op>, need<compare_operand>, star<compare_op, sep, need<compare_operand>>> {};
// `top 10% rounded up|down|nearest`: the unit is among the first 10% of the units
// ranked together, the share turned into a number of units as declared.
struct top_share : number {};
struct top_rounded : word<TAO_PEGTL_STRING("rounded")> {};
struct top_up : word<TAO_PEGTL_STRING("up")> {};
struct top_down : word<TAO_PEGTL_STRING("down")> {};
struct top_nearest : word<TAO_PEGTL_STRING("nearest")> {};
struct top_rounding : sor<top_up, top_down, top_nearest> {};
struct top_cond : seq<kw_top, sep, need<top_share>, need<top_rounded>, need<top_rounding>> {};
// `flag kỷ luật`: a flag of several words must be quoted. A second word on the same
// line that is not what may follow a condition shows the quotes were forgotten.
struct flag_more_words : seq<plus<one<' ', '\t'>>, not_at<sor<kw_and, kw_or, kw_block, kw_override, any_statement_word>>, name> {};
struct flag_single_word : sor<not_at<flag_more_words>, raise<flag_more_words>> {};
struct flag_name : sor<quoted, seq<name, flag_single_word>> {};
struct flag_cond : seq<kw_flag, sep, need<flag_name>> {};
struct cond_open_paren : open_paren {};
struct cond_close_paren : close_paren {};
struct cond_paren : seq<cond_open_paren, sep, need<condition>, need<cond_close_paren>> {};
struct cond_not;
struct not_word : kw_not {};
struct cond_negation : seq<not_word, sep, need<cond_not>> {};
struct cond_not : sor<cond_negation, cond_paren, flag_cond, top_cond, comparison> {};
struct and_tail : seq<kw_and, sep, need<cond_not>> {};
struct cond_and : seq<cond_not, star<and_tail>> {};
struct or_tail : seq<kw_or, sep, need<cond_and>> {};
// `và`, `hoặc`, `AND`, `&&` where `and` or `or` was meant: reported at the word
// rather than as whatever the construct around the condition expected next.
struct joiner_mistake : sor<word<TAO_PEGTL_STRING("và")>, word<TAO_PEGTL_STRING("hoặc")>, word<TAO_PEGTL_STRING("hay")>,
                            word<TAO_PEGTL_STRING("AND")>, word<TAO_PEGTL_STRING("And")>, word<TAO_PEGTL_STRING("OR")>,
                            word<TAO_PEGTL_STRING("Or")>, string<'&', '&'>, string<'|', '|'>> {};
struct condition_end : sor<not_at<joiner_mistake>, raise<joiner_mistake>> {};
struct condition : seq<cond_and, star<or_tail>, condition_end> {};

// ---- amounts and intervals ----------------------------------------------------------
struct amount : sor<kw_max, number> {};
struct bound_value : number {};
struct lower_cmp : sor<cmp_ge, cmp_gt> {};
struct upper_cmp : sor<cmp_le, cmp_lt> {};
struct equal_cmp : cmp_eq {};
struct lower_bound : seq<lower_cmp, sep, need<bound_value>> {};
struct upper_bound : seq<upper_cmp, sep, need<bound_value>> {};
struct equal_bound : seq<equal_cmp, sep, need<bound_value>> {};
struct interval : sor<seq<lower_bound, opt<upper_bound>>, seq<upper_bound, opt<lower_bound>>, equal_bound> {};

// ---- leaf rules ----------------------------------------------------------------------
// A rule's word, from its row in dsl/rule_words.hpp: `rule_word<ast::LevelsRule>`
// matches `levels`. One grammar rule (and one action) for every kind.
template <std::size_t Row, class Chars = std::make_index_sequence<rule_words::kWords[Row].size()>>
struct rule_word_chars;
template <std::size_t Row, std::size_t... I>
struct rule_word_chars<Row, std::index_sequence<I...>> {
    using type = string<rule_words::kWords[Row][I]...>;
};
template <class Kind>
struct rule_word : word<typename rule_word_chars<ast::rule_index_v<Kind>>::type> {};
// Any rule word (what `change` may not take for a code): every alternative of the variant.
template <class Variant>
struct any_rule_word_of;
template <class... Kinds>
struct any_rule_word_of<std::variant<Kinds...>> : sor<rule_word<Kinds>...> {};
struct any_rule_word : any_rule_word_of<ast::RuleBody> {};

struct of_clause : seq<kw_of, sep, need<expression>> {};

struct level_label : quoted {};
struct level_arrow : arrow {};
struct level_amount : amount {};
struct level_entry : seq<level_label, sep, need<level_arrow>, need<level_amount>, opt<tk<comma>>> {};
struct levels_open : open_brace {};
struct levels_close : one<'}'> {};
struct levels_rule : seq<rule_word<ast::LevelsRule>, sep, need<levels_open>, star<level_entry>, need<levels_close>> {};

struct band_arrow : arrow {};
struct band_amount : amount {};
struct band_entry : seq<interval, need<band_arrow>, need<band_amount>, opt<tk<comma>>> {};
struct bands_open : open_brace {};
struct bands_close : one<'}'> {};
struct bands_rule : seq<rule_word<ast::BandsRule>, sep, opt<of_clause>, need<bands_open>, star<band_entry>, need<bands_close>> {};

struct answer_label : quoted {};
struct answer_arrow : arrow {};
struct answer_weight : number {};
struct answer_entry : seq<answer_label, sep, need<answer_arrow>, need<answer_weight>, opt<tk<comma>>> {};
struct answers_open : open_brace {};
struct answers_close : one<'}'> {};
struct answers_rule : seq<rule_word<ast::AnswersRule>, sep, need<answers_open>, star<answer_entry>, need<answers_close>> {};

// A kind of standard operands (ast::OperandsRule) is written as its word, then each
// operand of its row in dsl/rule_words.hpp: `[keyword] value [words after]`, or
// `[keyword value]` when it may be left out. Every part is a type of its own (kind,
// operand), so that dsl/parse_actions.hpp fills the operand's field and
// dsl/parse_errors.hpp names what is missing from the operand's type.
template <class Text, class Chars = std::make_index_sequence<Text::value.size()>>
struct text_string;
template <class Text, std::size_t... I>
struct text_string<Text, std::index_sequence<I...>> {
    using type = string<Text::value[I]...>;
};
template <class Kind, std::size_t I>
inline constexpr const rule_words::Operand& operand_v = ast::rule_row_v<Kind>.operands[I];
template <class Kind, std::size_t I>
struct operand_word_text {
    static constexpr std::string_view value = operand_v<Kind, I>.word;
};
template <class Kind, std::size_t I, std::size_t J>
struct operand_after_text {
    static constexpr std::string_view value = operand_v<Kind, I>.after[J];
};
// `cap` before the value; the words after it (`per`, `event`).
template <class Kind, std::size_t I>
struct operand_word : word<typename text_string<operand_word_text<Kind, I>>::type> {};
template <class Kind, std::size_t I, std::size_t J>
struct operand_after : word<typename text_string<operand_after_text<Kind, I, J>>::type> {};

template <rule_words::OperandType Type>
struct operand_value_of;
template <> struct operand_value_of<rule_words::OperandType::Number> : number {};
template <> struct operand_value_of<rule_words::OperandType::Points> : number {};
template <> struct operand_value_of<rule_words::OperandType::Amount> : amount {};
template <> struct operand_value_of<rule_words::OperandType::Expr> : seq<expression> {};
template <class Kind, std::size_t I>
struct operand_value : operand_value_of<operand_v<Kind, I>.type> {};

template <class Kind, std::size_t I, class After = std::make_index_sequence<operand_v<Kind, I>.after_count()>>
struct operand_parts;
template <class Kind, std::size_t I, std::size_t... J>
struct operand_parts<Kind, I, std::index_sequence<J...>> {
    using value = seq<need<operand_value<Kind, I>>, need<operand_after<Kind, I, J>>...>;
    using keyed = seq<need<operand_word<Kind, I>>, value>;
    using optional = opt<operand_word<Kind, I>, sep, value>;
};
template <class Kind, std::size_t I>
using operand_syntax =
    std::conditional_t<operand_v<Kind, I>.word == nullptr, typename operand_parts<Kind, I>::value,
                       std::conditional_t<operand_v<Kind, I>.optional, typename operand_parts<Kind, I>::optional,
                                          typename operand_parts<Kind, I>::keyed>>;

template <class Kind, class Operands = std::make_index_sequence<ast::rule_row_v<Kind>.count>>
struct operands_syntax;
template <class Kind, std::size_t... I>
struct operands_syntax<Kind, std::index_sequence<I...>> : seq<rule_word<Kind>, sep, operand_syntax<Kind, I>...> {
    static_assert(((operand_v<Kind, I>.word != nullptr || !operand_v<Kind, I>.optional) && ...),
                  "an operand that may be left out is led by its keyword");
};

// What a rule kind is written as: its word and its row's operands (none: `yesno`),
// unless its syntax is its own (the kinds specialised here). `seq<…>` wraps the
// construct so its own action still runs.
template <class Kind>
struct rule_syntax : operands_syntax<Kind> {
    static_assert(ast::OperandsRule<Kind>, "a rule kind of its own syntax (own_syntax in dsl/rule_words.hpp) has its own rule_syntax");
};
template <> struct rule_syntax<ast::LevelsRule> : seq<levels_rule> {};
template <> struct rule_syntax<ast::BandsRule> : seq<bands_rule> {};
template <> struct rule_syntax<ast::AnswersRule> : seq<answers_rule> {};
// One alternative per kind of ast::RuleBody; each starts with its own whole word,
// so their order does not matter.
template <class Variant>
struct any_rule_of;
template <class... Kinds>
struct any_rule_of<std::variant<Kinds...>> : sor<rule_syntax<Kinds>...> {};
struct scoring_rule : any_rule_of<ast::RuleBody> {};

// A path as written, backslashes included (`extends`, `over years`).
struct path_char : not_one<'"', '\n', '\r'> {};

// ---- nodes -------------------------------------------------------------------------
struct node_code : code {};
struct node_title : quoted {};
struct max_value : number {};
// `weight 1/9`: an exact fraction, so that nine equal weights add up to exactly 1.
struct weight_fraction : seq<digits, one<'/'>, digits, no_decimal_comma, no_number_letter> {};
struct weight_number : number {};
struct weight_value : sor<weight_fraction, weight_number> {};
struct default_value : number {};
struct input_name : name {};
struct na_value : sor<kw_exclude, kw_full, kw_zero> {};
struct attr_max : seq<kw_max, sep, need<max_value>> {};
struct attr_weight : seq<word<TAO_PEGTL_STRING("weight")>, sep, need<weight_value>> {};
struct attr_weighted : word<TAO_PEGTL_STRING("weighted")> {};
// `weighted geometric` / `weighted harmonic`: the mean the children combine by.
struct mean_word : sor<word<TAO_PEGTL_STRING("geometric")>, word<TAO_PEGTL_STRING("harmonic")>> {};
struct attr_mean : mean_word {};
struct attr_unchecked : word<TAO_PEGTL_STRING("unchecked")> {};
struct attr_survey : word<TAO_PEGTL_STRING("survey")> {};
struct attr_optional : word<TAO_PEGTL_STRING("optional")> {};
struct attr_na : seq<word<TAO_PEGTL_STRING("na")>, sep, need<na_value>> {};
struct attr_default : seq<word<TAO_PEGTL_STRING("default")>, sep, need<default_value>> {};
struct attr_inputs : seq<word<TAO_PEGTL_STRING("inputs")>, sep, need<input_name>, star<tk<comma>, need<input_name>>> {};
// The declared exceptions to the range of a rule's input: `allow negative`, `up to 150%`.
struct allow_word : word<TAO_PEGTL_STRING("allow")> {};
struct allow_negative_word : word<TAO_PEGTL_STRING("negative")> {};
struct attr_allow_negative : seq<allow_word, sep, need<allow_negative_word>> {};
struct up_word : word<TAO_PEGTL_STRING("up")> {};
struct up_to_word : kw_to {};
struct up_to_value : number {};
struct attr_up_to : seq<up_word, sep, need<up_to_word>, need<up_to_value>> {};
// Normalisation across units (docs/language.md §15d):
//   normalise minmax 1 to 10 [lower better | higher better]
//             [over block | over blocks so, huyen | over years "ddci-2022.yaml", "ddci-2023.yaml"]
//             [if equal -> 5.5]
//   normalise goalposts 0 to 50 onto 1 to 10 …      normalise rank 1 to 10 …
//   normalise zscore sd(sample) onto mean 5 sd 2 …   (or sd(population))
struct normalise_word : word<TAO_PEGTL_STRING("normalise")> {};
struct norm_from : number {};
struct norm_to_word : kw_to {};
struct norm_to : number {};
struct norm_range : seq<need<norm_from>, need<norm_to_word>, need<norm_to>> {};
struct norm_post_low : number {};
struct norm_post_to_word : kw_to {};
struct norm_post_high : number {};
struct norm_onto_word : word<TAO_PEGTL_STRING("onto")> {};
struct norm_minmax_word : word<TAO_PEGTL_STRING("minmax")> {};
struct norm_goalposts_word : word<TAO_PEGTL_STRING("goalposts")> {};
struct norm_rank_word : kw_rank {};
struct norm_minmax : seq<norm_minmax_word, sep, norm_range> {};
struct norm_goalposts : seq<norm_goalposts_word, sep, need<norm_post_low>, need<norm_post_to_word>, need<norm_post_high>,
                            need<norm_onto_word>, norm_range> {};
struct norm_rank : seq<norm_rank_word, sep, norm_range> {};
struct norm_zscore_word : word<TAO_PEGTL_STRING("zscore")> {};
struct norm_z_sample : word<TAO_PEGTL_STRING("sample")> {};
struct norm_z_population : word<TAO_PEGTL_STRING("population")> {};
struct norm_z_kind : sor<norm_z_sample, norm_z_population> {};
struct norm_z_close : one<')'> {};
struct norm_z_sd_form : seq<word<TAO_PEGTL_STRING("sd")>, sep, one<'('>, sep, need<norm_z_kind>, need<norm_z_close>> {};
struct norm_z_onto : word<TAO_PEGTL_STRING("onto")> {};
struct norm_z_mean_word : word<TAO_PEGTL_STRING("mean")> {};
struct norm_z_mean : number {};
struct norm_z_sd_word : word<TAO_PEGTL_STRING("sd")> {};
struct norm_z_sd : number {};
struct norm_zscore : seq<norm_zscore_word, sep, need<norm_z_sd_form>, need<norm_z_onto>, need<norm_z_mean_word>,
                         need<norm_z_mean>, need<norm_z_sd_word>, need<norm_z_sd>> {};
struct norm_method : sor<norm_minmax, norm_goalposts, norm_rank, norm_zscore> {};
struct norm_better_word : word<TAO_PEGTL_STRING("better")> {};
struct norm_lower : word<TAO_PEGTL_STRING("lower")> {};
struct norm_higher : word<TAO_PEGTL_STRING("higher")> {};
struct norm_direction : seq<sor<norm_lower, norm_higher>, sep, need<norm_better_word>> {};
struct norm_over_word : word<TAO_PEGTL_STRING("over")> {};
struct norm_block_id : name {};
struct norm_year_path : seq<one<'"'>, star<path_char>, must<string_end>> {};
struct norm_blocks : seq<word<TAO_PEGTL_STRING("blocks")>, sep, need<norm_block_id>, star<tk<comma>, need<norm_block_id>>> {};
struct norm_years : seq<word<TAO_PEGTL_STRING("years")>, sep, need<norm_year_path>, star<tk<comma>, need<norm_year_path>>> {};
struct norm_population : sor<norm_blocks, norm_years, tk<kw_block>> {};
struct norm_over : seq<norm_over_word, sep, must<norm_population>> {};
struct norm_equal_word : word<TAO_PEGTL_STRING("equal")> {};
struct norm_equal_arrow : arrow {};
struct norm_equal_value : number {};
struct norm_if_word : word<TAO_PEGTL_STRING("if")> {};
struct norm_if_equal : seq<norm_if_word, sep, need<norm_equal_word>, need<norm_equal_arrow>, need<norm_equal_value>> {};
struct attr_normalise : seq<normalise_word, sep, must<norm_method>, opt<norm_direction>, opt<norm_over>, opt<norm_if_equal>> {};
struct node_attribute : sor<attr_max, attr_weight, seq<attr_weighted, sep, opt<attr_mean, sep>>, seq<attr_unchecked, sep>, seq<attr_survey, sep>,
                            seq<attr_optional, sep>, attr_na, attr_default, attr_inputs, attr_allow_negative, attr_up_to,
                            attr_normalise, scoring_rule> {};

struct node;
struct children_open : open_brace {};
struct children_close : one<'}'> {};
struct children : seq<children_open, sep, star<node>, need<children_close>> {};
// What may follow a complete node: another node, the end of its parent, the next
// statement (when a `}` was forgotten) or the end of the file. Anything else is
// an unknown attribute or a stray token, reported at that spot.
struct node_end : at<sor<node_kind, one<'}'>, eof, statement_start>> {};
struct node : seq<node_kind, sep, need<node_code>, need<node_title>, star<node_attribute>, opt<children>, must<node_end>> {};
// A node's own line(s) without its children: used after a syntax error inside a
// tree, to go on finding mistakes in the nodes that follow.
struct node_header : seq<node_kind, sep, need<node_code>, need<node_title>, star<node_attribute>,
                         sor<at<children_open>, must<node_end>>> {};

// ---- top-level statements ------------------------------------------------------------
// index par "Chỉ số cải cách hành chính"
struct index_id : name {};
struct index_name : quoted {};
struct index_stmt : seq<st_index, sep, need<index_id>, need<index_name>> {};

// locality haiphong "Hải Phòng"
struct locality_id : name {};
struct locality_name : quoted {};
struct locality_stmt : seq<st_locality, sep, need<locality_id>, need<locality_name>> {};

// year 2019
struct year_value : integer {};
struct year_stmt : seq<st_year, sep, need<year_value>> {};

// basis "1091/QĐ-UBND" date 2020-05-06 "Phê duyệt ..."
struct basis_number : quoted {};
struct basis_date : date {};
struct basis_title : quoted {};
struct basis_end : not_at<stray_word> {};
struct basis_date_clause : seq<kw_date, sep, need<basis_date>> {};
struct basis_stmt : seq<st_basis, sep, need<basis_number>, opt<basis_date_clause>, opt<basis_title, sep>, opt<basis_date_clause>,
                        must<basis_end>> {};

// publish percent
struct publish_value : sor<kw_percent, kw_points> {};
struct publish_stmt : seq<st_publish, sep, need<publish_value>> {};

// rounding 2 half_up
struct rounding_places : integer {};
struct rounding_mode : sor<word<TAO_PEGTL_STRING("half_up")>, word<TAO_PEGTL_STRING("half_even")>,
                           word<TAO_PEGTL_STRING("down")>, word<TAO_PEGTL_STRING("up")>> {};
struct rounding_end : not_at<stray_word> {};
struct rounding_stmt : seq<st_rounding, sep, need<rounding_places>, opt<rounding_mode, sep>, must<rounding_end>> {};

// ranking by points exact ties distinct by points, 1, 2.1, name, id within group
struct ranking_by : kw_by {};
struct ranking_by_value : sor<kw_index, kw_points> {};
struct ranking_precision : sor<word<TAO_PEGTL_STRING("rounded")>, word<TAO_PEGTL_STRING("exact")>> {};
struct tie_policy : sor<word<TAO_PEGTL_STRING("shared")>, word<TAO_PEGTL_STRING("dense")>,
                        word<TAO_PEGTL_STRING("distinct")>> {};
struct tie_breaks_by : kw_by {};
struct tie_break_points : kw_points {};
struct tie_break_index : kw_index {};
struct tie_break_name : kw_name {};
struct tie_break_id : word<TAO_PEGTL_STRING("id")> {};
struct tie_break_code : code {};
struct tie_break : sor<tie_break_points, tie_break_index, tie_break_name, tie_break_id, tie_break_code> {};
struct tie_breaks : seq<tie_breaks_by, sep, need<tie_break>, star<tk<comma>, need<tie_break>>> {};
struct ranking_ties : seq<word<TAO_PEGTL_STRING("ties")>, sep, need<tie_policy>, opt<tie_breaks>> {};
struct ranking_group : word<TAO_PEGTL_STRING("group")> {};
struct ranking_within : seq<word<TAO_PEGTL_STRING("within")>, sep, need<ranking_group>> {};
struct ranking_option : sor<seq<ranking_precision, sep>, ranking_ties, ranking_within> {};
struct ranking_end : not_at<stray_word> {};
struct ranking_stmt : seq<st_ranking, sep, need<ranking_by>, need<ranking_by_value>, star<ranking_option>, must<ranking_end>> {};

// not_applicable exclude
struct na_policy_value : sor<kw_exclude, kw_full, kw_zero> {};
struct not_applicable_stmt : seq<st_not_applicable, sep, need<na_policy_value>> {};

// missing error
struct missing_value : sor<kw_error, kw_zero> {};
struct missing_stmt : seq<st_missing, sep, need<missing_value>> {};

// block so "Sở, ban, ngành" tree so_tree exclude 3, 4.2
struct block_id : name {};
struct block_name : quoted {};
struct block_tree_id : name {};
// `tree so_tree` inside a block, but not the `tree so_tree "..."` statement that may
// follow a block without a tree.
struct tree_statement_ahead : seq<kw_tree, sep, name, sep, one<'"'>> {};
struct block_tree : seq<not_at<tree_statement_ahead>, kw_tree, sep, need<block_tree_id>> {};
struct excluded_code : code {};
struct block_exclude : seq<kw_exclude, sep, need<excluded_code>, star<tk<comma>, need<excluded_code>>> {};
struct block_end : not_at<stray_word> {};
struct block_stmt : seq<st_block, sep, need<block_id>, need<block_name>, star<sor<block_tree, block_exclude>>, must<block_end>> {};

// tree so_tree "Bộ tiêu chí cấp sở" max 100 weighted { ... }   (or without `{ }`: no nodes)
struct tree_id : name {};
struct tree_title : quoted {};
struct tree_max_value : number {};
struct tree_max : seq<kw_max, sep, need<tree_max_value>> {};
struct tree_weighted : attr_weighted {};
struct tree_mean : mean_word {};
struct tree_unchecked : attr_unchecked {};
struct tree_attribute : sor<tree_max, seq<tree_weighted, sep, opt<tree_mean, sep>>, seq<tree_unchecked, sep>> {};
struct tree_open : open_brace {};
struct tree_close : one<'}'> {};
struct tree_body : seq<tree_open, sep, star<node>, need<tree_close>> {};
// A tree without nodes (only its total is entered) may leave out `{ }`.
struct tree_end : at<sor<eof, statement_start>> {};
struct tree_stmt : seq<st_tree, sep, need<tree_id>, need<tree_title>, star<tree_attribute>, sor<tree_body, must<tree_end>>> {};

// ladder xep_loai "Xếp loại" { "Tốt" when index >= 80 ... block huyen { ... } }
struct ladder_id : name {};
struct ladder_name : quoted {};
struct rung_label : quoted {};
struct rung_override : kw_override {};
struct rung_when : seq<kw_when, sep, need<condition>> {};
struct rung_otherwise : kw_otherwise {};
struct rung_tail : sor<rung_when, seq<rung_otherwise, sep>> {};
struct rung : sor<seq<rung_override, sep, need<rung_label>, must<rung_tail>>, seq<rung_label, sep, must<rung_tail>>> {};
struct section_block : kw_block {};
struct section_name : name {};
struct section_open : open_brace {};
struct section_close : one<'}'> {};
struct ladder_section : seq<section_block, sep, need<section_name>, star<tk<comma>, need<section_name>>, need<section_open>,
                            star<rung>, need<section_close>> {};
struct ladder_open : open_brace {};
struct ladder_close : one<'}'> {};
struct ladder_stmt : seq<st_ladder, sep, need<ladder_id>, need<ladder_name>, need<ladder_open>, star<sor<ladder_section, rung>>,
                         need<ladder_close>> {};

// stat tren_80 "Trên 80 điểm" count index > 80
struct stat_id : name {};
struct stat_label : quoted {};
struct stat_count : kw_count {};
struct stat_stmt : seq<st_stat, sep, need<stat_id>, need<stat_label>, need<stat_count>, need<condition>> {};

// ---- inheritance: a file that extends another states its changes -------------------------
// extends "../vn/par-tinh-2022.chiso"
// The path is read as written, backslashes included (a Windows path `..\vn\x.chiso`
// gets its own message, not the one about escapes in texts).
struct extends_path : seq<one<'"'>, star<path_char>, must<string_end>> {};
struct extends_stmt : seq<st_extends, sep, need<extends_path>> {};

// Inside `edit tree <id> { … }`, one change per statement, in the order written:
//   change <code> <attributes…>
//   add <kind> <code> "<title>" <attributes…> [{ children }] in <parent code|total> [after <code> | first]
//   remove <code>
//   move <code> to <parent code|total> [after <code> | first] [as <new code>]
// What may follow a complete change: the next change, a node (reported: write
// `add`), the `}` of the edit, the next statement or the end of the file.
struct edit_end : at<sor<tree_edit_word, node_kind, one<'}'>, eof, statement_start>> {};
// The id after `edit tree`, `remove block`, …: not a statement keyword, so that a
// forgotten id does not swallow the next statement (`remove block` + `edit …`).
struct id_ref : seq<not_at<any_statement_word>, name> {};
// A node code (or `total`) in a change; a keyword is not taken for a code, so that
// `in` followed by `remove 4.2` on the next line is a missing parent.
struct attribute_word : sor<kw_title, kw_max, word<TAO_PEGTL_STRING("weight")>, attr_weighted, attr_unchecked, attr_survey,
                            attr_optional, allow_word, up_word, word<TAO_PEGTL_STRING("na")>, word<TAO_PEGTL_STRING("default")>,
                            word<TAO_PEGTL_STRING("inputs")>, any_rule_word> {};
struct edit_keyword : sor<tree_edit_word, any_statement_word, node_kind, attribute_word, kw_in, kw_to, kw_after, kw_first,
                          kw_as> {};
struct node_ref : seq<not_at<edit_keyword>, code> {};
struct after_code : node_ref {};
struct position_after : seq<kw_after, sep, need<after_code>> {};
struct position_first : kw_first {};
struct edit_position : sor<position_after, seq<position_first, sep>> {};

struct edit_change : kw_change {};
struct change_code : node_ref {};
struct change_title_text : quoted {};
struct change_title : seq<kw_title, sep, need<change_title_text>> {};
struct change_attribute : sor<change_title, node_attribute> {};
struct change_attributes : plus<change_attribute> {};
struct change_edit : seq<edit_change, sep, need<change_code>, must<change_attributes>, must<edit_end>> {};

struct edit_add : kw_add {};
struct add_kind : node_kind {};
struct add_in : kw_in {};
struct add_parent : node_ref {};
struct add_place : seq<need<add_in>, need<add_parent>, star<edit_position>, must<edit_end>> {};
struct add_edit : seq<edit_add, sep, need<add_kind>, need<node_code>, need<node_title>, star<node_attribute>, opt<children>,
                      add_place> {};

struct edit_remove : kw_remove {};
struct remove_code : node_ref {};
struct remove_edit : seq<not_at<removal_statement_ahead>, edit_remove, sep, need<remove_code>, must<edit_end>> {};

struct edit_move : kw_move {};
struct move_code : node_ref {};
struct move_to : kw_to {};
struct move_parent : node_ref {};
struct new_code : node_ref {};
struct move_as : seq<kw_as, sep, need<new_code>> {};
struct move_edit : seq<edit_move, sep, need<move_code>, need<move_to>, need<move_parent>, star<sor<edit_position, move_as>>,
                       must<edit_end>> {};

struct tree_edit : sor<change_edit, add_edit, remove_edit, move_edit> {};

// One change checked on its own after an error inside `edit tree` (as node_header
// does for nodes): an added node's children are left to their own lines.
struct add_header : seq<edit_add, sep, need<add_kind>, need<node_code>, need<node_title>, star<node_attribute>,
                        sor<at<children_open>, add_place>> {};
struct tree_edit_line : sor<change_edit, add_header, remove_edit, move_edit> {};

// edit tree so [title "…"] [max 100] [weighted] [unchecked] { <changes> }
struct edit_tree_word : kw_tree {};
struct edit_tree_id : id_ref {};
struct edit_tree_title_text : quoted {};
struct edit_tree_title : seq<kw_title, sep, need<edit_tree_title_text>> {};
struct edit_tree_max_value : number {};
struct edit_tree_max : seq<kw_max, sep, need<edit_tree_max_value>> {};
struct edit_tree_weighted : attr_weighted {};
struct edit_tree_mean : mean_word {};
struct edit_tree_unchecked : attr_unchecked {};
struct edit_tree_attribute : sor<edit_tree_title, edit_tree_max, seq<edit_tree_weighted, sep, opt<edit_tree_mean, sep>>,
                                 seq<edit_tree_unchecked, sep>> {};
struct edit_tree_open : open_brace {};
struct edit_tree_close : one<'}'> {};
struct edit_tree_rest : seq<edit_tree_word, sep, need<edit_tree_id>, star<edit_tree_attribute>, need<edit_tree_open>,
                            star<tree_edit>, need<edit_tree_close>> {};

// edit block so ["<name>"] [tree <id>] [exclude <codes>]   (at least one, in any order)
struct edit_block_word : kw_block {};
struct edit_block_id : id_ref {};
struct edit_block_name : quoted {};
struct edit_block_tree_id : id_ref {};
struct edit_block_tree : seq<not_at<tree_statement_ahead>, kw_tree, sep, need<edit_block_tree_id>> {};
struct edit_excluded_code : code {};
struct edit_block_exclude : seq<kw_exclude, sep, need<edit_excluded_code>, star<tk<comma>, need<edit_excluded_code>>> {};
struct edit_block_change : sor<seq<edit_block_name, sep>, edit_block_tree, edit_block_exclude> {};
struct edit_block_changes : plus<edit_block_change> {};
struct edit_block_end : not_at<stray_word> {};
struct edit_block_rest : seq<edit_block_word, sep, need<edit_block_id>, must<edit_block_changes>, must<edit_block_end>> {};

// edit ladder xep_loai { "Tốt" when 85 <= index < 90  block huyen { … } }
struct edit_ladder_word : kw_ladder {};
struct edit_ladder_id : id_ref {};
struct edit_ladder_open : open_brace {};
// `edit ladder xep_loai title "…"` retitles it; the rungs in braces may then be left out.
struct edit_ladder_title_text : quoted {};
struct edit_ladder_title : seq<kw_title, sep, need<edit_ladder_title_text>> {};
struct edit_ladder_body : seq<edit_ladder_open, star<sor<ladder_section, rung>>, need<ladder_close>> {};
struct edit_ladder_rest : seq<edit_ladder_word, sep, need<edit_ladder_id>,
                              sor<seq<edit_ladder_title, sep, opt<edit_ladder_body>>, seq<need<edit_ladder_open>,
                                  star<sor<ladder_section, rung>>, need<ladder_close>>>> {};

struct edit_target : sor<edit_tree_rest, edit_block_rest, edit_ladder_rest> {};
struct edit_stmt : seq<st_edit, sep, must<edit_target>> {};

// replace ladder <id> "<name>" { … }    replace stat <id> "<label>" count <condition>
struct replace_ladder_word : kw_ladder {};
struct replace_ladder_id : id_ref {};
struct replace_ladder_name : quoted {};
struct replace_ladder_open : open_brace {};
struct replace_ladder_rest : seq<replace_ladder_word, sep, need<replace_ladder_id>, need<replace_ladder_name>,
                                 need<replace_ladder_open>, star<sor<ladder_section, rung>>, need<ladder_close>> {};
struct replace_stat_word : kw_stat {};
struct replace_stat_id : id_ref {};
struct replace_stat_label : quoted {};
struct replace_stat_count : kw_count {};
struct replace_stat_rest : seq<replace_stat_word, sep, need<replace_stat_id>, need<replace_stat_label>,
                               need<replace_stat_count>, need<condition>> {};
struct replace_target : sor<replace_ladder_rest, replace_stat_rest> {};
struct replace_stmt : seq<st_replace, sep, must<replace_target>> {};

// remove block|tree|ladder|stat <id>
struct removal_block : kw_block {};
struct removal_tree : kw_tree {};
struct removal_ladder : kw_ladder {};
struct removal_stat : kw_stat {};
struct removal_kind : sor<removal_block, removal_tree, removal_ladder, removal_stat> {};
struct removal_id : id_ref {};
struct remove_stmt : seq<st_remove, sep, need<removal_kind>, need<removal_id>> {};

// survey phieu "Phiếu khảo sát" { unit "don_vi"  form "ma_phieu"  [weight "trong_so"]
//   question "cau_1" -> HL1 { "Hài lòng" -> 100%, … }   question "cau_2" -> HL2 likert 1 to 5
//   no answer "Không trả lời"  incomplete exclude  interval wilson 95%  minimum 30 unrated  separator ";" }
//   (or `interval bootstrap 95% seed 2025 count 2000`)
// A line may start with a clause word only (`unit`, `form`, …); each commits after its word.
struct survey_id : name {};
struct survey_title : quoted {};
struct survey_open : open_brace {};
struct survey_close : one<'}'> {};
struct survey_unit_column : quoted {};
struct survey_unit : seq<word<TAO_PEGTL_STRING("unit")>, sep, need<survey_unit_column>> {};
struct survey_form_column : quoted {};
struct survey_form : seq<word<TAO_PEGTL_STRING("form")>, sep, need<survey_form_column>> {};
struct survey_weight_column : quoted {};
struct survey_weight : seq<word<TAO_PEGTL_STRING("weight")>, sep, need<survey_weight_column>> {};
struct question_word : word<TAO_PEGTL_STRING("question")> {};
struct question_column : quoted {};
struct question_arrow : arrow {};
struct question_code : code {};
struct likert_word : word<TAO_PEGTL_STRING("likert")> {};
struct likert_low : integer {};
struct likert_to : kw_to {};
struct likert_high : integer {};
struct question_likert : seq<likert_word, sep, need<likert_low>, need<likert_to>, need<likert_high>> {};
struct scale_label : quoted {};
struct scale_arrow : arrow {};
struct scale_value : number {};
struct scale_entry : seq<scale_label, sep, need<scale_arrow>, need<scale_value>, opt<tk<comma>>> {};
struct scale_open : open_brace {};
struct scale_close : one<'}'> {};
struct question_labels : seq<scale_open, sep, star<scale_entry>, need<scale_close>> {};
struct question_scale : sor<question_likert, question_labels> {};
struct survey_question : seq<question_word, sep, need<question_column>, need<question_arrow>, need<question_code>,
                             need<question_scale>> {};
struct no_answer_word : word<TAO_PEGTL_STRING("no")> {};
struct no_answer_answer : word<TAO_PEGTL_STRING("answer")> {};
struct no_answer_label : quoted {};
struct survey_no_answer : seq<no_answer_word, sep, need<no_answer_answer>, need<no_answer_label>,
                              star<tk<comma>, need<no_answer_label>>> {};
struct incomplete_word : word<TAO_PEGTL_STRING("incomplete")> {};
struct incomplete_value : sor<kw_exclude, word<TAO_PEGTL_STRING("keep")>> {};
struct survey_incomplete : seq<incomplete_word, sep, need<incomplete_value>> {};
struct interval_word : word<TAO_PEGTL_STRING("interval")> {};
struct interval_method
    : sor<word<TAO_PEGTL_STRING("normal")>, word<TAO_PEGTL_STRING("wilson")>, word<TAO_PEGTL_STRING("bootstrap")>> {};
struct interval_level : number {};
// `interval bootstrap 95% seed 2025 count 2000`: the stream's seed and the number of
// resamples (resolve says which methods take them and what is missing).
struct seed_word : word<TAO_PEGTL_STRING("seed")> {};
struct seed_value : integer {};
struct interval_seed : seq<seed_word, sep, need<seed_value>, sep> {};
struct count_word : word<TAO_PEGTL_STRING("count")> {};
struct count_value : integer {};
struct interval_count : seq<count_word, sep, need<count_value>, sep> {};
struct survey_interval : seq<interval_word, sep, need<interval_method>, opt<interval_level, sep>, opt<interval_seed>,
                             opt<interval_count>> {};
struct minimum_word : word<TAO_PEGTL_STRING("minimum")> {};
struct minimum_count : integer {};
struct minimum_action : sor<word<TAO_PEGTL_STRING("warn")>, word<TAO_PEGTL_STRING("unrated")>> {};
struct survey_minimum : seq<minimum_word, sep, need<minimum_count>, need<minimum_action>> {};
struct separator_text : quoted {};
struct survey_separator : seq<word<TAO_PEGTL_STRING("separator")>, sep, need<separator_text>> {};
struct survey_clause : sor<survey_unit, survey_form, survey_weight, survey_question, survey_no_answer, survey_incomplete,
                           survey_interval, survey_minimum, survey_separator> {};
struct survey_stmt : seq<st_survey, sep, need<survey_id>, need<survey_title>, need<survey_open>, star<survey_clause>,
                         need<survey_close>> {};

// Used to decide how to go on after an error (see parser.cpp).
struct edit_tree_ahead : seq<st_edit, sep, kw_tree> {};

struct statement : sor<index_stmt, locality_stmt, year_stmt, basis_stmt, publish_stmt, rounding_stmt, ranking_stmt,
                       not_applicable_stmt, missing_stmt, block_stmt, tree_stmt, ladder_stmt, stat_stmt, extends_stmt,
                       edit_stmt, replace_stmt, remove_stmt, survey_stmt> {};

// The parser drives statements one at a time (to recover after an error), so the
// file rule is only used for the leading blank space.
struct leading_space : sep {};

}  // namespace chiso::dsl::grammar
