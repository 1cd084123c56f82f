#pragma once
// Which message a failed `must<Rule>` gives (in the spirit of PEGTL's
// src/example/pegtl/json_errors.hpp, but with structured, bilingual messages).
// Every rule used in a must<> has an `error_for` specialisation: either a
// declarative `spec` or a `raise` that looks at the text to say something more
// precise ("did you mean", the line of an unclosed `{`, ...). A must<> without one
// does not compile. Included only by dsl/parser.cpp.
//
// The parse state is only used through a small interface, so this header does not
// depend on the AST builder: st.text_begin(), st.code_begin(), st.open_brace_line(),
// st.current_node_code(), st.current_node_keyword(), st.in_tree_edit(),
// st.current_edit_word(), st.current_edit_code(), st.current_block_edit_id().
#include <array>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dsl/grammar.hpp"
#include "dsl/parse_messages.hpp"
#include "dsl/syntax_error.hpp"
#include "dsl/text_utils.hpp"

namespace chiso::dsl::errors {

namespace g = grammar;
namespace pegtl = tao::pegtl;

inline constexpr std::string_view kStatementWords =
    "index, locality, year, basis, publish, rounding, ranking, not_applicable, missing, block, tree, ladder, stat, "
    "extends, edit, replace, remove, survey";
inline constexpr std::string_view kNodeKinds = "area, criterion, item, node";
inline constexpr std::string_view kTreeEditWords = "change, add, remove, move";
// The node's attribute words, then the rule words of dsl/rule_words.hpp.
inline constexpr auto kNodeWordsText =
    rule_words::concat("max, weight, weighted, unchecked, survey, optional, na, default, inputs, ", rule_words::kWordList);
inline constexpr std::string_view kNodeWords = kNodeWordsText.view();

// ---- looking at the text where matching stopped --------------------------------------------
// Bytes matched by `Rule` at `at` (0 when it does not match). Rule must not raise.
template <typename Rule>
std::size_t match_length(const char* at, const char* end) {
    pegtl::memory_input<> in(at, end, "");
    return pegtl::parse<Rule>(in) ? static_cast<std::size_t>(in.current() - at) : 0;
}

template <typename Rule>
bool looking_at(const char* at, const char* end) {
    pegtl::memory_input<> in(at, end, "");
    return pegtl::parse<pegtl::at<Rule>>(in);
}

inline std::string word_at(const char* at, const char* end) {
    return std::string(at, match_length<g::name>(at, end));
}

// What "unexpected `X`" shows: a word, a number, or else one character.
inline std::string token_at(const char* at, const char* end) {
    if (std::size_t n = match_length<g::name>(at, end)) return std::string(at, n);
    if (std::size_t n = match_length<g::number_text>(at, end)) return std::string(at, n);
    std::size_t n = at < end ? 1 : 0;
    while (at + n < end && (static_cast<unsigned char>(at[n]) & 0xC0u) == 0x80u) ++n;
    return std::string(at, n);
}

inline bool at_curly_quote(const char* at, const char* end) {
    const std::string_view rest(at, static_cast<std::size_t>(end - at));
    return rest.starts_with("“") || rest.starts_with("”");
}

// A `}` is missing (rather than misplaced) when the text goes on with the next
// statement, or ends.
inline bool brace_surely_missing(const char* at, const char* end) {
    return at == end || looking_at<g::statement_start>(at, end);
}

// Inside `edit tree`, the next change (`remove 4.2`) also shows that a `}` is missing.
template <typename State>
bool brace_missing_before_change(const State& st, const char* at, const char* end) {
    return st.in_tree_edit() && looking_at<g::tree_edit_word>(at, end);
}

template <typename State>
[[noreturn]] void fail(const State& st, const char* at, const MessageDef& message, std::vector<std::string> args = {}) {
    throw SyntaxError{&message, std::move(args), static_cast<std::size_t>(at - st.text_begin())};
}

// End of the code on the line [start, limit): before a comment, without trailing blanks.
inline const char* code_end(const char* start, const char* limit) {
    const char* end = limit;
    bool inside = false;
    for (const char* p = start; p < limit; ++p) {
        if (inside && *p == '\\') {
            ++p;
        } else if (*p == '"') {
            inside = !inside;
        } else if (!inside && *p == '#') {
            end = p;
            break;
        }
    }
    while (end > start && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')) --end;
    return end;
}

inline const char* line_start(const char* begin, const char* p) {
    while (p > begin && p[-1] != '\n') --p;
    return p;
}

// Where "X is missing" should point. Matching stops at the next token, which may
// be lines below (or the end of the file); the user expects the caret right after
// the last thing they wrote, so move back there when a line break lies between.
template <typename State>
const char* where_missing(const State& st, const char* at) {
    const char* begin = st.code_begin();
    const char* start = line_start(begin, at);
    if (code_end(start, at) > start) return at;  // same line as the last token: point at what follows
    while (start > begin) {
        const char* limit = start - 1;  // the previous line, without its '\n'
        start = line_start(begin, limit);
        const char* end = code_end(start, limit);
        if (end > start) return end;
    }
    return at;
}

template <typename State>
[[noreturn]] void fail_missing(const State& st, const char* at, const MessageDef& message, std::vector<std::string> args = {}) {
    fail(st, where_missing(st, at), message, std::move(args));
}

// ---- declarative specifications --------------------------------------------------------------
enum class Kind {
    Fixed,      // message with fixed arguments
    Choice,     // one of a few words: a0 = keyword before, a1 = the words
    StrayWord,  // an unknown word ends a statement: a0 = statement, a1 = its optional words
    Opening,    // a `{` is needed: a0 = construct, a1 = example, a2 = words allowed before `{`
    NodeBody,   // inside a tree or a node's children: nodes or `}`
    Entries     // inside levels/bands/answers/ladder: a0 = construct, a1 = example entry
};

struct Spec {
    Kind kind = Kind::Fixed;
    const MessageDef* message = nullptr;
    std::array<const char*, 3> args{};
};

constexpr Spec fixed(const MessageDef& m, const char* a0 = nullptr, const char* a1 = nullptr, const char* a2 = nullptr) {
    return {Kind::Fixed, &m, {a0, a1, a2}};
}
constexpr Spec choice(const char* keyword, const char* words) { return {Kind::Choice, nullptr, {keyword, words, nullptr}}; }
constexpr Spec stray(const char* statement, const char* words) { return {Kind::StrayWord, nullptr, {statement, words, nullptr}}; }
constexpr Spec opening(const char* construct, const char* example, const char* words = nullptr) {
    return {Kind::Opening, nullptr, {construct, example, words}};
}
constexpr Spec node_body() { return {Kind::NodeBody, nullptr, {}}; }
constexpr Spec entries(const char* construct, const char* example) { return {Kind::Entries, nullptr, {construct, example, nullptr}}; }

inline std::vector<std::string> spec_args(const Spec& spec) {
    std::vector<std::string> args;
    for (const char* a : spec.args) {
        if (a == nullptr) break;
        args.emplace_back(a);
    }
    return args;
}

// "unknown word `X` after `kw`" with a suggestion when one is close enough.
template <typename State>
[[noreturn]] void unknown_word(const State& st, const char* at, const std::string& word, const char* keyword, const char* words) {
    if (auto suggestion = closest_word(word, split_words(words))) {
        fail(st, at, kUnknownWordSuggest, {word, keyword, *suggestion});
    }
    fail(st, at, kUnknownWord, {word, keyword, words});
}

template <typename State>
[[noreturn]] void raise_choice(const Spec& spec, const State& st, const char* at, const char* end) {
    const std::string word = word_at(at, end);
    if (!word.empty() && !looking_at<g::statement_start>(at, end)) unknown_word(st, at, word, spec.args[0], spec.args[1]);
    fail_missing(st, at, kExpectedWord, {spec.args[0], spec.args[1]});
}

template <typename State>
[[noreturn]] void raise_opening(const Spec& spec, const State& st, const char* at, const char* end) {
    const std::string word = word_at(at, end);
    if (!word.empty() && spec.args[2] != nullptr && !looking_at<g::statement_start>(at, end)) {
        unknown_word(st, at, word, spec.args[0], spec.args[2]);
    }
    fail_missing(st, at, kExpectedOpenBrace, {spec.args[0], spec.args[1]});
}

template <typename State>
[[noreturn]] void raise_node_body(const State& st, const char* at, const char* end) {
    const std::string line = std::to_string(st.open_brace_line());
    if (brace_surely_missing(at, end) || brace_missing_before_change(st, at, end)) {
        fail_missing(st, at, kMissingCloseBrace, {line});
    }
    const std::string word = word_at(at, end);
    if (word.empty()) fail(st, at, kExpectedNodeOrClose, {line});
    if (looking_at<g::tree_edit_word>(at, end)) fail(st, at, kNodeEditOutsideEditTree, {word});
    if (auto suggestion = closest_word(word, split_words(kNodeKinds))) {
        fail(st, at, kUnknownNodeKindSuggest, {word, *suggestion});
    }
    fail(st, at, kUnknownNodeKind, {word, line});
}

template <typename State>
[[noreturn]] void raise_entries(const Spec& spec, const State& st, const char* at, const char* end) {
    const std::string line = std::to_string(st.open_brace_line());
    if (brace_surely_missing(at, end) || looking_at<g::node_kind>(at, end) || brace_missing_before_change(st, at, end)) {
        fail_missing(st, at, kMissingCloseBrace, {line});
    }
    fail(st, at, kExpectedEntryOrClose, {spec.args[0], spec.args[1], line});
}

template <typename State>
[[noreturn]] void raise_spec(const Spec& spec, const State& st, const char* at, const char* end) {
    switch (spec.kind) {
        case Kind::Fixed: fail_missing(st, at, *spec.message, spec_args(spec));
        case Kind::Choice: raise_choice(spec, st, at, end);
        case Kind::StrayWord: unknown_word(st, at, word_at(at, end), spec.args[0], spec.args[1]);
        case Kind::Opening: raise_opening(spec, st, at, end);
        case Kind::NodeBody: raise_node_body(st, at, end);
        case Kind::Entries: raise_entries(spec, st, at, end);
    }
    fail(st, at, kExpectedStatement, {token_at(at, end)});  // unreachable: all kinds are handled
}

// ---- the table --------------------------------------------------------------------------------
template <typename Rule>
struct error_for;  // deliberately undefined

#define CHISO_ERROR(rule, ...)                               \
    template <>                                              \
    struct error_for<g::rule> {                              \
        static constexpr Spec spec = __VA_ARGS__;            \
    }

// Examples shown in messages (code, identical in both languages).
inline constexpr const char* kIndexExample = R"(index par "Chỉ số cải cách hành chính")";
inline constexpr const char* kLocalityExample = R"(locality haiphong "Hải Phòng")";
inline constexpr const char* kBlockExample = R"(block so "Sở, ban, ngành")";
inline constexpr const char* kTreeExample = R"(tree so_tree "Bộ tiêu chí cấp sở" max 100 { ... })";
inline constexpr const char* kLadderExample = R"(ladder xep_loai "Xếp loại" { ... })";
inline constexpr const char* kStatExample = R"(stat tren_80 "Trên 80 điểm" count index > 80)";

// Statements.
CHISO_ERROR(index_id, fixed(kExpectedId, "index", kIndexExample));
CHISO_ERROR(index_name, fixed(kExpectedText, "index", kIndexExample));
CHISO_ERROR(locality_id, fixed(kExpectedId, "locality", kLocalityExample));
CHISO_ERROR(locality_name, fixed(kExpectedText, "locality", kLocalityExample));
CHISO_ERROR(year_value, fixed(kExpectedInteger, "year", "year 2019"));
CHISO_ERROR(basis_number, fixed(kExpectedText, "basis", R"(basis "1091/QĐ-UBND" date 2020-05-06)"));
CHISO_ERROR(basis_date, fixed(kExpectedDate));
CHISO_ERROR(basis_end, stray("basis", "date"));
CHISO_ERROR(publish_value, choice("publish", "percent, points"));
CHISO_ERROR(rounding_places, fixed(kExpectedInteger, "rounding", "rounding 2 half_up"));
CHISO_ERROR(rounding_end, stray("rounding", "half_up, half_even, down, up"));
CHISO_ERROR(ranking_by, fixed(kExpectedKeyword, "by", "ranking", "ranking by index"));
CHISO_ERROR(ranking_by_value, choice("by", "index, points"));
CHISO_ERROR(tie_policy, choice("ties", "shared, dense, distinct"));
CHISO_ERROR(tie_break, fixed(kExpectedTieBreak));
CHISO_ERROR(ranking_group, fixed(kExpectedKeyword, "group", "within", "within group"));
CHISO_ERROR(ranking_end, stray("ranking", "rounded, exact, ties, within"));
CHISO_ERROR(na_policy_value, choice("not_applicable", "exclude, full, zero"));
CHISO_ERROR(missing_value, choice("missing", "error, zero"));
CHISO_ERROR(block_id, fixed(kExpectedId, "block", kBlockExample));
CHISO_ERROR(block_name, fixed(kExpectedText, "block", kBlockExample));
CHISO_ERROR(block_tree_id, fixed(kExpectedId, "tree", "tree so_tree"));
CHISO_ERROR(excluded_code, fixed(kExpectedNodeCode, "exclude"));
CHISO_ERROR(block_end, stray("block", "tree, exclude"));
CHISO_ERROR(tree_id, fixed(kExpectedId, "tree", kTreeExample));
CHISO_ERROR(tree_title, fixed(kExpectedText, "tree", kTreeExample));
CHISO_ERROR(tree_max_value, fixed(kExpectedNumber, "max", "max 100"));
CHISO_ERROR(tree_end, opening("tree", kTreeExample, "max, weighted, unchecked"));
CHISO_ERROR(tree_close, node_body());
CHISO_ERROR(ladder_id, fixed(kExpectedId, "ladder", kLadderExample));
CHISO_ERROR(ladder_name, fixed(kExpectedText, "ladder", kLadderExample));
CHISO_ERROR(ladder_open, opening("ladder", kLadderExample));
CHISO_ERROR(ladder_close, entries("ladder", R"("Tốt" when index >= 80)"));
CHISO_ERROR(rung_label, fixed(kExpectedText, "override", R"(override "Không hoàn thành" when flag "kỷ luật")"));
CHISO_ERROR(rung_tail, fixed(kExpectedRungCondition));
CHISO_ERROR(section_name, fixed(kExpectedId, "block", "block huyen, thi_xa { ... }"));
CHISO_ERROR(section_open, opening("block", "block huyen, thi_xa { ... }"));
CHISO_ERROR(section_close, entries("block", R"("Nhóm I" when index >= 80)"));
CHISO_ERROR(stat_id, fixed(kExpectedId, "stat", kStatExample));
CHISO_ERROR(stat_label, fixed(kExpectedText, "stat", kStatExample));
CHISO_ERROR(stat_count, fixed(kExpectedKeyword, "count", "stat", kStatExample));

// Inheritance.
inline constexpr const char* kExtendsExample = R"(extends "../vn/par-tinh-2022.chiso")";
inline constexpr const char* kEditTreeExample = "edit tree so { change 1.2 max 3 }";
inline constexpr const char* kEditBlockExample = "edit block so tree so_tree";
inline constexpr const char* kEditLadderExample = R"(edit ladder xep_loai { "Tốt" when 85 <= index < 90 })";
inline constexpr const char* kReplaceLadderExample = R"(replace ladder xep_loai "Xếp loại" { ... })";
inline constexpr const char* kReplaceStatExample = R"(replace stat tren_80 "Trên 80 điểm" count index >= 80)";
CHISO_ERROR(extends_path, fixed(kExpectedText, "extends", kExtendsExample));
CHISO_ERROR(edit_tree_id, fixed(kExpectedId, "edit tree", kEditTreeExample));
CHISO_ERROR(edit_tree_title_text, fixed(kExpectedText, "title", R"(title "Bộ tiêu chí cấp sở")"));
CHISO_ERROR(edit_tree_max_value, fixed(kExpectedNumber, "max", "max 100"));
CHISO_ERROR(edit_tree_open, opening("edit tree", kEditTreeExample, "title, max, weighted, unchecked"));
CHISO_ERROR(change_code, fixed(kExpectedNodeCode, "change"));
CHISO_ERROR(change_title_text, fixed(kExpectedText, "title", R"(title "Cải cách thủ tục hành chính")"));
CHISO_ERROR(add_kind, choice("add", "area, criterion, item, node"));
CHISO_ERROR(add_parent, fixed(kExpectedParent, "in"));
CHISO_ERROR(after_code, fixed(kExpectedNodeCode, "after"));
CHISO_ERROR(remove_code, fixed(kExpectedNodeCode, "remove"));
CHISO_ERROR(move_code, fixed(kExpectedNodeCode, "move"));
CHISO_ERROR(move_parent, fixed(kExpectedParent, "to"));
CHISO_ERROR(new_code, fixed(kExpectedNodeCode, "as"));
CHISO_ERROR(edit_block_id, fixed(kExpectedId, "edit block", kEditBlockExample));
CHISO_ERROR(edit_block_tree_id, fixed(kExpectedId, "tree", "tree so_tree"));
CHISO_ERROR(edit_excluded_code, fixed(kExpectedNodeCode, "exclude"));
CHISO_ERROR(edit_block_end, stray("edit block", "tree, exclude"));
CHISO_ERROR(edit_ladder_id, fixed(kExpectedId, "edit ladder", kEditLadderExample));
CHISO_ERROR(edit_ladder_open, opening("edit ladder", kEditLadderExample));
CHISO_ERROR(edit_ladder_title_text, fixed(kExpectedText, "title", R"(title "Xếp loại")"));
CHISO_ERROR(replace_ladder_id, fixed(kExpectedId, "replace ladder", kReplaceLadderExample));
CHISO_ERROR(replace_ladder_name, fixed(kExpectedText, "replace ladder", kReplaceLadderExample));
CHISO_ERROR(replace_ladder_open, opening("replace ladder", kReplaceLadderExample));
CHISO_ERROR(replace_stat_id, fixed(kExpectedId, "replace stat", kReplaceStatExample));
CHISO_ERROR(replace_stat_label, fixed(kExpectedText, "replace stat", kReplaceStatExample));
CHISO_ERROR(replace_stat_count, fixed(kExpectedKeyword, "count", "replace stat", kReplaceStatExample));
CHISO_ERROR(removal_id, fixed(kExpectedId, "remove", "remove block tw"));

// Nodes.
CHISO_ERROR(max_value, fixed(kExpectedNumber, "max", "max 10"));
CHISO_ERROR(weight_value, fixed(kExpectedNumber, "weight", "weight 15%"));
CHISO_ERROR(default_value, fixed(kExpectedNumber, "default", "default 0"));
CHISO_ERROR(input_name, fixed(kExpectedId, "inputs", "inputs done, assigned"));
CHISO_ERROR(na_value, choice("na", "exclude, full, zero"));
CHISO_ERROR(allow_negative_word, fixed(kExpectedKeyword, "negative", "allow", "allow negative"));
CHISO_ERROR(up_to_word, fixed(kExpectedKeyword, "to", "up", "up to 150%"));
CHISO_ERROR(up_to_value, fixed(kExpectedNumber, "up to", "up to 150%"));
CHISO_ERROR(children_close, node_body());
// Normalisation across units.
CHISO_ERROR(norm_method, choice("normalise", "minmax, goalposts, rank, zscore"));
CHISO_ERROR(norm_z_sd_form, fixed(kExpectedKeyword, "sd(sample)", "zscore", "normalise zscore sd(sample) onto mean 5 sd 2"));
CHISO_ERROR(norm_z_kind, choice("sd(", "sample, population"));
CHISO_ERROR(norm_z_close, fixed(kExpectedCloseParen));
CHISO_ERROR(norm_z_onto, fixed(kExpectedKeyword, "onto", "zscore", "normalise zscore sd(sample) onto mean 5 sd 2"));
CHISO_ERROR(norm_z_mean_word, fixed(kExpectedKeyword, "mean", "zscore", "normalise zscore sd(sample) onto mean 5 sd 2"));
CHISO_ERROR(norm_z_mean, fixed(kExpectedNumber, "mean", "normalise zscore sd(sample) onto mean 5 sd 2"));
CHISO_ERROR(norm_z_sd_word, fixed(kExpectedKeyword, "sd", "zscore", "normalise zscore sd(sample) onto mean 5 sd 2"));
CHISO_ERROR(norm_z_sd, fixed(kExpectedNumber, "sd", "normalise zscore sd(sample) onto mean 5 sd 2"));
CHISO_ERROR(norm_from, fixed(kExpectedNumber, "normalise", "normalise minmax 1 to 10"));
CHISO_ERROR(norm_to_word, fixed(kExpectedKeyword, "to", "normalise", "normalise minmax 1 to 10"));
CHISO_ERROR(norm_to, fixed(kExpectedNumber, "to", "normalise minmax 1 to 10"));
CHISO_ERROR(norm_post_low, fixed(kExpectedNumber, "goalposts", "normalise goalposts 0 to 50 onto 1 to 10"));
CHISO_ERROR(norm_post_to_word, fixed(kExpectedKeyword, "to", "goalposts", "normalise goalposts 0 to 50 onto 1 to 10"));
CHISO_ERROR(norm_post_high, fixed(kExpectedNumber, "to", "normalise goalposts 0 to 50 onto 1 to 10"));
CHISO_ERROR(norm_onto_word, fixed(kExpectedKeyword, "onto", "goalposts", "normalise goalposts 0 to 50 onto 1 to 10"));
CHISO_ERROR(norm_better_word, fixed(kExpectedKeyword, "better", "normalise", "normalise minmax 1 to 10 lower better"));
CHISO_ERROR(norm_population, choice("over", "block, blocks, years"));
CHISO_ERROR(norm_block_id, fixed(kExpectedId, "over blocks", "over blocks so, huyen"));
CHISO_ERROR(norm_year_path, fixed(kExpectedText, "over years", "over years \"ddci-2023.yaml\""));
CHISO_ERROR(norm_equal_word, fixed(kExpectedKeyword, "equal", "if", "if equal -> 5.5"));
CHISO_ERROR(norm_equal_arrow, fixed(kExpectedArrow, "if equal -> 5.5"));
CHISO_ERROR(norm_equal_value, fixed(kExpectedNumber, "if equal ->", "if equal -> 5.5"));

// Scoring rules.
CHISO_ERROR(levels_open, opening("levels", R"(levels { "đạt" -> max, "không đạt" -> 0 })"));
CHISO_ERROR(level_arrow, fixed(kExpectedArrow, R"("tốt" -> 75%)"));
CHISO_ERROR(level_amount, fixed(kExpectedAmount, "->"));
CHISO_ERROR(levels_close, entries("levels", R"("tốt" -> 75%)"));
CHISO_ERROR(bands_open, opening("bands", "bands { >= 80% -> max  < 80% -> 0 }", "of"));
CHISO_ERROR(band_arrow, fixed(kExpectedArrow, ">= 80% < 100% -> 50%"));
CHISO_ERROR(band_amount, fixed(kExpectedAmount, "->"));
CHISO_ERROR(bands_close, entries("bands", ">= 80% < 100% -> 50%"));
CHISO_ERROR(answers_open, opening("answers", R"(answers { "A" -> 100%, "B" -> 60% })"));
CHISO_ERROR(answer_arrow, fixed(kExpectedArrow, R"("A" -> 100%)"));
CHISO_ERROR(answer_weight, fixed(kExpectedNumber, "answers", R"("A" -> 100%)"));
CHISO_ERROR(answers_close, entries("answers", R"("B" -> 60%)"));

// Survey answer sheets.
inline constexpr const char* kSurveyExample = R"(survey phieu "Phiếu khảo sát" { unit "don_vi" form "ma_phieu" ... })";
inline constexpr const char* kQuestionExample = R"(question "cau_1" -> HL1 likert 1 to 5)";
CHISO_ERROR(survey_id, fixed(kExpectedId, "survey", kSurveyExample));
CHISO_ERROR(survey_title, fixed(kExpectedText, "survey", kSurveyExample));
CHISO_ERROR(survey_open, opening("survey", kSurveyExample));
CHISO_ERROR(survey_close, entries("survey", R"(question "cau_1" -> HL1 likert 1 to 5)"));
CHISO_ERROR(survey_unit_column, fixed(kExpectedText, "unit", R"(unit "don_vi")"));
CHISO_ERROR(survey_form_column, fixed(kExpectedText, "form", R"(form "ma_phieu")"));
CHISO_ERROR(survey_weight_column, fixed(kExpectedText, "weight", R"(weight "trong_so")"));
CHISO_ERROR(question_column, fixed(kExpectedText, "question", kQuestionExample));
CHISO_ERROR(question_arrow, fixed(kExpectedArrow, kQuestionExample));
CHISO_ERROR(question_code, fixed(kExpectedNodeCode, "->"));
CHISO_ERROR(question_scale, choice("question", "likert, {"));
CHISO_ERROR(likert_low, fixed(kExpectedInteger, "likert", "likert 1 to 5"));
CHISO_ERROR(likert_to, fixed(kExpectedKeyword, "to", "likert", "likert 1 to 5"));
CHISO_ERROR(likert_high, fixed(kExpectedInteger, "to", "likert 1 to 5"));
CHISO_ERROR(scale_arrow, fixed(kExpectedArrow, R"("Hài lòng" -> 100%)"));
CHISO_ERROR(scale_value, fixed(kExpectedNumber, "->", R"("Hài lòng" -> 100%)"));
CHISO_ERROR(scale_close, entries("question", R"("Hài lòng" -> 100%)"));
CHISO_ERROR(no_answer_answer, fixed(kExpectedKeyword, "answer", "no", R"(no answer "Không trả lời")"));
CHISO_ERROR(no_answer_label, fixed(kExpectedText, "no answer", R"(no answer "Không trả lời")"));
CHISO_ERROR(incomplete_value, choice("incomplete", "exclude, keep"));
CHISO_ERROR(interval_method, choice("interval", "normal, wilson, bootstrap"));
CHISO_ERROR(seed_value, fixed(kExpectedInteger, "seed", "interval bootstrap 95% seed 2025 count 2000"));
CHISO_ERROR(count_value, fixed(kExpectedInteger, "count", "interval bootstrap 95% seed 2025 count 2000"));
CHISO_ERROR(minimum_count, fixed(kExpectedInteger, "minimum", "minimum 30 warn"));
CHISO_ERROR(minimum_action, choice("minimum", "warn, unrated"));
CHISO_ERROR(separator_text, fixed(kExpectedText, "separator", R"(separator ";")"));

#undef CHISO_ERROR

// The operands of the kinds of standard operands (dsl/rule_operands.hpp): what is
// missing said from the operand's type — `bonus` needs the word `cap` (with the
// kind's example), `cap` needs a number (`cap 2`), an amount after `deduct`, an
// operand of a formula.
template <class Kind, std::size_t I>
struct operand_texts {
    static constexpr const rule_words::Operand& op = g::operand_v<Kind, I>;
    static constexpr std::string_view rule_word = ast::rule_word_v<Kind>;
    static constexpr std::string_view lead_view = op.lead(rule_word);
    static constexpr auto word = rule_words::joined<rule_word.size()>({rule_word});
    static constexpr auto lead = rule_words::joined<lead_view.size()>({lead_view});
    static constexpr auto example =
        rule_words::joined<lead_view.size() + 1 + std::string_view(op.example).size()>({lead_view, " ", op.example});
};
template <class Kind, std::size_t I>
struct error_for<g::operand_word<Kind, I>> {
    static constexpr Spec spec = fixed(kExpectedKeyword, g::operand_v<Kind, I>.word, operand_texts<Kind, I>::word.data,
                                       ast::rule_row_v<Kind>.example);
};
template <class Kind, std::size_t I, std::size_t J>
struct error_for<g::operand_after<Kind, I, J>> {
    static constexpr Spec spec = fixed(kExpectedKeyword, g::operand_v<Kind, I>.after[J], operand_texts<Kind, I>::word.data,
                                       ast::rule_row_v<Kind>.example);
};
template <class Kind, std::size_t I>
struct error_for<g::operand_value<Kind, I>> {
    using Texts = operand_texts<Kind, I>;
    static constexpr Spec spec = [] {
        switch (Texts::op.type) {
            case rule_words::OperandType::Number:
            case rule_words::OperandType::Points: return fixed(kExpectedNumber, Texts::lead.data, Texts::example.data);
            case rule_words::OperandType::Amount: return fixed(kExpectedAmount, Texts::lead.data);
            case rule_words::OperandType::Expr: return fixed(kExpectedOperand);
        }
        return fixed(kExpectedOperand);
    }();
};

#define CHISO_ERROR(rule, ...)                               \
    template <>                                              \
    struct error_for<g::rule> {                              \
        static constexpr Spec spec = __VA_ARGS__;            \
    }

// Expressions and conditions.
CHISO_ERROR(expression, fixed(kExpectedOperand));
CHISO_ERROR(expr_term, fixed(kExpectedOperand));
CHISO_ERROR(expr_factor, fixed(kExpectedOperand));
CHISO_ERROR(call_comma, fixed(kExpectedCallComma));
CHISO_ERROR(expr_close_paren, fixed(kExpectedCloseParen));
CHISO_ERROR(cond_close_paren, fixed(kExpectedCloseParen));
CHISO_ERROR(compare_op, fixed(kExpectedComparison));
CHISO_ERROR(operand_index_code, fixed(kExpectedNodeCode, "index(...)"));
CHISO_ERROR(operand_points_code, fixed(kExpectedNodeCode, "points(...)"));
CHISO_ERROR(operand_close_paren, fixed(kExpectedCloseParen));
CHISO_ERROR(flag_name, fixed(kExpectedText, "flag", R"(flag "kỷ luật")"));
CHISO_ERROR(cexpr_factor, fixed(kExpectedCompareValue));
CHISO_ERROR(cexpr_term, fixed(kExpectedCompareValue));
CHISO_ERROR(cond_expr, fixed(kExpectedCompareValue));
CHISO_ERROR(cexpr_close, fixed(kExpectedCloseParen));
CHISO_ERROR(stat_value, fixed(kExpectedCompareValue));
CHISO_ERROR(stat_close, fixed(kExpectedCloseParen));
CHISO_ERROR(sd_args, fixed(kSdForm));
CHISO_ERROR(percentile_args, fixed(kPercentileForm));
CHISO_ERROR(top_share, fixed(kTopForm));
CHISO_ERROR(top_rounded, fixed(kTopForm));
CHISO_ERROR(top_rounding, fixed(kTopForm));

#undef CHISO_ERROR

// ---- errors that look at the text or the state -----------------------------------------------

// The start of `min` or `max` when `first` is the first argument of `min(`/`max(`.
template <typename State>
const char* call_before(const State& st, const char* first) {
    const char* p = first;
    while (p > st.code_begin() && (p[-1] == ' ' || p[-1] == '\t')) --p;
    if (p == st.code_begin() || p[-1] != '(') return nullptr;
    --p;
    while (p > st.code_begin() && (p[-1] == ' ' || p[-1] == '\t')) --p;
    if (p - st.code_begin() < 3) return nullptr;
    const std::string_view function(p - 3, 3);
    if (function != "min" && function != "max") return nullptr;
    if (p - 3 > st.code_begin() && std::isalnum(static_cast<unsigned char>(p[-4])) != 0) return nullptr;
    return p - 3;
}

// `12,5`: point at the comma, and show the number as written and as it should be.
template <>
struct error_for<g::decimal_comma> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        const char* first = at;
        while (first > st.text_begin() && std::string_view("0123456789.-").find(first[-1]) != std::string_view::npos) --first;
        const char* last = at + 1;
        while (last < end && *last >= '0' && *last <= '9') ++last;
        if (last < end && *last == '%') ++last;
        std::string written(first, last);
        std::string fixed_text = written;
        fixed_text[static_cast<std::size_t>(at - first)] = '.';
        // `min(1,5)`: inside a call the comma most likely separates the two values.
        if (const char* call = call_before(st, first)) {
            const std::string function(call, 3);
            const std::string left(first, at);
            const std::string right(at + 1, last);
            fail(st, at, kCallCommaSpace, {function, function + "(" + left + ", " + right + ")", fixed_text});
        }
        fail(st, at, kDecimalComma, {written, fixed_text});
    }
};

