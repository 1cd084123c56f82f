#pragma once
// The state the parser's actions build the AST in. Actions (dsl/parse_actions.hpp)
// are one-liners calling these functions, so the building logic lives here,
// without PEGTL.
//
// How values travel: a token's action stores its value in a "pending" member
// (number, amount, label, ...); the action of the enclosing construct, which runs
// when the construct has matched, moves it into the AST. Expressions and conditions
// are built on stacks. Nested constructs (nodes, ladder sections, `{`) are tracked
// with stacks too. All of this is safe because the grammar commits after a
// construct's first token: an action never runs for text that is later re-read
// another way.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dsl/ast.hpp"
#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"

namespace chiso::dsl::build {

// Lines where the attributes of the current construct were given, for "already
// given at line N".
using SeenLines = std::map<std::string, std::uint32_t, std::less<>>;

struct NodeFrame {
    ast::Node* node = nullptr;
    SeenLines seen;
    std::uint32_t rule_line = 0;
    std::string rule_keyword;
    std::vector<std::string>* given = nullptr;  // `change`: the attribute words written, in order
};

// A condition on the stack; `grouped` when it was written in parentheses, so that
// `(a or b) or c` keeps its grouping while `a or b or c` becomes one Or of three.
// An expression on the stack; `grouped` when it was written in parentheses, so that
// `(a + b) + c` stays a sum inside a sum (as written) rather than joining its chain.
struct ExprItem {
    ast::ExprPtr expr;
    bool grouped = false;
};

struct CondItem {
    ast::CondPtr cond;
    bool grouped = false;
};

class State {
public:
    State(const SourceFile& source, Diagnostics& diags);

    // ---- used by parse_errors.hpp ----
    const char* text_begin() const { return source_.text().data(); }
    // Where the code starts: after a UTF-8 byte order mark, if any.
    const char* code_begin() const { return text_begin() + (source_.text().starts_with("\xEF\xBB\xBF") ? 3 : 0); }
    std::uint32_t open_brace_line() const { return braces_.empty() ? 0 : braces_.back().line; }
    std::string current_node_code() const;
    std::string current_node_keyword() const;
    // Inside `edit tree`: the word of the change being read ("change", "add", "remove",
    // "move"; "" before the first) and the code it is about.
    bool in_tree_edit() const { return tree_edit_ != nullptr; }
    std::string current_edit_word() const;
    std::string current_edit_code() const;
    // The id of the block of the `edit block` being read.
    std::string current_block_edit_id() const;

    // ---- positions and diagnostics ----
    SourceLoc loc(std::size_t line, std::size_t byte_column) const;
    std::size_t offset(const char* p) const { return static_cast<std::size_t>(p - text_begin()); }
    void report(const MessageDef& message, const SourceLoc& at, std::vector<std::string> args);

    // Forgets what an abandoned statement left behind (after a syntax error).
    void begin_statement();
    // Nested constructs (children, parentheses, `-`, `not`) are matched recursively:
    // past kMaxNesting levels a SyntaxError at `offset` stops a pathological file
    // before the stack runs out. Counted by the actions of their opening tokens,
    // which run only once the construct is committed to.
    static constexpr int kMaxNesting = 100;
    void enter_nested(std::size_t offset);
    void leave_nested() { --nesting_; }
    // Statements that may appear once: reports a second one.
    void declare_once(std::string_view keyword, const SourceLoc& at);
    // Records `key` as given at `at`; reports and returns false when it already was.
    // `shown` is the word the message quotes (defaults to the key).
    bool first_time(SeenLines& seen, std::string_view key, const SourceLoc& at, std::string_view shown = {});
    SeenLines& statement_options() { return statement_options_; }

    // ---- tokens ----
    // `12.5`, `75%` -> Number; throws SyntaxError when it has too many digits.
    // `offset` is where the token starts, for the error.
    static ast::Number make_number(std::string_view text, const SourceLoc& at, std::size_t offset);
    // `1/9`: numerator and denominator whole numbers, the denominator not 0.
    static ast::Number make_fraction(std::string_view text, const SourceLoc& at, std::size_t offset);
    static ast::Amount make_amount(std::string_view text, const SourceLoc& at, std::size_t offset);
    static int make_int(std::string_view digits, std::size_t offset);
    static ast::Cmp make_cmp(std::string_view text);
    void open_brace(const SourceLoc& at) { braces_.push_back(at); }
    void close_brace() { braces_.pop_back(); }

    // ---- trees and nodes ----
    ast::Tree& open_tree(const SourceLoc& at);
    ast::Tree& tree() { return *tree_; }
    SeenLines& tree_options() { return tree_options_; }
    void open_node(std::string keyword, const SourceLoc& at);
    void close_node() { nodes_.pop_back(); }
    ast::Node& node() { return *nodes_.back().node; }
    bool first_node_attribute(std::string_view what, const SourceLoc& at);
    void start_rule(ast::RuleBody kind, std::string_view keyword, const SourceLoc& at);
    ast::Rule& rule() { return *node().rule; }

    // ---- expressions ----
    void push_expr(ast::Expr::Kind kind, const SourceLoc& at);
    void push_number_expr(const ast::Number& number);
    void push_variable_expr(std::string name, const SourceLoc& at);
    void negate_expr(const SourceLoc& at);
    // `op operand` after a chain's left part: pops the operand and appends it to the
    // chain below it (Sum for + -, Product for * /), which it starts if need be.
    void chain_expr(ast::ExprOp op);
    void group_expr();  // the expression on top was written in parentheses
    void call_expr(ast::Expr::Kind kind, const SourceLoc& at);
    ast::ExprPtr pop_expr();

