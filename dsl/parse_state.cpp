#include "dsl/parse_state.hpp"

#include <charconv>

#include "dsl/parse_messages.hpp"
#include "dsl/syntax_error.hpp"

namespace chiso::dsl::build {

State::State(const SourceFile& source, Diagnostics& diags) : source_(source), diags_(diags) {
    file.source = &source;
}

std::string State::current_node_code() const {
    return nodes_.empty() ? std::string() : nodes_.back().node->code.text;
}

std::string State::current_node_keyword() const {
    return nodes_.empty() ? std::string("node") : nodes_.back().node->keyword;
}

std::string State::current_edit_word() const {
    if (tree_edit_ == nullptr || tree_edit_->edits.empty()) return {};
    switch (tree_edit_->edits.back().kind) {
        case ast::NodeEdit::Kind::Set: return "change";
        case ast::NodeEdit::Kind::Add: return "add";
        case ast::NodeEdit::Kind::Remove: return "remove";
        case ast::NodeEdit::Kind::Move: return "move";
    }
    return {};
}

std::string State::current_edit_code() const {
    if (tree_edit_ == nullptr || tree_edit_->edits.empty()) return {};
    const ast::NodeEdit& edit = tree_edit_->edits.back();
    return edit.kind == ast::NodeEdit::Kind::Add ? edit.node.code.text : edit.code.text;
}

std::string State::current_block_edit_id() const {
    return file.block_edits.empty() ? std::string() : file.block_edits.back().block.id.text;
}

SourceLoc State::loc(std::size_t line, std::size_t byte_column) const {
    return SourceLoc{&source_, static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(byte_column)};
}

void State::report(const MessageDef& message, const SourceLoc& at, std::vector<std::string> args) {
    diags_.add(Severity::Error, at, message, std::move(args));
}

void State::begin_statement() {
    braces_.clear();
    nodes_.clear();
    exprs_.clear();
    operands_.clear();
    stat_of_ = false;
    stat_method_ = StatMethod::None;
    cmps_.clear();
    conds_.clear();
    statement_options_.clear();
    rung_awaits_label_ = false;
    nesting_ = 0;
    tree_edit_ = nullptr;
    edit_options_.clear();
}

void State::enter_nested(std::size_t offset) {
    if (++nesting_ > kMaxNesting) throw SyntaxError{&kTooDeep, {std::to_string(kMaxNesting)}, offset};
}

void State::declare_once(std::string_view keyword, const SourceLoc& at) {
    auto [it, inserted] = declared_.try_emplace(std::string(keyword), at.line);
    if (!inserted) report(kDuplicateStatement, at, {std::string(keyword), std::to_string(it->second)});
}

bool State::first_time(SeenLines& seen, std::string_view key, const SourceLoc& at, std::string_view shown) {
    auto [it, inserted] = seen.try_emplace(std::string(key), at.line);
    if (!inserted) {
        report(kDuplicateAttribute, at, {std::string(shown.empty() ? key : shown), std::to_string(it->second)});
    }
    return inserted;
}

// ---- tokens ---------------------------------------------------------------------------

ast::Number State::make_number(std::string_view text, const SourceLoc& at, std::size_t offset) {
    ast::Number number;
    number.loc = at;
    number.percent = text.ends_with('%');
    if (number.percent) text.remove_suffix(1);
    auto value = Rational::parse_decimal(text);
    if (!value) throw SyntaxError{&kNumberTooLong, {std::string(text)}, offset};
    number.value = *value;
    return number;
}

ast::Number State::make_fraction(std::string_view text, const SourceLoc& at, std::size_t offset) {
    const std::size_t slash = text.find('/');
    const auto num = Rational::parse_decimal(text.substr(0, slash));
    const auto den = Rational::parse_decimal(text.substr(slash + 1));
    if (!num || !den) throw SyntaxError{&kNumberTooLong, {std::string(text)}, offset};
    if (den->is_zero()) throw SyntaxError{&kZeroDenominator, {std::string(text)}, offset + slash + 1};
    ast::Number number;
    number.loc = at;
    number.fraction = true;
    number.value = *num / *den;
    return number;
}

ast::Amount State::make_amount(std::string_view text, const SourceLoc& at, std::size_t offset) {
    ast::Amount amount;
    amount.loc = at;
    if (text == "max") return amount;  // Kind::Max
    const ast::Number number = make_number(text, at, offset);
    amount.kind = number.percent ? ast::Amount::Kind::PercentOfMax : ast::Amount::Kind::Points;
    amount.value = number.value;
    return amount;
}

int State::make_int(std::string_view digits, std::size_t offset) {
    int value = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size()) {
        throw SyntaxError{&kNumberTooLong, {std::string(digits)}, offset};
    }
    return value;
}