// A control character (engine/core/control_chars.hpp) at `at`: point at it and name it.
template <typename State>
void fail_if_control_char(const State& st, const char* at, const char* end) {
    const std::string_view rest(at, static_cast<std::size_t>(end - at));
    if (rest.empty() || rest.front() == '\n' || rest.front() == '\r') return;
    const std::optional<ControlChar> found = find_control_char(rest.substr(0, 3));
    if (found && found->offset == 0) fail(st, at, kControlChar, {describe_control_char(found->code)});
}

// Inside a text, a tab too.
template <>
struct error_for<g::string_control> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        fail_if_control_char(st, at, end);
        fail(st, at, kControlChar, {describe_control_char(0)});  // not reached: the rule matched one
    }
};

// A `\` not followed by `"` or `\`: point at the backslash.
template <>
struct error_for<g::string_escape_char> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* /*end*/) {
        fail(st, at - 1, kBadEscape);
    }
};

// The line ended inside a string: point at the opening quote, found by scanning
// the line from its start the way the grammar does (strings cannot span lines).
template <>
struct error_for<g::string_end> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* /*end*/) {
        const char* p = at;
        while (p > st.text_begin() && p[-1] != '\n') --p;
        const char* open = at;
        bool inside = false;
        for (; p < at; ++p) {
            if (inside && *p == '\\') {
                ++p;
            } else if (*p == '"') {
                inside = !inside;
                if (inside) open = p;
            } else if (!inside && *p == '#') {
                break;  // a comment: cannot happen before an open string, kept for safety
            }
        }
        fail(st, open, kUnterminatedString);
    }
};