    // ---- conditions ----
    void push_operand(ast::Operand operand) { operands_.push_back(std::move(operand)); }
    void push_cmp(ast::Cmp comparison) { cmps_.push_back(comparison); }
    // Arithmetic in a condition: pops the operand on top and appends it to the chain
    // below it (Sum for + -, Product for * /), which it starts if need be.
    void chain_operand(ast::Operand::Arith arith, ast::ExprOp op);
    void group_operand() { operands_.back().grouped = true; }
    // A statistic: its method, p and value (`of`) were noted by the actions inside it.
    void push_stat(StatKind kind, const SourceLoc& at);
    void stat_of_given() { stat_of_ = true; }
    void stat_method(StatMethod m) { stat_method_ = m; }
    void stat_p(ast::Number p) { stat_p_ = std::move(p); }
    // `top 10% rounded up`: the share noted, then the rounding ends the condition.
    void top_share(ast::Number share) { top_share_ = std::move(share); }
    void top_start(const SourceLoc& at) {
        top_loc_ = at;
        top_share_ = {};
    }
    void push_top(ShareRounding rounding);
    void finish_comparison();
    void push_flag(std::string name, const SourceLoc& at);
    void negate_cond(const SourceLoc& at);
    void group_cond() { conds_.back().grouped = true; }
    void combine_cond(ast::Cond::Kind kind);  // And / Or: pops the right part
    ast::CondPtr pop_cond();

    // ---- ladders (declared, replaced or edited: the rungs go to `sections`) ----
    ast::Ladder& open_ladder(std::vector<ast::Ladder>& into, const SourceLoc& at);
    ast::Ladder& ladder() { return *ladder_; }
    ast::LadderEdit& open_ladder_edit(const SourceLoc& at);
    void open_section(const SourceLoc& at);
    void close_section() { section_ = 0; }
    ast::LadderSection& section() { return (*sections_)[section_]; }
    void start_override_rung(const SourceLoc& at);
    void add_rung_label(std::string label, const SourceLoc& at);
    ast::Rung& rung() { return section().rungs.back(); }

    // ---- inheritance ----
    // `extends`: reports a second one.
    void open_extends(const SourceLoc& at);
    // `edit`, `replace`, `remove` at `at`: remembered as the statement's position, and
    // the first one for the check that the file extends another (see finish()).
    void begin_change(std::string_view keyword, const SourceLoc& at);
    const SourceLoc& statement_loc() const { return statement_loc_; }
    ast::TreeEdit& open_tree_edit(const SourceLoc& at);
    ast::TreeEdit& tree_edit() { return *tree_edit_; }
    // A tree attribute of `edit tree` (title, max, weighted, unchecked): false when repeated.
    bool tree_edit_attribute(std::string_view what, const SourceLoc& at);
    // A change inside `edit tree`; `change` also opens a node frame for its attributes.
    ast::NodeEdit& open_node_edit(ast::NodeEdit::Kind kind, const SourceLoc& at);
    ast::NodeEdit& node_edit() { return tree_edit_->edits.back(); }
    // `add <kind>`: the node added, filled by the node rules.
    void open_added_node(std::string keyword, const SourceLoc& at);
    // `after <code>` / `first`: false (and reported) when the position was already given.
    bool edit_position(const SourceLoc& at);
    bool edit_option(std::string_view what, const SourceLoc& at) { return first_time(edit_options_, what, at); }
    // End of the file: checks that need the whole file.
    void finish();

    ast::File file;

    // Pending token values (see the header comment).
    ast::Number number;
    ast::Number range_from;  // `normalise … 1 to 10`: the first number of a range, while the second is read
    ast::Amount amount;
    ast::Cmp cmp = ast::Cmp::Ge;
    ast::Interval interval;
    ast::NaPolicy na = ast::NaPolicy::Exclude;
    ast::Name code;
    std::string label;
    SourceLoc label_loc;
    SourceLoc tie_breaks_loc;

private:
    const SourceFile& source_;
    Diagnostics& diags_;
    std::map<std::string, std::uint32_t, std::less<>> declared_;
    std::vector<SourceLoc> braces_;
    ast::Tree* tree_ = nullptr;
    SeenLines tree_options_;
    SeenLines statement_options_;
    std::vector<NodeFrame> nodes_;
    std::vector<ExprItem> exprs_;
    std::vector<ast::Operand> operands_;
    bool stat_of_ = false;
    StatMethod stat_method_ = StatMethod::None;
    ast::Number stat_p_;
    ast::Number top_share_;
    SourceLoc top_loc_;
    std::vector<ast::Cmp> cmps_;
    std::vector<CondItem> conds_;
    ast::Ladder* ladder_ = nullptr;
    std::vector<ast::LadderSection>* sections_ = nullptr;
    std::size_t section_ = 0;
    SourceLoc statement_loc_;
    ast::TreeEdit* tree_edit_ = nullptr;
    SeenLines edit_options_;
    std::string first_change_keyword_;
    SourceLoc first_change_loc_;
    bool rung_awaits_label_ = false;
    int nesting_ = 0;
};

}  // namespace chiso::dsl::build
