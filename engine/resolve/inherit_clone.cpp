#include "engine/resolve/inherit_clone.hpp"

namespace chiso {
namespace {

template <typename T>
std::vector<T> clone_all(const std::vector<T>& items) {
    std::vector<T> out;
    out.reserve(items.size());
    for (const auto& item : items) out.push_back(clone(item));
    return out;
}

}  // namespace

ast::ExprPtr clone(const ast::ExprPtr& expr) {
    if (!expr) return nullptr;
    auto out = std::make_unique<ast::Expr>();
    out->kind = expr->kind;
    out->number = expr->number;
    out->name = expr->name;
    out->lhs = clone(expr->lhs);
    out->rhs = clone(expr->rhs);
    out->rest.reserve(expr->rest.size());
    for (const auto& link : expr->rest) out->rest.push_back(ast::ExprLink{link.op, clone(link.operand)});
    out->loc = expr->loc;
    return out;
}

ast::CondPtr clone(const ast::CondPtr& cond) {
    if (!cond) return nullptr;
    auto out = std::make_unique<ast::Cond>();
    out->kind = cond->kind;
    out->operands = cond->operands;
    out->cmps = cond->cmps;
    out->parts = clone_all(cond->parts);
    out->flag = cond->flag;
    out->loc = cond->loc;
    return out;
}

ast::Rule clone(const ast::Rule& rule) {
    ast::Rule out;
    out.kind = rule.kind;
    out.levels = rule.levels;
    out.bands = rule.bands;
    out.answers = rule.answers;
    out.expr = clone(rule.expr);
    out.cap = rule.cap;
    out.per = rule.per;
    out.per_event = rule.per_event;
    out.loc = rule.loc;
    return out;
}

ast::Node clone(const ast::Node& node) {
    ast::Node out;
    out.keyword = node.keyword;
    out.code = node.code;
    out.title = node.title;
    out.max = node.max;
    out.weight = node.weight;
    out.weighted = node.weighted;
    out.unchecked = node.unchecked;
    out.survey = node.survey;
    out.optional = node.optional;
    out.allow_negative = node.allow_negative;
    out.allow_negative_loc = node.allow_negative_loc;
    out.up_to = node.up_to;
    out.na = node.na;
    out.na_loc = node.na_loc;
    out.default_value = node.default_value;
    out.inputs = node.inputs;
    if (node.rule) out.rule = clone(*node.rule);
    out.children = clone_all(node.children);
    out.loc = node.loc;
    return out;
}

ast::Tree clone(const ast::Tree& tree) {
    ast::Tree out;
    out.id = tree.id;
    out.title = tree.title;
    out.max = tree.max;
    out.weighted = tree.weighted;
    out.unchecked = tree.unchecked;
    out.children = clone_all(tree.children);
    out.loc = tree.loc;
    return out;
}

ast::Rung clone(const ast::Rung& rung) {
    ast::Rung out;
    out.label = rung.label;
    out.when = clone(rung.when);
    out.override_rung = rung.override_rung;
    out.loc = rung.loc;
    return out;
}

ast::LadderSection clone(const ast::LadderSection& section) {
    ast::LadderSection out;
    out.blocks = section.blocks;
    out.rungs = clone_all(section.rungs);
    out.loc = section.loc;
    return out;
}

ast::Ladder clone(const ast::Ladder& ladder) {
    ast::Ladder out;
    out.id = ladder.id;
    out.name = ladder.name;
    out.sections = clone_all(ladder.sections);
    out.loc = ladder.loc;
    return out;
}

ast::Stat clone(const ast::Stat& stat) {
    ast::Stat out;
    out.id = stat.id;
    out.label = stat.label;
    out.when = clone(stat.when);
    out.loc = stat.loc;
    return out;
}

ast::NodeEdit clone(const ast::NodeEdit& edit) {
    ast::NodeEdit out;
    out.kind = edit.kind;
    out.code = edit.code;
    out.node = clone(edit.node);
    out.given = edit.given;
    out.parent = edit.parent;
    out.after = edit.after;
    out.first = edit.first;
    out.new_code = edit.new_code;
    out.loc = edit.loc;
    return out;
}

ast::TreeEdit clone(const ast::TreeEdit& edit) {
    ast::TreeEdit out;
    out.tree = edit.tree;
    out.title = edit.title;
    out.max = edit.max;
    out.given = edit.given;
    out.weighted = edit.weighted;
    out.unchecked = edit.unchecked;
    out.edits = clone_all(edit.edits);
    out.loc = edit.loc;
    return out;
}

ast::LadderEdit clone(const ast::LadderEdit& edit) {
    ast::LadderEdit out;
    out.ladder = edit.ladder;
    out.sections = clone_all(edit.sections);
    out.loc = edit.loc;
    return out;
}

ast::File clone(const ast::File& file) {
    ast::File out;
    out.source = file.source;
    out.extends = file.extends;
    out.tree_edits = clone_all(file.tree_edits);
    out.block_edits = file.block_edits;
    out.ladder_edits = clone_all(file.ladder_edits);
    out.ladder_replacements = clone_all(file.ladder_replacements);
    out.stat_replacements = clone_all(file.stat_replacements);
    out.removals = file.removals;
    out.index_id = file.index_id;
    out.index_name = file.index_name;
    out.locality_id = file.locality_id;
    out.locality_name = file.locality_name;
    out.year = file.year;
    out.bases = file.bases;
    out.publish = file.publish;
    out.publish_loc = file.publish_loc;
    out.rounding = file.rounding;
    out.ranking = file.ranking;
    out.not_applicable = file.not_applicable;
    out.not_applicable_loc = file.not_applicable_loc;
    out.missing_is_zero = file.missing_is_zero;
    out.missing_loc = file.missing_loc;
    out.blocks = file.blocks;
    out.trees = clone_all(file.trees);
    out.ladders = clone_all(file.ladders);
    out.stats = clone_all(file.stats);
    return out;
}

}  // namespace chiso