template <>
struct error_for<g::node_code> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* /*end*/) {
        fail(st, at, kExpectedNodeCode, {st.current_node_keyword()});
    }
};

template <>
struct error_for<g::node_title> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* /*end*/) {
        // `criterion 1.2. "…"` (numbering copied from Word): the code ends with a dot.
        if (*at == '.' && at > st.code_begin() && std::isalnum(static_cast<unsigned char>(at[-1])) != 0) {
            const std::string code = st.current_node_code();
            fail(st, at, kCodeTrailingDot, {code + ".", code});
        }
        const std::string keyword = st.current_node_keyword();
        fail(st, at, kExpectedText, {keyword, keyword + " " + st.current_node_code() + R"( "Ban hành văn bản")"});
    }
};

// After a node's attributes (and children) comes something that is not a node,
// a `}` or a statement: most often a misspelt attribute.
template <>
struct error_for<g::node_end> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        if (brace_missing_before_change(st, at, end)) fail_missing(st, at, kMissingCloseBrace, {std::to_string(st.open_brace_line())});
        const std::string code = st.current_node_code();
        const std::string word = word_at(at, end);
        if (looking_at<g::tree_edit_word>(at, end)) fail(st, at, kNodeEditOutsideEditTree, {word});
        if (word.empty()) fail(st, at, kUnexpectedInNode, {token_at(at, end), code});
        auto candidates = split_words(kNodeWords);
        for (std::string_view kind : split_words(kNodeKinds)) candidates.push_back(kind);
        const auto suggestion = closest_word(word, candidates);
        if (!suggestion) fail(st, at, kUnknownAttribute, {word, code});
        if (kNodeKinds.find(*suggestion) != std::string_view::npos) fail(st, at, kUnknownNodeKindSuggest, {word, *suggestion});
        fail(st, at, kUnknownAttributeSuggest, {word, code, *suggestion});
    }
};

