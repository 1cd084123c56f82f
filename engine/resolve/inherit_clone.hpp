#pragma once
// Deep copies of syntax-tree parts. Expressions and conditions are owned through
// unique_ptr, so rules, nodes, trees, ladders and statistics cannot be copied
// implicitly; inheritance copies a child's additions and replacements into the
// effective file with these. Every copy keeps the positions of the original.
#include "dsl/ast.hpp"

namespace chiso {

ast::ExprPtr clone(const ast::ExprPtr& expr);
ast::CondPtr clone(const ast::CondPtr& cond);
ast::Rule clone(const ast::Rule& rule);
ast::Node clone(const ast::Node& node);
ast::Tree clone(const ast::Tree& tree);
ast::Rung clone(const ast::Rung& rung);
ast::LadderSection clone(const ast::LadderSection& section);
ast::Ladder clone(const ast::Ladder& ladder);
ast::Stat clone(const ast::Stat& stat);
ast::NodeEdit clone(const ast::NodeEdit& edit);
ast::TreeEdit clone(const ast::TreeEdit& edit);
ast::LadderEdit clone(const ast::LadderEdit& edit);
ast::File clone(const ast::File& file);

}  // namespace chiso