ast::Cmp State::make_cmp(std::string_view text) {
    if (text == ">=" || text == "≥") return ast::Cmp::Ge;
    if (text == ">") return ast::Cmp::Gt;
    if (text == "<=" || text == "≤") return ast::Cmp::Le;
    if (text == "<") return ast::Cmp::Lt;
    return ast::Cmp::Eq;
}

// ---- trees and nodes --------------------------------------------------------------------

ast::Tree& State::open_tree(const SourceLoc& at) {
    tree_ = &file.trees.emplace_back();
    tree_->loc = at;
    tree_options_.clear();
    return *tree_;
}

void State::open_node(std::string keyword, const SourceLoc& at) {
    // Pointers stay valid: while a node is open, only its own children grow.
    auto& siblings = nodes_.empty() ? tree_->children : nodes_.back().node->children;
    ast::Node& node = siblings.emplace_back();
    node.keyword = std::move(keyword);
    node.loc = at;
    nodes_.push_back(NodeFrame{&node, {}, 0, {}});
}

bool State::first_node_attribute(std::string_view what, const SourceLoc& at) {
    NodeFrame& frame = nodes_.back();
    const bool first = first_time(frame.seen, what, at);
    if (first && frame.given != nullptr) frame.given->emplace_back(what);
    return first;
}

void State::start_rule(ast::RuleBody kind, std::string_view keyword, const SourceLoc& at) {
    NodeFrame& frame = nodes_.back();
    if (frame.node->rule) {
        report(kDuplicateRule, at, {std::string(keyword), std::to_string(frame.rule_line), frame.rule_keyword});
    }
    if (!frame.node->rule && frame.given != nullptr) frame.given->emplace_back("rule");
    frame.node->rule.emplace();
    frame.node->rule->body = std::move(kind);
    frame.node->rule->loc = at;
    frame.rule_line = at.line;
    frame.rule_keyword = std::string(keyword);
}

// ---- expressions --------------------------------------------------------------------------

void State::push_expr(ast::Expr::Kind kind, const SourceLoc& at) {
    auto expr = ast::make_box<ast::Expr>();
    expr->kind = kind;
    expr->loc = at;
    exprs_.push_back(ExprItem{std::move(expr), false});
}

void State::push_number_expr(const ast::Number& value) {
    push_expr(ast::Expr::Kind::Number, value.loc);
    exprs_.back().expr->number = value;
}

void State::push_variable_expr(std::string name, const SourceLoc& at) {
    push_expr(ast::Expr::Kind::Variable, at);
    exprs_.back().expr->name = std::move(name);
}

void State::negate_expr(const SourceLoc& at) {
    ast::ExprPtr operand = pop_expr();
    push_expr(ast::Expr::Kind::Neg, at);
    exprs_.back().expr->lhs = std::move(operand);
}

void State::chain_expr(ast::ExprOp op) {
    const auto kind = op == ast::ExprOp::Add || op == ast::ExprOp::Sub ? ast::Expr::Kind::Sum : ast::Expr::Kind::Product;
    ast::ExprPtr operand = pop_expr();
    ExprItem& left = exprs_.back();
    if (left.expr->kind != kind || left.grouped) {
        auto chain = ast::make_box<ast::Expr>();
        chain->kind = kind;
        chain->loc = left.expr->loc;  // a chain starts where its first operand does
        chain->lhs = std::move(left.expr);
        left = ExprItem{std::move(chain), false};
    }
    left.expr->rest.push_back(ast::ExprLink{op, std::move(operand)});
}