// `8O`, `1e5`: a letter glued to a number. Point at the start of the number; when
// the letters are look-alikes of digits (O for 0, l or I for 1), suggest the number.
template <>
struct error_for<g::number_letter> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        const char* first = at;
        while (first > st.code_begin() && std::string_view("0123456789.%").find(first[-1]) != std::string_view::npos) --first;
        const char* last = at + match_length<pegtl::star<pegtl::sor<g::letter, g::digit>>>(at, end);
        const std::string written(first, last);
        std::string digits_only;
        bool look_alike = true;
        for (char c : written) {
            if (c == 'O' || c == 'o') c = '0';
            if (c == 'l' || c == 'I') c = '1';
            look_alike = look_alike && std::string_view("0123456789.%").find(c) != std::string_view::npos;
            digits_only += c;
        }
        if (look_alike && match_length<g::number_text>(digits_only.data(), digits_only.data() + digits_only.size()) ==
                              digits_only.size()) {
            fail(st, first, kNotANumberSuggest, {written, digits_only});
        }
        fail(st, first, kNotANumber, {written});
    }
};

// `=>` or `=<`: the `=` was taken as the comparison, and what follows is no value.
template <typename State>
void reversed_comparison(const State& st, const char* at, const char* end) {
    if (at < end && (*at == '>' || *at == '<') && at > st.code_begin() && at[-1] == '=') {
        fail(st, at - 1, kReversedComparison, {std::string("=") + *at, std::string(1, *at) + "="});
    }
}

