// input::load_documents: the pre-scan for quotes that libyaml would report lines
// too late, and the nesting limit counted while the tree is built, for block and
// flow style alike (findings 9, 10; issue 12).
#include "engine/input/yaml_documents.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "engine/core/diagnostics.hpp"
#include "engine/input/input_messages.hpp"

namespace chiso {
namespace {

// The problem load_documents throws for `text`, rendered as a loader would.
std::optional<std::string> problem(const std::string& text, Lang lang = Lang::En) {
    SourceSet sources;
    const SourceFile& file = sources.add("scores.yaml", text);
    try {
        input::load_documents(text);
    } catch (const input::DocumentProblem& e) {
        Diagnostics diags;
        const auto [line, column] = file.line_col(e.mark.offset);
        diags.add(Severity::Error, SourceLoc{&file, line, column}, *e.message, e.args);
        return render_all(diags, RenderOptions{lang, true});
    } catch (const input::YamlSyntaxError&) {
        return "syntax error";
    }
    return std::nullopt;
}

// Where the problem is, as "line:column (characters) id".
std::string where(const std::string& text) {
    SourceSet sources;
    const SourceFile& file = sources.add("scores.yaml", text);
    try {
        input::load_documents(text);
    } catch (const input::DocumentProblem& e) {
        const auto [line, column] = file.line_col(e.mark.offset);
        const SourceLoc loc{&file, line, column};
        return std::to_string(line) + ":" + std::to_string(loc.char_col()) + " " + e.message->id;
    }
    return "none";
}

TEST(YamlDocuments, UnclosedQuoteBeforeTheNextKey) {
    const std::string text = "units:\n  - id: so-noi-vu\n    name: \"Sở Nội vụ\n    block: so\n    scores:\n      \"1.1\": 2\n";
    EXPECT_EQ(problem(text), "scores.yaml:3:11: error: the quoted text that starts here is never closed [input.unclosed-quote]\n"
                             "      name: \"Sở Nội vụ\n"
                             "            ^\n");
    // The same before the next list item.
    EXPECT_TRUE(problem("units:\n  - name: \"Sở Nội vụ\n  - name: \"Sở Tư pháp\"\n").has_value());
}

TEST(YamlDocuments, QuotedTextsOverSeveralLinesAreAccepted) {
    EXPECT_FALSE(problem("name: \"Sở Nội vụ\n  thành phố Hải Phòng\"\nblock: so\n"));
    EXPECT_FALSE(problem("name: Sở \"Nội vụ\nblock: so\n"));  // a quote inside a plain text
    EXPECT_FALSE(problem("# a \"comment\nblock: so\n"));
    EXPECT_FALSE(problem("patch: |\n  criterion 1.2 \"Kế hoạch\n  max: 3\nblock: so\n"));  // a block text
    EXPECT_FALSE(problem("name: 'Sở \"Nội vụ'\nblock: so\n"));
}

TEST(YamlDocuments, BracketsNestedTooDeeply) {
    const std::string deep = "units: " + std::string(150, '[') + std::string(150, ']') + "\n";
    const std::string text = "index: par\n" + deep;
    const std::string echoed = "…" + std::string(100, '[') + "…";
    EXPECT_EQ(problem(text), "scores.yaml:2:108: error: the data is nested too deeply (more than 100 levels of lists or "
                             "maps: `-`, `?`, `[`, `{` or indentation): check the brackets, the `-` and the indentation; "
                             "see the value forms in docs/input.md [input.too-deep]\n  " +
                                 echoed + "\n  " + std::string(51, ' ') + "^\n");
    EXPECT_FALSE(problem("scores: {\"1\": [1, [2, {a: [3]}]]}\nname: a [b\n"));
    EXPECT_FALSE(problem("a: " + std::string(100, '[') + std::string(100, ']') + "\n"));
    // An unclosed run of brackets is refused at the same bracket, not read to the end.
    EXPECT_EQ(where("a: " + std::string(5000, '[') + "\n"), "1:104 input.too-deep");
}

// Block style gets the same limit and message, at the `-`, `?` or key opening the
// level over it (the top node is level 0, as the top map is for `units: [[…`).
TEST(YamlDocuments, BlockNestingTooDeep) {
    std::string dashes;
    for (int i = 0; i < 300; ++i) dashes += "- ";
    EXPECT_EQ(where("a: x\nb:\n  " + dashes + "x\n"), "3:203 input.too-deep");
    std::string questions;
    for (int i = 0; i < 300; ++i) questions += "? ";
    EXPECT_EQ(where("a: x\nb:\n  " + questions + "x\n"), "3:203 input.too-deep");
    // Maps nested by indentation: the key of level 101 (line 102).
    std::string indented;
    for (int i = 0; i < 300; ++i) indented += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
    EXPECT_EQ(where(indented), "102:102 input.too-deep");
    // Mixed: 50 block lists holding 60 flow lists.
    std::string mixed;
    for (int i = 0; i < 50; ++i) mixed += "- ";
    mixed += std::string(60, '[') + std::string(60, ']') + "\n";
    EXPECT_EQ(where(mixed), "1:152 input.too-deep");
    std::string fine;
    for (int i = 0; i < 101; ++i) fine += "- ";
    EXPECT_EQ(where(fine + "x\n"), "none");
}

TEST(YamlDocuments, MessagesAreBilingual) {
    for (const MessageDef* m : {&msg::input::kTooDeep, &msg::input::kUnclosedQuote, &msg::input::kAliasTooLarge}) {
        EXPECT_STRNE(m->vi, m->en) << m->id;
    }
    EXPECT_NE(problem("a: " + std::string(101, '[') + "\n", Lang::Vi)->find("dữ liệu lồng nhau quá sâu (quá 100 mức"),
              std::string::npos);
}

}  // namespace
}  // namespace chiso
