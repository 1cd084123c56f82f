#pragma once
// Helpers shared by the parser tests.
#include <memory>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "ast_dump.hpp"
#include "dsl/parser.hpp"

namespace chiso::test {

struct Parsed {
    std::unique_ptr<SourceFile> file;  // owned here so diagnostics can render its lines
    Diagnostics diags;
    std::optional<ast::File> ast;
};

inline Parsed parse_text(std::string text) {
    Parsed parsed;
    parsed.file = std::make_unique<SourceFile>("test.chiso", std::move(text));
    parsed.ast = dsl::parse(*parsed.file, parsed.diags);
    return parsed;
}

inline std::string rendered(const Parsed& parsed, Lang lang) { return render_all(parsed.diags, RenderOptions{lang}); }

// The dump of a file that must parse without any diagnostic.
inline std::string dump_valid(std::string text) {
    Parsed parsed = parse_text(std::move(text));
    EXPECT_TRUE(parsed.ast.has_value());
    EXPECT_EQ(rendered(parsed, Lang::En), "");
    return parsed.ast ? dump(*parsed.ast) : std::string();
}

}  // namespace chiso::test