// A word where a value is compared: a misspelt measure or statistic (`meen`).
// Only a word on the line of the comparison: one on the next line starts whatever follows
// (`block huyen {` in a ladder), and the value is missing where the line ended.
template <typename State>
bool on_same_line(const State& st, const char* at) {
    for (const char* p = at; p > st.code_begin(); --p) {
        if (p[-1] == '\n' || p[-1] == '\r') return false;
        if (p[-1] != ' ' && p[-1] != '\t') return true;
    }
    return true;
}

template <typename State>
void unknown_compare_value(const State& st, const char* at, const char* end) {
    const std::string word = word_at(at, end);
    if (word.empty() || !on_same_line(st, at)) return;
    static constexpr std::string_view kValues = "index, points, rank, mean, median, sd, percentile, min, max";
    if (auto suggestion = closest_word(word, split_words(kValues))) fail(st, at, kUnknownCompareValueSuggest, {word, *suggestion});
    fail(st, at, kUnknownCompareValue, {word});
}

// A condition that does not start: `meen >= 60` is a misspelt statistic.
template <typename State>
[[noreturn]] void expected_condition(const State& st, const char* at, const char* end) {
    const std::string word = word_at(at, end);
    static constexpr std::string_view kValues = "index, points, rank, mean, median, sd, percentile, min, max";
    if (!word.empty() && on_same_line(st, at))
        if (auto suggestion = closest_word(word, split_words(kValues))) fail(st, at, kUnknownCompareValueSuggest, {word, *suggestion});
    fail_missing(st, at, kExpectedCondition);
}
template <>
struct error_for<g::condition> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) { expected_condition(st, at, end); }
};
template <>
struct error_for<g::cond_and> : error_for<g::condition> {};
template <>
struct error_for<g::cond_not> : error_for<g::condition> {};

