#pragma once
// A compact text form of the AST for tests: one line per construct, with its
// line:byte_column, so a test can compare a whole parsed file in one EXPECT_EQ.
#include <string>

#include "dsl/ast.hpp"

namespace chiso::test {

std::string dump(const ast::File& file);
std::string dump(const ast::Expr& expr);
std::string dump(const ast::Cond& cond);
std::string dump(const ast::Rule& rule);

}  // namespace chiso::test
