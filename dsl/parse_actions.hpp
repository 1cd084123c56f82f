#pragma once
// PEGTL actions: which grammar rule feeds which part of the AST. Each action is a
// one-liner on build::State (dsl/parse_state.hpp). Token actions store a pending
// value; the enclosing construct's action, run once it has matched, moves it into
// the AST. Included only by dsl/parser.cpp.
#include <string>
#include <type_traits>
#include <variant>

#include "dsl/grammar.hpp"
#include "dsl/parse_messages.hpp"
#include "dsl/parse_state.hpp"
#include "dsl/text_utils.hpp"

namespace chiso::dsl::build {

namespace g = grammar;
namespace pegtl = tao::pegtl;
using ast::Cond;
using ast::Expr;
using ast::Operand;

template <typename Input>
SourceLoc at(const Input& in, const State& st) {
    const auto position = in.position();
    return st.loc(position.line, position.column);
}

template <typename Input>
ast::Name name_of(const Input& in, const State& st) {
    return ast::Name{in.string(), at(in, st)};
}

template <typename Input>
ast::Number number_of(const Input& in, const State& st) {
    return State::make_number(in.string_view(), at(in, st), st.offset(in.begin()));
}

template <typename Input>
ast::Amount amount_of(const Input& in, const State& st) {
    return State::make_amount(in.string_view(), at(in, st), st.offset(in.begin()));
}

// The word after `weighted` (the grammar's mean_word).
inline Mean mean_of(std::string_view word) { return word == "geometric" ? Mean::Geometric : Mean::Harmonic; }

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

// Shorthand: `CHISO_ACTION(rule) { body }` defines the action of grammar::rule;
// the body sees `in` (the matched text) and `st` (the State).
#define CHISO_ACTION(rule)                                   \
    template <>                                              \
    struct action<g::rule> {                                 \
        template <typename Input>                            \
        static void apply(const Input& in, State& st);       \
    };                                                       \
    template <typename Input>                                \
    void action<g::rule>::apply([[maybe_unused]] const Input& in, [[maybe_unused]] State& st)

// ---- pending tokens ------------------------------------------------------------------------
struct store_number {
    template <typename Input>
    static void apply(const Input& in, State& st) { st.number = number_of(in, st); }
};
template <> struct action<g::max_value> : store_number {};
template <> struct action<g::weight_number> : store_number {};
template <> struct action<g::weight_fraction> {
    template <typename Input>
    static void apply(const Input& in, State& st) {
        st.number = State::make_fraction(in.string_view(), at(in, st), st.offset(in.begin()));
    }
};
template <> struct action<g::default_value> : store_number {};
template <> struct action<g::up_to_value> : store_number {};
template <> struct action<g::tree_max_value> : store_number {};
template <> struct action<g::edit_tree_max_value> : store_number {};
template <> struct action<g::bound_value> : store_number {};
template <> struct action<g::answer_weight> : store_number {};

struct store_amount {
    template <typename Input>
    static void apply(const Input& in, State& st) { st.amount = amount_of(in, st); }
};
template <> struct action<g::level_amount> : store_amount {};
template <> struct action<g::band_amount> : store_amount {};

struct store_label {
    template <typename Input>
    static void apply(const Input& in, State& st) {
        st.label = unquote(in.string_view());
        st.label_loc = at(in, st);
    }
};
template <> struct action<g::level_label> : store_label {};
template <> struct action<g::edit_tree_title_text> : store_label {};
template <> struct action<g::change_title_text> : store_label {};
template <> struct action<g::answer_label> : store_label {};

struct store_cmp {
    template <typename Input>
    static void apply(const Input& in, State& st) { st.cmp = State::make_cmp(in.string_view()); }
};
template <> struct action<g::lower_cmp> : store_cmp {};
template <> struct action<g::upper_cmp> : store_cmp {};
template <> struct action<g::equal_cmp> : store_cmp {};

struct store_code {
    template <typename Input>
    static void apply(const Input& in, State& st) { st.code = name_of(in, st); }
};
template <> struct action<g::operand_index_code> : store_code {};
template <> struct action<g::operand_points_code> : store_code {};
template <> struct action<g::after_code> : store_code {};
template <> struct action<g::new_code> : store_code {};

struct open_brace {
    template <typename Input>
    static void apply(const Input& in, State& st) { st.open_brace(at(in, st)); }
};
struct close_brace {
    template <typename Input>
    static void apply(const Input& /*in*/, State& st) { st.close_brace(); }
};
template <> struct action<g::tree_open> : open_brace {};
template <> struct action<g::tree_close> : close_brace {};
template <> struct action<g::levels_open> : open_brace {};
template <> struct action<g::levels_close> : close_brace {};
template <> struct action<g::bands_open> : open_brace {};
template <> struct action<g::bands_close> : close_brace {};
template <> struct action<g::answers_open> : open_brace {};
template <> struct action<g::answers_close> : close_brace {};
template <> struct action<g::ladder_open> : open_brace {};
template <> struct action<g::ladder_close> : close_brace {};
template <> struct action<g::section_open> : open_brace {};
template <> struct action<g::edit_tree_open> : open_brace {};
template <> struct action<g::edit_tree_close> : close_brace {};
template <> struct action<g::edit_ladder_open> : open_brace {};
template <> struct action<g::replace_ladder_open> : open_brace {};

// ---- nesting levels (State::enter_nested) ------------------------------------------------------
struct enter_nested {
    template <typename Input>
    static void apply(const Input& in, State& st) { st.enter_nested(st.offset(in.begin())); }
};
struct leave_nested {
    template <typename Input>
    static void apply(const Input& /*in*/, State& st) { st.leave_nested(); }
};
template <> struct action<g::call_open_paren> : enter_nested {};
template <> struct action<g::expr_open_paren> : enter_nested {};
template <> struct action<g::expr_close_paren> : leave_nested {};
template <> struct action<g::negative_sign> : enter_nested {};
template <> struct action<g::cond_open_paren> : enter_nested {};
template <> struct action<g::cond_close_paren> : leave_nested {};
template <> struct action<g::not_word> : enter_nested {};
CHISO_ACTION(children_open) {
    open_brace::apply(in, st);
    enter_nested::apply(in, st);
}
CHISO_ACTION(children_close) {
    close_brace::apply(in, st);
    st.leave_nested();
}

// ---- statements that may appear once ----------------------------------------------------------
struct declare_once {
    template <typename Input>
    static void apply(const Input& in, State& st) { st.declare_once(in.string_view(), at(in, st)); }
};
template <> struct action<g::st_index> : declare_once {};
template <> struct action<g::st_locality> : declare_once {};
template <> struct action<g::st_year> : declare_once {};

CHISO_ACTION(st_publish) {
    declare_once::apply(in, st);
    st.file.publish_loc = at(in, st);
}
CHISO_ACTION(st_not_applicable) {
    declare_once::apply(in, st);
    st.file.not_applicable_loc = at(in, st);
}
CHISO_ACTION(st_missing) {
    declare_once::apply(in, st);
    st.file.missing_loc = at(in, st);
}
CHISO_ACTION(st_rounding) {
    declare_once::apply(in, st);
    st.file.rounding.emplace().loc = at(in, st);
}
CHISO_ACTION(st_ranking) {
    declare_once::apply(in, st);
    st.file.ranking.emplace().loc = at(in, st);
}

// ---- index, locality, year, basis, publish, rounding, policies ----------------------------------
CHISO_ACTION(index_id) { st.file.index_id = name_of(in, st); }
CHISO_ACTION(index_name) { st.file.index_name = unquote(in.string_view()); }
CHISO_ACTION(locality_id) { st.file.locality_id = name_of(in, st); }
CHISO_ACTION(locality_name) { st.file.locality_name = unquote(in.string_view()); }
CHISO_ACTION(year_value) { st.file.year = number_of(in, st); }

CHISO_ACTION(st_basis) { st.file.bases.emplace_back().loc = at(in, st); }
CHISO_ACTION(basis_number) { st.file.bases.back().number = unquote(in.string_view()); }
CHISO_ACTION(basis_title) { st.file.bases.back().title = unquote(in.string_view()); }
CHISO_ACTION(basis_date_clause) { st.first_time(st.statement_options(), "date", at(in, st)); }
CHISO_ACTION(basis_date) {
    auto date = iso_date(in.string_view());
    if (!date) st.report(kInvalidDate, at(in, st), {in.string()});
    st.file.bases.back().date = std::move(date);
}

CHISO_ACTION(publish_value) {
    st.file.publish = in.string_view() == "percent" ? ast::Publish::Percent : ast::Publish::Points;
}
CHISO_ACTION(rounding_places) { st.file.rounding->places = State::make_int(in.string_view(), st.offset(in.begin())); }
CHISO_ACTION(rounding_mode) {
    const std::string_view mode = in.string_view();
    st.file.rounding->mode = mode == "half_up"     ? RoundingMode::HalfUp
                             : mode == "half_even" ? RoundingMode::HalfEven
                             : mode == "down"      ? RoundingMode::Down
                                                   : RoundingMode::Up;
}

inline ast::NaPolicy na_policy(std::string_view word) {
    return word == "exclude" ? ast::NaPolicy::Exclude : word == "full" ? ast::NaPolicy::Full : ast::NaPolicy::Zero;
}
CHISO_ACTION(na_policy_value) { st.file.not_applicable = na_policy(in.string_view()); }
CHISO_ACTION(missing_value) { st.file.missing_is_zero = in.string_view() == "zero"; }

// ---- ranking --------------------------------------------------------------------------------
CHISO_ACTION(ranking_by_value) {
    st.file.ranking->by = in.string_view() == "index" ? ast::RankBy::Index : ast::RankBy::Points;
}
CHISO_ACTION(ranking_precision) {
    if (st.first_time(st.statement_options(), "precision", at(in, st), in.string_view())) {
        st.file.ranking->on_rounded = in.string_view() == "rounded";
    }
}
CHISO_ACTION(tie_policy) {
    const std::string_view policy = in.string_view();
    st.file.ranking->ties = policy == "shared"  ? ast::TiePolicy::Shared
                            : policy == "dense" ? ast::TiePolicy::Dense
                                                : ast::TiePolicy::Distinct;
}
CHISO_ACTION(tie_breaks_by) { st.tie_breaks_loc = at(in, st); }

template <ast::TieBreak::Kind K>
struct add_tie_break {
    template <typename Input>
    static void apply(const Input& in, State& st) {
        ast::TieBreak tie_break{K, {}, at(in, st)};
        if (K == ast::TieBreak::Kind::NodePoints) tie_break.code = name_of(in, st);
        st.file.ranking->tie_breaks.push_back(std::move(tie_break));
    }
};
template <> struct action<g::tie_break_points> : add_tie_break<ast::TieBreak::Kind::Points> {};
template <> struct action<g::tie_break_index> : add_tie_break<ast::TieBreak::Kind::Index> {};
template <> struct action<g::tie_break_name> : add_tie_break<ast::TieBreak::Kind::Name> {};
template <> struct action<g::tie_break_id> : add_tie_break<ast::TieBreak::Kind::Id> {};
template <> struct action<g::tie_break_code> : add_tie_break<ast::TieBreak::Kind::NodePoints> {};

CHISO_ACTION(ranking_ties) {
    st.first_time(st.statement_options(), "ties", at(in, st));
    const ast::Ranking& ranking = *st.file.ranking;
    if (!ranking.tie_breaks.empty() && ranking.ties != ast::TiePolicy::Distinct) {
        st.report(kTieBreakNeedsDistinct, st.tie_breaks_loc, {});
    }
}
CHISO_ACTION(ranking_within) {
    st.first_time(st.statement_options(), "within", at(in, st));
    st.file.ranking->within_group = true;
}

// ---- blocks ---------------------------------------------------------------------------------
CHISO_ACTION(st_block) { st.file.blocks.emplace_back().loc = at(in, st); }
CHISO_ACTION(block_id) { st.file.blocks.back().id = name_of(in, st); }
CHISO_ACTION(block_name) { st.file.blocks.back().name = unquote(in.string_view()); }
CHISO_ACTION(block_tree_id) { st.file.blocks.back().tree = name_of(in, st); }
CHISO_ACTION(block_tree) { st.first_time(st.statement_options(), "tree", at(in, st)); }
CHISO_ACTION(excluded_code) { st.file.blocks.back().exclude.push_back(name_of(in, st)); }
CHISO_ACTION(block_exclude) { st.first_time(st.statement_options(), "exclude", at(in, st)); }

// ---- trees and nodes ----------------------------------------------------------------------------
CHISO_ACTION(st_tree) { st.open_tree(at(in, st)); }
CHISO_ACTION(tree_id) { st.tree().id = name_of(in, st); }
CHISO_ACTION(tree_title) { st.tree().title = unquote(in.string_view()); }
CHISO_ACTION(tree_max) {
    if (st.first_time(st.tree_options(), "max", at(in, st))) st.tree().max = st.number;
}
CHISO_ACTION(tree_weighted) {
    if (st.first_time(st.tree_options(), "weighted", at(in, st))) st.tree().weighted = true;
}
CHISO_ACTION(tree_mean) { st.tree().mean = mean_of(in.string_view()); }
CHISO_ACTION(tree_unchecked) {
    if (st.first_time(st.tree_options(), "unchecked", at(in, st))) st.tree().unchecked = true;
}

CHISO_ACTION(node_kind) { st.open_node(in.string(), at(in, st)); }
CHISO_ACTION(node_code) { st.node().code = name_of(in, st); }
CHISO_ACTION(node_title) { st.node().title = unquote(in.string_view()); }
CHISO_ACTION(node) { st.close_node(); }

CHISO_ACTION(attr_max) {
    if (st.first_node_attribute("max", at(in, st))) st.node().max = st.number;
}
CHISO_ACTION(attr_weight) {
    if (st.first_node_attribute("weight", at(in, st))) st.node().weight = st.number;
}
CHISO_ACTION(attr_default) {
    if (st.first_node_attribute("default", at(in, st))) st.node().default_value = st.number;
}
CHISO_ACTION(attr_mean) { st.node().mean = mean_of(in.string_view()); }
CHISO_ACTION(attr_weighted) {
    if (st.first_node_attribute("weighted", at(in, st))) st.node().weighted = true;
}
CHISO_ACTION(attr_unchecked) {
    if (st.first_node_attribute("unchecked", at(in, st))) st.node().unchecked = true;
}
CHISO_ACTION(attr_survey) {
    if (st.first_node_attribute("survey", at(in, st))) st.node().survey = true;
}
CHISO_ACTION(attr_optional) {
    if (st.first_node_attribute("optional", at(in, st))) st.node().optional = true;
}
CHISO_ACTION(na_value) { st.na = na_policy(in.string_view()); }
CHISO_ACTION(attr_na) {
    if (!st.first_node_attribute("na", at(in, st))) return;
    st.node().na = st.na;
    st.node().na_loc = at(in, st);
}
CHISO_ACTION(attr_allow_negative) {
    if (!st.first_node_attribute("allow negative", at(in, st))) return;
    st.node().allow_negative = true;
    st.node().allow_negative_loc = at(in, st);
}
CHISO_ACTION(attr_up_to) {
    if (st.first_node_attribute("up to", at(in, st))) st.node().up_to = st.number;
}
// `normalise …`: the attribute is opened by its word; its parts fill it in order.
CHISO_ACTION(normalise_word) {
    if (!st.first_node_attribute("normalise", at(in, st))) return;
    st.node().normalise.emplace();
    st.node().normalise->loc = at(in, st);
}
// A second `normalise` was reported; its parts go to a scratch one, not the first.
inline ast::Normalise& normalise_of(State& st) {
    static thread_local ast::Normalise scratch;
    return st.node().normalise ? *st.node().normalise : scratch;
}
template <> struct action<g::norm_from> : store_number {};
template <> struct action<g::norm_to> : store_number {};
template <> struct action<g::norm_post_low> : store_number {};
template <> struct action<g::norm_post_high> : store_number {};
template <> struct action<g::norm_equal_value> : store_number {};
CHISO_ACTION(norm_range) {
    // norm_range's two numbers: `from` was stored first, then `to`; st.number holds `to`.
    normalise_of(st).to = st.number;
    normalise_of(st).from = st.range_from;
}
CHISO_ACTION(norm_post_to_word) { normalise_of(st).post_low = st.number; }
CHISO_ACTION(norm_onto_word) { normalise_of(st).post_high = st.number; }
CHISO_ACTION(norm_to_word) { st.range_from = st.number; }
CHISO_ACTION(norm_minmax_word) { normalise_of(st).method = NormMethod::MinMax; }
CHISO_ACTION(norm_goalposts_word) { normalise_of(st).method = NormMethod::Goalposts; }
CHISO_ACTION(norm_rank_word) { normalise_of(st).method = NormMethod::Rank; }
CHISO_ACTION(norm_zscore_word) { normalise_of(st).method = NormMethod::ZScore; }
CHISO_ACTION(norm_z_sample) { normalise_of(st).z_sample = true; }
CHISO_ACTION(norm_z_population) { normalise_of(st).z_sample = false; }
CHISO_ACTION(norm_z_mean) { normalise_of(st).z_mean = number_of(in, st); }
CHISO_ACTION(norm_z_sd) { normalise_of(st).z_sd = number_of(in, st); }
CHISO_ACTION(norm_lower) {
    normalise_of(st).lower_better = true;
    normalise_of(st).direction_loc = at(in, st);
}
CHISO_ACTION(norm_higher) {
    normalise_of(st).lower_better = false;
    normalise_of(st).direction_loc = at(in, st);
}
CHISO_ACTION(norm_over_word) { normalise_of(st).over_loc = at(in, st); }
CHISO_ACTION(norm_block_id) { normalise_of(st).blocks.push_back(name_of(in, st)); }
CHISO_ACTION(norm_year_path) {
    const std::string_view written = in.string_view().substr(1, in.string_view().size() - 2);
    normalise_of(st).years.push_back(ast::Name{std::string(written), at(in, st)});
}
CHISO_ACTION(norm_if_equal) { normalise_of(st).if_equal = st.number; }
CHISO_ACTION(input_name) { st.node().inputs.push_back(name_of(in, st)); }
CHISO_ACTION(attr_inputs) { st.first_node_attribute("inputs", at(in, st)); }

// ---- scoring rules --------------------------------------------------------------------------
// A rule word starts a rule of its kind (grammar::rule_word<K>, one per row of
// dsl/rule_words.hpp): one action for every kind.
template <class K>
struct action<g::rule_word<K>> {
    template <typename Input>
    static void apply(const Input& in, State& st) { st.start_rule(K{}, in.string_view(), at(in, st)); }
};

// Fills a field of the rule being read when it is one of Kinds: the grammar writes a
// clause only after the words that have it (`of` after bands, an operand after its
// kind's word), so the rule started is always one of them.
template <class... Kinds, class Fill>
void fill_rule(State& st, Fill fill) {
    std::visit(
        [&](auto& rule) {
            if constexpr ((std::is_same_v<std::decay_t<decltype(rule)>, Kinds> || ...)) fill(rule);
        },
        st.rule().body);
}

CHISO_ACTION(of_clause) {
    ast::ExprPtr of = st.pop_expr();
    fill_rule<ast::BandsRule>(st, [&](auto& r) { r.of = std::move(of); });
}
CHISO_ACTION(level_entry) {
    fill_rule<ast::LevelsRule>(st, [&](auto& r) { r.levels.push_back(ast::LevelEntry{st.label, st.amount, st.label_loc}); });
}
CHISO_ACTION(answer_entry) {
    fill_rule<ast::AnswersRule>(st, [&](auto& r) { r.answers.push_back(ast::AnswerEntry{st.label, st.number, st.label_loc}); });
}
CHISO_ACTION(lower_bound) { st.interval.lower = ast::Bound{st.cmp, st.number}; }
CHISO_ACTION(upper_bound) { st.interval.upper = ast::Bound{st.cmp, st.number}; }
CHISO_ACTION(equal_bound) { st.interval.lower = ast::Bound{st.cmp, st.number}; }
CHISO_ACTION(band_entry) {
    ast::BandEntry entry{std::move(st.interval), st.amount, at(in, st)};
    entry.interval.loc = entry.loc;
    fill_rule<ast::BandsRule>(st, [&](auto& r) { r.bands.push_back(std::move(entry)); });
    st.interval = {};
}
// The value of an operand of a kind of standard operands (dsl/rule_operands.hpp) into
// its field, by the operand's type: one action for every such operand of every kind.
template <class K, std::size_t I>
struct action<g::operand_value<K, I>> {
    template <typename Input>
    static void apply(const Input& in, State& st) {
        constexpr rule_words::OperandType type = g::operand_v<K, I>.type;
        if constexpr (type == rule_words::OperandType::Expr) {
            ast::ExprPtr expr = st.pop_expr();  // popped whatever the rule, to keep the stack
            fill_rule<K>(st, [&](K& r) { std::get<I>(rule_words::fields_of<ast::rule_row_v<K>.count>(r)) = std::move(expr); });
        } else if constexpr (type == rule_words::OperandType::Amount) {
            const ast::Amount amount = amount_of(in, st);
            fill_rule<K>(st, [&](K& r) { std::get<I>(rule_words::fields_of<ast::rule_row_v<K>.count>(r)) = amount; });
        } else {
            const ast::Number number = number_of(in, st);
            fill_rule<K>(st, [&](K& r) { std::get<I>(rule_words::fields_of<ast::rule_row_v<K>.count>(r)) = number; });
        }
    }
};

// ---- expressions --------------------------------------------------------------------------
CHISO_ACTION(expr_number) { st.push_number_expr(number_of(in, st)); }
CHISO_ACTION(expr_variable) { st.push_variable_expr(in.string(), at(in, st)); }
CHISO_ACTION(expr_max) { st.push_expr(Expr::Kind::Max, at(in, st)); }
CHISO_ACTION(expr_negation) {
    st.negate_expr(at(in, st));
    st.leave_nested();
}
CHISO_ACTION(expr_paren) { st.group_expr(); }
CHISO_ACTION(mul_tail) { st.chain_expr(in.string_view().front() == '*' ? ast::ExprOp::Mul : ast::ExprOp::Div); }
CHISO_ACTION(add_tail) { st.chain_expr(in.string_view().front() == '+' ? ast::ExprOp::Add : ast::ExprOp::Sub); }
CHISO_ACTION(call_min) { st.call_expr(Expr::Kind::Min2, at(in, st)); }
CHISO_ACTION(call_max) { st.call_expr(Expr::Kind::Max2, at(in, st)); }

// ---- conditions -----------------------------------------------------------------------------
template <Operand::Kind K>
struct push_operand {
    template <typename Input>
    static void apply(const Input& in, State& st) {
        Operand operand;
        operand.kind = K;
        operand.loc = at(in, st);
        if constexpr (K == Operand::Kind::Number) operand.number = number_of(in, st);
        if constexpr (K == Operand::Kind::NodeIndex || K == Operand::Kind::NodePoints) operand.code = st.code;
        st.push_operand(std::move(operand));
    }
};
template <> struct action<g::operand_index> : push_operand<Operand::Kind::Index> {};
template <> struct action<g::operand_points> : push_operand<Operand::Kind::Points> {};
template <> struct action<g::operand_rank> : push_operand<Operand::Kind::Rank> {};
template <> struct action<g::operand_number> : push_operand<Operand::Kind::Number> {};
template <> struct action<g::operand_node_index> : push_operand<Operand::Kind::NodeIndex> {};
template <> struct action<g::operand_node_points> : push_operand<Operand::Kind::NodePoints> {};

template <StatKind K>
struct push_stat {
    template <typename Input>
    static void apply(const Input& in, State& st) { st.push_stat(K, at(in, st)); }
};
template <> struct action<g::stat_mean> : push_stat<StatKind::Mean> {};
template <> struct action<g::stat_median> : push_stat<StatKind::Median> {};
template <> struct action<g::stat_min> : push_stat<StatKind::Min> {};
template <> struct action<g::stat_max> : push_stat<StatKind::Max> {};
template <> struct action<g::stat_sd> : push_stat<StatKind::Sd> {};
template <> struct action<g::stat_percentile> : push_stat<StatKind::Percentile> {};
CHISO_ACTION(stat_value) { st.stat_of_given(); }
CHISO_ACTION(sd_sample) { st.stat_method(StatMethod::Sample); }
CHISO_ACTION(sd_population) { st.stat_method(StatMethod::Population); }
CHISO_ACTION(percentile_nearest) { st.stat_method(StatMethod::NearestRank); }
CHISO_ACTION(percentile_linear) { st.stat_method(StatMethod::Linear); }
CHISO_ACTION(percentile_p) { st.stat_p(number_of(in, st)); }
CHISO_ACTION(cexpr_paren) { st.group_operand(); }
CHISO_ACTION(cmul_tail) {
    st.chain_operand(ast::Operand::Arith::Product, in.string_view().front() == '*' ? ast::ExprOp::Mul : ast::ExprOp::Div);
}
CHISO_ACTION(cadd_tail) {
    st.chain_operand(ast::Operand::Arith::Sum, in.string_view().front() == '+' ? ast::ExprOp::Add : ast::ExprOp::Sub);
}
CHISO_ACTION(top_share) { st.top_share(number_of(in, st)); }
CHISO_ACTION(kw_top) { st.top_start(at(in, st)); }
CHISO_ACTION(top_up) { st.push_top(ShareRounding::Up); }
CHISO_ACTION(top_down) { st.push_top(ShareRounding::Down); }
CHISO_ACTION(top_nearest) { st.push_top(ShareRounding::Nearest); }
CHISO_ACTION(compare_op) { st.push_cmp(State::make_cmp(in.string_view())); }
CHISO_ACTION(comparison) { st.finish_comparison(); }
CHISO_ACTION(flag_name) {
    st.label = in.string_view().starts_with('"') ? unquote(in.string_view()) : in.string();
}
CHISO_ACTION(flag_cond) { st.push_flag(st.label, at(in, st)); }
CHISO_ACTION(cond_negation) {
    st.negate_cond(at(in, st));
    st.leave_nested();
}
CHISO_ACTION(cond_paren) { st.group_cond(); }
CHISO_ACTION(and_tail) { st.combine_cond(Cond::Kind::And); }
CHISO_ACTION(or_tail) { st.combine_cond(Cond::Kind::Or); }

// ---- ladders and stats ------------------------------------------------------------------------
CHISO_ACTION(st_ladder) { st.open_ladder(st.file.ladders, at(in, st)); }
CHISO_ACTION(ladder_id) { st.ladder().id = name_of(in, st); }
CHISO_ACTION(ladder_name) { st.ladder().name = unquote(in.string_view()); }
CHISO_ACTION(section_block) { st.open_section(at(in, st)); }
CHISO_ACTION(section_name) { st.section().blocks.push_back(name_of(in, st)); }
CHISO_ACTION(section_close) {
    st.close_brace();
    st.close_section();
}
CHISO_ACTION(rung_override) { st.start_override_rung(at(in, st)); }
CHISO_ACTION(rung_label) { st.add_rung_label(unquote(in.string_view()), at(in, st)); }
CHISO_ACTION(rung_when) { st.rung().when = st.pop_cond(); }

CHISO_ACTION(st_stat) { st.file.stats.emplace_back().loc = at(in, st); }
CHISO_ACTION(stat_id) { st.file.stats.back().id = name_of(in, st); }
CHISO_ACTION(stat_label) { st.file.stats.back().label = unquote(in.string_view()); }
CHISO_ACTION(stat_stmt) { st.file.stats.back().when = st.pop_cond(); }

// ---- survey answer sheets ----------------------------------------------------------------------
CHISO_ACTION(st_survey) { st.file.surveys.emplace_back().loc = at(in, st); }
CHISO_ACTION(survey_id) { st.file.surveys.back().id = name_of(in, st); }
CHISO_ACTION(survey_title) { st.file.surveys.back().title = unquote(in.string_view()); }
CHISO_ACTION(survey_open) { st.open_brace(at(in, st)); }
CHISO_ACTION(survey_close) { st.close_brace(); }
CHISO_ACTION(survey_unit_column) { st.file.surveys.back().unit = ast::SurveyColumn{unquote(in.string_view()), at(in, st)}; }
CHISO_ACTION(survey_form_column) { st.file.surveys.back().form = ast::SurveyColumn{unquote(in.string_view()), at(in, st)}; }
CHISO_ACTION(survey_weight_column) {
    st.file.surveys.back().weight = ast::SurveyColumn{unquote(in.string_view()), at(in, st)};
}
CHISO_ACTION(question_word) { st.file.surveys.back().questions.emplace_back().loc = at(in, st); }
CHISO_ACTION(question_column) {
    auto& q = st.file.surveys.back().questions.back();
    q.column = unquote(in.string_view());
    q.column_loc = at(in, st);
}
CHISO_ACTION(question_code) { st.file.surveys.back().questions.back().code = name_of(in, st); }
CHISO_ACTION(likert_word) { st.file.surveys.back().questions.back().likert = true; }
CHISO_ACTION(likert_low) { st.file.surveys.back().questions.back().low = number_of(in, st); }
CHISO_ACTION(likert_high) { st.file.surveys.back().questions.back().high = number_of(in, st); }
CHISO_ACTION(scale_label) {
    st.label = unquote(in.string_view());
    st.label_loc = at(in, st);
}
CHISO_ACTION(scale_value) { st.number = number_of(in, st); }
CHISO_ACTION(scale_entry) {
    st.file.surveys.back().questions.back().scale.push_back(ast::SurveyScaleEntry{st.label, st.number, st.label_loc});
}
CHISO_ACTION(scale_open) { st.open_brace(at(in, st)); }
CHISO_ACTION(scale_close) { st.close_brace(); }
CHISO_ACTION(no_answer_label) {
    st.file.surveys.back().no_answer.push_back(ast::SurveyColumn{unquote(in.string_view()), at(in, st)});
}
CHISO_ACTION(incomplete_word) { st.file.surveys.back().incomplete_loc = at(in, st); }
CHISO_ACTION(incomplete_value) { st.file.surveys.back().exclude_incomplete = in.string_view() == "exclude"; }
CHISO_ACTION(interval_word) { st.file.surveys.back().interval_loc = at(in, st); }
CHISO_ACTION(interval_method) {
    const std::string_view w = in.string_view();
    st.file.surveys.back().method = w == "wilson"      ? IntervalMethod::Wilson
                                    : w == "bootstrap" ? IntervalMethod::Bootstrap
                                                       : IntervalMethod::Normal;
}
CHISO_ACTION(seed_word) { st.file.surveys.back().seed_loc = at(in, st); }
CHISO_ACTION(seed_value) { st.file.surveys.back().seed = number_of(in, st); }
CHISO_ACTION(count_word) { st.file.surveys.back().count_loc = at(in, st); }
CHISO_ACTION(count_value) { st.file.surveys.back().count = number_of(in, st); }
CHISO_ACTION(interval_level) { st.file.surveys.back().level = number_of(in, st); }
CHISO_ACTION(minimum_word) { st.file.surveys.back().minimum_loc = at(in, st); }
CHISO_ACTION(minimum_count) { st.file.surveys.back().minimum = number_of(in, st); }
CHISO_ACTION(minimum_action) {
    st.file.surveys.back().short_sample = in.string_view() == "unrated" ? ShortSample::Unrated : ShortSample::Warn;
}
CHISO_ACTION(separator_text) {
    st.file.surveys.back().separator = ast::SurveyColumn{unquote(in.string_view()), at(in, st)};
}

// ---- inheritance ----------------------------------------------------------------------------------
CHISO_ACTION(st_extends) { st.open_extends(at(in, st)); }

// `..\vn\x.chiso` -> `../vn/x.chiso` (a run of backslashes is one separator).
inline std::string forward_slashes(std::string_view path) {
    std::string out;
    for (char c : path) {
        if (c != '\\') {
            out += c;
        } else if (out.empty() || out.back() != '/') {
            out += '/';
        }
    }
    return out;
}

CHISO_ACTION(extends_path) {
    const std::string_view written = in.string_view().substr(1, in.string_view().size() - 2);
    if (written.empty()) st.report(kEmptyExtendsPath, at(in, st), {});
    if (written.find('\\') != std::string_view::npos) {
        st.report(kBackslashInPath, at(in, st), {std::string(written), forward_slashes(written)});
    }
    st.file.extends->path = std::string(written);
}

struct begin_change {
    template <typename Input>
    static void apply(const Input& in, State& st) { st.begin_change(in.string_view(), at(in, st)); }
};
template <> struct action<g::st_edit> : begin_change {};
template <> struct action<g::st_replace> : begin_change {};
template <> struct action<g::st_remove> : begin_change {};

// edit tree
CHISO_ACTION(edit_tree_word) { st.open_tree_edit(st.statement_loc()); }
CHISO_ACTION(edit_tree_id) { st.tree_edit().tree = name_of(in, st); }
CHISO_ACTION(edit_tree_title) {
    if (st.tree_edit_attribute("title", at(in, st))) st.tree_edit().title = st.label;
}
CHISO_ACTION(edit_tree_max) {
    if (st.tree_edit_attribute("max", at(in, st))) st.tree_edit().max = st.number;
}
CHISO_ACTION(edit_tree_weighted) {
    if (st.tree_edit_attribute("weighted", at(in, st))) st.tree_edit().weighted = true;
}
CHISO_ACTION(edit_tree_mean) { st.tree_edit().mean = mean_of(in.string_view()); }
CHISO_ACTION(edit_tree_unchecked) {
    if (st.tree_edit_attribute("unchecked", at(in, st))) st.tree_edit().unchecked = true;
}

// changes inside edit tree
CHISO_ACTION(edit_change) { st.open_node_edit(ast::NodeEdit::Kind::Set, at(in, st)); }
CHISO_ACTION(change_code) {
    st.node_edit().code = name_of(in, st);
    st.node().code = st.node_edit().code;
}
CHISO_ACTION(change_title) {
    if (st.first_node_attribute("title", at(in, st))) st.node().title = st.label;
}
CHISO_ACTION(change_edit) { st.close_node(); }

CHISO_ACTION(edit_add) { st.open_node_edit(ast::NodeEdit::Kind::Add, at(in, st)); }
CHISO_ACTION(add_kind) { st.open_added_node(in.string(), at(in, st)); }
CHISO_ACTION(add_parent) { st.node_edit().parent = name_of(in, st); }
CHISO_ACTION(add_edit) {
    st.node_edit().code = st.node_edit().node.code;
    st.close_node();
}

CHISO_ACTION(edit_remove) { st.open_node_edit(ast::NodeEdit::Kind::Remove, at(in, st)); }
CHISO_ACTION(remove_code) { st.node_edit().code = name_of(in, st); }

CHISO_ACTION(edit_move) { st.open_node_edit(ast::NodeEdit::Kind::Move, at(in, st)); }
CHISO_ACTION(move_code) { st.node_edit().code = name_of(in, st); }
CHISO_ACTION(move_parent) { st.node_edit().parent = name_of(in, st); }
CHISO_ACTION(move_as) {
    if (st.edit_option("as", at(in, st))) st.node_edit().new_code = st.code;
}

CHISO_ACTION(position_after) {
    if (st.edit_position(at(in, st))) st.node_edit().after = st.code;
}
CHISO_ACTION(position_first) {
    if (st.edit_position(at(in, st))) st.node_edit().first = true;
}

// edit block
CHISO_ACTION(edit_block_word) {
    ast::BlockEdit& edit = st.file.block_edits.emplace_back();
    edit.loc = st.statement_loc();
    edit.block.loc = st.statement_loc();
}
CHISO_ACTION(edit_block_id) { st.file.block_edits.back().block.id = name_of(in, st); }
CHISO_ACTION(edit_block_name) {
    ast::BlockEdit& edit = st.file.block_edits.back();
    if (!st.first_time(st.statement_options(), "name", at(in, st), in.string_view())) return;
    edit.block.name = unquote(in.string_view());
    edit.given.emplace_back("name");
}
CHISO_ACTION(edit_block_tree_id) { st.file.block_edits.back().block.tree = name_of(in, st); }
CHISO_ACTION(edit_block_tree) {
    if (st.first_time(st.statement_options(), "tree", at(in, st))) st.file.block_edits.back().given.emplace_back("tree");
}
CHISO_ACTION(edit_excluded_code) { st.file.block_edits.back().block.exclude.push_back(name_of(in, st)); }
CHISO_ACTION(edit_block_exclude) {
    if (st.first_time(st.statement_options(), "exclude", at(in, st))) st.file.block_edits.back().given.emplace_back("exclude");
}

// edit ladder, replace ladder, replace stat
CHISO_ACTION(edit_ladder_word) { st.open_ladder_edit(st.statement_loc()); }
CHISO_ACTION(edit_ladder_id) { st.file.ladder_edits.back().ladder = name_of(in, st); }
CHISO_ACTION(edit_ladder_title_text) {
    st.file.ladder_edits.back().title = unquote(in.string_view());
    st.file.ladder_edits.back().title_loc = at(in, st);
}
CHISO_ACTION(replace_ladder_word) { st.open_ladder(st.file.ladder_replacements, st.statement_loc()); }
CHISO_ACTION(replace_ladder_id) { st.ladder().id = name_of(in, st); }
CHISO_ACTION(replace_ladder_name) { st.ladder().name = unquote(in.string_view()); }
CHISO_ACTION(replace_stat_word) { st.file.stat_replacements.emplace_back().loc = st.statement_loc(); }
CHISO_ACTION(replace_stat_id) { st.file.stat_replacements.back().id = name_of(in, st); }
CHISO_ACTION(replace_stat_label) { st.file.stat_replacements.back().label = unquote(in.string_view()); }
CHISO_ACTION(replace_stat_rest) { st.file.stat_replacements.back().when = st.pop_cond(); }

// remove block|tree|ladder|stat
template <ast::Removal::Kind K>
struct add_removal {
    template <typename Input>
    static void apply(const Input& /*in*/, State& st) { st.file.removals.push_back(ast::Removal{K, {}, st.statement_loc()}); }
};
template <> struct action<g::removal_block> : add_removal<ast::Removal::Kind::Block> {};
template <> struct action<g::removal_tree> : add_removal<ast::Removal::Kind::Tree> {};
template <> struct action<g::removal_ladder> : add_removal<ast::Removal::Kind::Ladder> {};
template <> struct action<g::removal_stat> : add_removal<ast::Removal::Kind::Stat> {};
CHISO_ACTION(removal_id) { st.file.removals.back().id = name_of(in, st); }

#undef CHISO_ACTION

}  // namespace chiso::dsl::build