template <>
struct error_for<g::compare_operand> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        reversed_comparison(st, at, end);
        unknown_compare_value(st, at, end);
        fail_missing(st, at, kExpectedCompareValue);
    }
};

template <>
struct error_for<g::bound_value> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        reversed_comparison(st, at, end);
        fail_missing(st, at, kExpectedNumber, {"bands", ">= 80% -> 50%"});
    }
};

// `và`, `hoặc`, `AND`, `&&` after a condition.
template <>
struct error_for<g::joiner_mistake> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        const std::string word(at, match_length<g::joiner_mistake>(at, end));
        const bool is_and = word == "và" || word == "AND" || word == "And" || word == "&&";
        fail(st, at, kConditionJoiner, {word, is_and ? "and" : "or"});
    }
};

// `flag kỷ luật`: the words of the flag, up to the end of the line (or a comment,
// `and`, `or`, a `)`), at the first of them.
template <>
struct error_for<g::flag_more_words> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        const char* first = at;
        while (first > st.code_begin() && first[-1] != ' ' && first[-1] != '\t') --first;
        const char* last = at;
        for (const char* p = at; p < end && *p != '\n' && *p != '\r' && *p != '#' && *p != ')';) {
            if (*p == ' ' || *p == '\t') {
                ++p;
                continue;
            }
            if (looking_at<pegtl::sor<g::kw_and, g::kw_or>>(p, end)) break;
            const std::size_t n = match_length<g::name>(p, end);
            if (n == 0) break;
            p += n;
            last = p;
        }
        fail(st, first, kFlagWords, {std::string(first, last)});
    }
};