void State::group_expr() { exprs_.back().grouped = true; }

void State::call_expr(ast::Expr::Kind kind, const SourceLoc& at) {
    ast::ExprPtr second = pop_expr();
    ast::ExprPtr first = pop_expr();
    push_expr(kind, at);
    exprs_.back().expr->lhs = std::move(first);
    exprs_.back().expr->rhs = std::move(second);
}

ast::ExprPtr State::pop_expr() {
    ast::ExprPtr top = std::move(exprs_.back().expr);
    exprs_.pop_back();
    return top;
}

// ---- conditions ---------------------------------------------------------------------------

void State::finish_comparison() {
    auto cond = ast::make_box<ast::Cond>();
    cond->kind = ast::Cond::Kind::Compare;
    cond->loc = operands_.front().loc;
    cond->operands = std::move(operands_);
    cond->cmps = std::move(cmps_);
    operands_.clear();
    cmps_.clear();
    conds_.push_back(CondItem{std::move(cond), false});
}

void State::chain_operand(ast::Operand::Arith arith, ast::ExprOp op) {
    ast::Operand rhs = std::move(operands_.back());
    operands_.pop_back();
    ast::Operand& lhs = operands_.back();
    if (lhs.arith == arith && !lhs.grouped) {  // `a + b + c`: one chain of three
        lhs.rest.push_back(ast::OperandLink{op, ast::OperandPtr(std::move(rhs))});
        return;
    }
    ast::Operand chain;
    chain.arith = arith;
    chain.loc = lhs.loc;  // a chain starts where its first operand does
    chain.first = ast::OperandPtr(std::move(lhs));
    chain.rest.push_back(ast::OperandLink{op, ast::OperandPtr(std::move(rhs))});
    lhs = std::move(chain);
}

void State::push_stat(StatKind kind, const SourceLoc& at) {
    ast::Operand stat;
    stat.kind = Measure::Stat;
    stat.stat = kind;
    stat.method = stat_method_;
    stat.p = stat_p_;
    stat.loc = at;
    if (stat_of_) {
        stat.of = ast::OperandPtr(std::move(operands_.back()));
        operands_.pop_back();
    }
    stat_of_ = false;
    stat_method_ = StatMethod::None;
    stat_p_ = {};
    operands_.push_back(std::move(stat));
}

void State::push_top(ShareRounding rounding) {
    const SourceLoc at = top_loc_;
    auto cond = ast::make_box<ast::Cond>();
    cond->kind = ast::Cond::Kind::Compare;
    cond->loc = at;
    cond->top = rounding;
    ast::Operand rank;
    rank.kind = Measure::Rank;
    rank.loc = at;
    ast::Operand share;
    share.kind = Measure::Number;
    share.number = top_share_;
    share.loc = top_share_.loc;
    cond->operands.push_back(std::move(rank));
    cond->operands.push_back(std::move(share));
    cond->cmps.push_back(Cmp::Le);
    conds_.push_back(CondItem{std::move(cond), false});
}

void State::push_flag(std::string name, const SourceLoc& at) {
    auto cond = ast::make_box<ast::Cond>();
    cond->kind = ast::Cond::Kind::Flag;
    cond->flag = std::move(name);
    cond->loc = at;
    conds_.push_back(CondItem{std::move(cond), false});
}

void State::negate_cond(const SourceLoc& at) {
    auto cond = ast::make_box<ast::Cond>();
    cond->kind = ast::Cond::Kind::Not;
    cond->loc = at;
    cond->parts.push_back(pop_cond());
    conds_.push_back(CondItem{std::move(cond), false});
}

