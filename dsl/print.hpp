#pragma once
// A criteria file printed back as .chiso text (`chiso show --resolved`): every
// statement, node and ladder rung on its own line, followed by a comment naming the
// file and line it comes from, and the attributes another file changed:
//
//   criterion 1.2 "Báo cáo CCHC" max 3 yesno  # criteria/vn/par.chiso:21 (max: criteria/hatinh/par-2023.chiso:15)
//
// Parsing the text gives the same definition: numbers are exact (12.5, 75%), texts
// are quoted with their escapes, formulas and conditions keep their grouping.
#include <string>
#include <vector>

#include "dsl/ast.hpp"
#include "engine/core/messages.hpp"
#include "dsl/origins.hpp"

namespace chiso {

struct CriteriaTextOptions {
    Lang lang = Lang::Vi;                   // of the header comment
    std::vector<std::string> chain;         // the file, then the file it extends, …: named in the header
    const Origins* origins = nullptr;       // changed titles and flags (see engine/resolve/inherit.hpp)
    bool comments = true;                   // the header and the `# file:line` comments
};

std::string criteria_text(const ast::File& file, const CriteriaTextOptions& options);

// A written number, exactly: "12.5", "-3", "75%". The one spelling of a number as
// the language writes it: `chiso show`, `chiso diff` and the resolved model's dump.
std::string number_text(const ast::Number& number);
std::string rational_text(const Rational& value);
// A text as the language writes it: in double quotes, `"` and `\` escaped; the one
// quoting of `chiso show` and `chiso diff` (a title with a `"` reads the same in both).
std::string quoted(const std::string& text);
// `<`, `<=`, `>`, `>=`, `=`.
const char* cmp_text(Cmp cmp);
// A scoring rule and a condition as written (`levels { "tốt" -> 75%, … }`,
// `80 <= index < 90`), for reports that name them (`chiso diff`).
std::string rule_source_text(const ast::Rule& rule);
std::string condition_source_text(const ast::Cond& cond);
// A value of a condition as written (`mean + 1.5 * sd(sample)`).
std::string value_source_text(const ast::Operand& value);
std::string expression_source_text(const ast::Expr& expr);
// A node's `normalise …` attribute as written (`normalise minmax 1 to 10 lower better
// over years "ddci-2022.yaml"`), for `show --resolved`, the model and `chiso diff`.
std::string normalise_source_text(const ast::Normalise& n);

}  // namespace chiso