// The start of a top-level statement.
template <>
struct error_for<g::statement> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        const std::string word = word_at(at, end);
        if (word.empty()) fail(st, at, kExpectedStatement, {token_at(at, end)});
        if (looking_at<g::node_kind>(at, end)) fail(st, at, kNodeOutsideTree, {word});
        if (looking_at<g::tree_edit_word>(at, end)) fail(st, at, kNodeEditOutsideEditTree, {word});
        if (auto suggestion = closest_word(word, split_words(kStatementWords))) {
            fail(st, at, kUnknownStatementSuggest, {word, *suggestion});
        }
        fail(st, at, kUnknownStatement, {word});
    }
};

// ---- inheritance ---------------------------------------------------------------------------------

// The start of the word before `at` (the keyword of the statement, for a message
// about the statement rather than about what follows it).
template <typename State>
const char* previous_word(const State& st, const char* at) {
    const char* p = at;
    while (p > st.code_begin() && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\r' || p[-1] == '\n')) --p;
    while (p > st.code_begin() && std::isalpha(static_cast<unsigned char>(p[-1])) != 0) --p;
    return p;
}

// `edit` is followed by tree, block or ladder; a statistic is replaced, not edited.
template <>
struct error_for<g::edit_target> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        if (looking_at<g::kw_stat>(at, end)) fail(st, at, kEditStat);
        raise_spec(choice("edit", "tree, block, ladder"), st, at, end);
    }
};

// `replace` is followed by ladder or stat; trees and blocks are edited.
template <>
struct error_for<g::replace_target> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        if (looking_at<g::kw_tree>(at, end) || looking_at<g::kw_block>(at, end)) {
            fail(st, at, kReplaceUseEdit, {word_at(at, end)});
        }
        raise_spec(choice("replace", "ladder, stat"), st, at, end);
    }
};

// `remove block|tree|ladder|stat <id>`; `remove 4.2` removes a node inside `edit tree`.
template <>
struct error_for<g::removal_kind> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        const std::size_t code_length = match_length<g::code>(at, end);
        const std::string_view code(at, code_length);
        if (code_length > 0 && (std::isdigit(static_cast<unsigned char>(at[0])) != 0 || code.find('.') != code.npos)) {
            fail(st, previous_word(st, at), kNodeEditOutsideEditTree, {"remove"});
        }
        raise_spec(choice("remove", "block, tree, ladder, stat"), st, at, end);
    }
};

// Inside `edit tree { }`: a change, or the closing `}`.
template <>
struct error_for<g::edit_tree_close> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        const std::string line = std::to_string(st.open_brace_line());
        if (brace_surely_missing(at, end)) fail_missing(st, at, kMissingCloseBrace, {line});
        const std::string word = word_at(at, end);
        if (looking_at<g::node_kind>(at, end)) fail(st, at, kNodeInEditTree, {word});
        if (word.empty()) fail(st, at, kExpectedTreeEditOrClose, {line});
        if (auto suggestion = closest_word(word, split_words(kTreeEditWords))) {
            fail(st, at, kUnknownTreeEditSuggest, {word, *suggestion});
        }
        fail(st, at, kUnknownTreeEdit, {word, line});
    }
};

