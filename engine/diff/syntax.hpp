#pragma once
// The written form of what the resolved definition keeps only resolved: a node's
// rule as written (75% stays 75%, not 1.5 points), and structural equality of rules
// and conditions. Two rules are the same rule when they are written the same;
// a level "75%" whose node's maximum changed is a change of the maximum, not of the rule.
#include <string>
#include <vector>

#include "dsl/ast.hpp"
#include "engine/model/definition.hpp"

namespace chiso::diff {

// The written nodes of a tree, indexed like TreeDef::nodes (nullptr where the
// effective syntax tree has no node with that code, and for the root).
std::vector<const ast::Node*> written_nodes(const Definition& def, std::size_t tree);
const ast::Tree* written_tree(const Definition& def, const std::string& id);
const ast::Ladder* written_ladder(const Definition& def, const std::string& id);

bool same_expr(const ast::Expr* a, const ast::Expr* b);
bool same_cond(const ast::Cond* a, const ast::Cond* b);
// Rules and the formula inputs they read (`inputs a, b`); nullptr is the default
// rule (points entered directly).
bool same_rule(const ast::Rule* a, const ast::Rule* b);
bool same_number(const std::optional<ast::Number>& a, const std::optional<ast::Number>& b);

}  // namespace chiso::diff