void State::combine_cond(ast::Cond::Kind kind) {
    ast::CondPtr rhs = pop_cond();
    CondItem& lhs = conds_.back();
    if (lhs.cond->kind == kind && !lhs.grouped) {  // `a and b and c`: one And of three
        lhs.cond->parts.push_back(std::move(rhs));
        return;
    }
    auto cond = ast::make_box<ast::Cond>();
    cond->kind = kind;
    cond->loc = lhs.cond->loc;
    cond->parts.push_back(std::move(lhs.cond));
    cond->parts.push_back(std::move(rhs));
    lhs = CondItem{std::move(cond), false};
}

ast::CondPtr State::pop_cond() {
    ast::CondPtr top = std::move(conds_.back().cond);
    conds_.pop_back();
    return top;
}

// ---- ladders ------------------------------------------------------------------------------

ast::Ladder& State::open_ladder(std::vector<ast::Ladder>& into, const SourceLoc& at) {
    ladder_ = &into.emplace_back();
    ladder_->loc = at;
    ladder_->sections.emplace_back().loc = at;  // the default section is always there
    sections_ = &ladder_->sections;
    section_ = 0;
    return *ladder_;
}

ast::LadderEdit& State::open_ladder_edit(const SourceLoc& at) {
    ast::LadderEdit& edit = file.ladder_edits.emplace_back();
    edit.loc = at;
    edit.sections.emplace_back().loc = at;  // the default section is always there
    sections_ = &edit.sections;
    section_ = 0;
    return edit;
}

void State::open_section(const SourceLoc& at) {
    sections_->emplace_back().loc = at;
    section_ = sections_->size() - 1;
}

void State::start_override_rung(const SourceLoc& at) {
    ast::Rung& rung = section().rungs.emplace_back();
    rung.override_rung = true;
    rung.loc = at;
    rung_awaits_label_ = true;
}

void State::add_rung_label(std::string text, const SourceLoc& at) {
    if (!rung_awaits_label_) section().rungs.emplace_back().loc = at;
    rung_awaits_label_ = false;
    rung().label = std::move(text);
}

// ---- inheritance ----------------------------------------------------------------------------

void State::open_extends(const SourceLoc& at) {
    if (file.extends) {
        report(kDuplicateExtends, at, {std::to_string(file.extends->loc.line)});
        return;
    }
    file.extends.emplace().loc = at;
}

void State::begin_change(std::string_view keyword, const SourceLoc& at) {
    statement_loc_ = at;
    if (first_change_keyword_.empty()) {
        first_change_keyword_ = std::string(keyword);
        first_change_loc_ = at;
    }
}

ast::TreeEdit& State::open_tree_edit(const SourceLoc& at) {
    tree_edit_ = &file.tree_edits.emplace_back();
    tree_edit_->loc = at;
    tree_options_.clear();
    return *tree_edit_;
}

bool State::tree_edit_attribute(std::string_view what, const SourceLoc& at) {
    const bool first = first_time(tree_options_, what, at);
    if (first) tree_edit_->given.emplace_back(what);
    return first;
}

ast::NodeEdit& State::open_node_edit(ast::NodeEdit::Kind kind, const SourceLoc& at) {
    // Pointers stay valid: while a change is open, only its own node grows.
    ast::NodeEdit& edit = tree_edit_->edits.emplace_back();
    edit.kind = kind;
    edit.loc = at;
    edit_options_.clear();
    if (kind == ast::NodeEdit::Kind::Set) {
        edit.node.loc = at;
        nodes_.push_back(NodeFrame{&edit.node, {}, 0, {}, &edit.given});
    }
    return edit;
}

void State::open_added_node(std::string keyword, const SourceLoc& at) {
    ast::Node& node = node_edit().node;
    node.keyword = std::move(keyword);
    node.loc = at;
    nodes_.push_back(NodeFrame{&node, {}, 0, {}, nullptr});
}

bool State::edit_position(const SourceLoc& at) {
    auto [it, inserted] = edit_options_.try_emplace("position", at.line);
    if (!inserted) report(kPositionTwice, at, {std::to_string(it->second)});
    return inserted;
}

void State::finish() {
    if (!first_change_keyword_.empty() && !file.extends) {
        report(kChangesWithoutExtends, first_change_loc_, {first_change_keyword_});
    }
}

}  // namespace chiso::dsl::build