// A word that is not an attribute of `change`: did you mean an attribute, or the
// next change misspelt?
template <typename State>
[[noreturn]] void unknown_change_word(const State& st, const char* at, const std::string& word) {
    const std::string code = st.current_node_code();
    auto candidates = split_words(kNodeWords);
    candidates.push_back("title");
    for (std::string_view edit_word : split_words(kTreeEditWords)) candidates.push_back(edit_word);
    const auto suggestion = closest_word(word, candidates);
    if (!suggestion) fail(st, at, kUnknownChangeAttribute, {word, code});
    if (kTreeEditWords.find(*suggestion) != std::string_view::npos) fail(st, at, kUnknownTreeEditSuggest, {word, *suggestion});
    fail(st, at, kUnknownAttributeSuggest, {word, code, *suggestion});
}

// What ends a change: the next change, the `}` of the edit, the next statement.
inline bool at_end_of_change(const char* at, const char* end) {
    return at == end || *at == '}' || looking_at<g::tree_edit_word>(at, end) || looking_at<g::node_kind>(at, end) ||
           looking_at<g::statement_start>(at, end);
}

// `change <code>` and nothing to change.
template <>
struct error_for<g::change_attributes> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        const std::string word = word_at(at, end);
        if (word.empty() || at_end_of_change(at, end)) fail_missing(st, at, kChangeWithoutAttribute, {st.current_node_code()});
        unknown_change_word(st, at, word);
    }
};

// `add … <attributes>` must say where the node goes: `in <parent>`.
template <>
struct error_for<g::add_in> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        const std::string code = st.current_node_code();
        const std::string word = word_at(at, end);
        if (!word.empty() && !at_end_of_change(at, end) && !looking_at<g::kw_after>(at, end) &&
            !looking_at<g::kw_first>(at, end)) {
            auto candidates = split_words(kNodeWords);
            candidates.push_back("in");
            if (auto suggestion = closest_word(word, candidates)) {
                if (*suggestion == "in") fail(st, at, kUnknownWordSuggest, {word, "add", "in"});
                fail(st, at, kUnknownAttributeSuggest, {word, code, *suggestion});
            }
        }
        fail_missing(st, at, kAddNeedsIn, {code});
    }
};

template <>
struct error_for<g::move_to> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* /*end*/) {
        fail_missing(st, at, kMoveNeedsTo, {st.current_edit_code()});
    }
};

// After a complete change comes something else: a misspelt word, or a second code.
template <>
struct error_for<g::edit_end> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        const std::string word = word_at(at, end);
        if (word.empty()) fail(st, at, kUnexpectedInEdit, {token_at(at, end)});
        const std::string edit = st.current_edit_word();
        if (edit == "change") unknown_change_word(st, at, word);
        const char* options = edit == "add" ? "after, first" : edit == "move" ? "after, first, as" : "";
        auto candidates = split_words(options);
        for (std::string_view edit_word : split_words(kTreeEditWords)) candidates.push_back(edit_word);
        const auto suggestion = closest_word(word, candidates);
        if (suggestion && kTreeEditWords.find(*suggestion) != std::string_view::npos) {
            fail(st, at, kUnknownTreeEditSuggest, {word, *suggestion});
        }
        if (suggestion) fail(st, at, kUnknownWordSuggest, {word, edit, *suggestion});
        if (*options != '\0') fail(st, at, kUnknownWord, {word, edit, options});
        fail(st, at, kUnexpectedInEdit, {word});
    }
};

// `edit block <id>` and nothing to change.
template <>
struct error_for<g::edit_block_changes> {
    template <typename State>
    [[noreturn]] static void raise(const State& st, const char* at, const char* end) {
        const std::string word = word_at(at, end);
        if (word.empty() || looking_at<g::statement_start>(at, end)) {
            fail_missing(st, at, kEditBlockWithoutChange, {st.current_block_edit_id()});
        }
        unknown_word(st, at, word, "edit block", "tree, exclude");
    }
};

// `75 %`: a `%` separated from the number before it by blanks.
template <typename State>
void percent_after_space(const State& st, const char* at) {
    const char* p = at;
    while (p > st.code_begin() && (p[-1] == ' ' || p[-1] == '\t')) --p;
    if (p == at) return;
    const char* first = p;
    while (first > st.code_begin() && std::string_view("0123456789.").find(first[-1]) != std::string_view::npos) --first;
    if (first == p || std::isdigit(static_cast<unsigned char>(p[-1])) == 0) return;
    fail(st, at, kPercentSpace, {std::string(first, p) + "%"});
}

// ---- the PEGTL control -------------------------------------------------------------------------
template <typename Rule, typename State>
[[noreturn]] void raise_for(const State& st, const char* at, const char* end) {
    // Curly quotes pasted from a word processor are the likeliest cause wherever they
    // appear, so they win over the rule's own message.
    if (at_curly_quote(at, end)) fail(st, at, kCurlyQuote);
    // `75 %`: the `%` belongs to the number before it.
    if (at < end && *at == '%') percent_after_space(st, at);
    // Whatever was expected, a control character there (not a letter: an id stops
    // before it) is the thing to delete, so it is named rather than the rule's word.
    if (at < end && *at != '\t') fail_if_control_char(st, at, end);
    if constexpr (requires { error_for<Rule>::spec; }) {
        raise_spec(error_for<Rule>::spec, st, at, end);
    } else {
        error_for<Rule>::raise(st, at, end);
    }
}

template <typename Rule>
struct control : pegtl::normal<Rule> {
    // must<R> matches R without asking for the input to be rewound when R fails, so a
    // rule without an action that fails half-way (`in` against `inn`, `count` against
    // `countt`) would leave the input inside the word and the message would point
    // there. Asking for the rewind puts the caret at the start of what was written.
    template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
              template <typename...> class Control, typename Input, typename... States>
    [[nodiscard]] static bool match(Input& in, States&&... st) {
        constexpr pegtl::rewind_mode mode = M == pegtl::rewind_mode::dontcare ? pegtl::rewind_mode::required : M;
        return pegtl::normal<Rule>::template match<A, mode, Action, Control>(in, st...);
    }

    template <typename Input, typename State>
    [[noreturn]] static void raise(const Input& in, State& st) {
        raise_for<Rule>(st, in.current(), in.end());
    }
};

}  // namespace chiso::dsl::errors
