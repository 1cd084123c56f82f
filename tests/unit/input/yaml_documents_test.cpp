// The pre-scan of input::load_documents: mistakes that yaml-cpp reports badly are
// thrown as a DocumentProblem with their own message and position (findings 9, 10).
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
        diags.add(Severity::Error, SourceLoc{&file, static_cast<std::uint32_t>(e.mark.line + 1),
                                             static_cast<std::uint32_t>(e.mark.column + 1)},
                  *e.message, e.args);
        return render_all(diags, RenderOptions{lang, true});
    }
    return std::nullopt;
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
    EXPECT_EQ(problem(text), "scores.yaml:2:108: error: the data is nested too deeply (more than 100 levels of `[` or `{`): "
                             "check the brackets; see the value forms in docs/input.md [input.too-deep]\n  " +
                                 echoed + "\n  " + std::string(51, ' ') + "^\n");
    EXPECT_FALSE(problem("scores: {\"1\": [1, [2, {a: [3]}]]}\nname: a [b\n"));
    EXPECT_FALSE(problem("a: " + std::string(100, '[') + std::string(100, ']') + "\n"));
}

TEST(YamlDocuments, MessagesAreBilingual) {
    for (const MessageDef* m : {&msg::input::kTooDeep, &msg::input::kUnclosedQuote}) {
        EXPECT_STRNE(m->vi, m->en) << m->id;
    }
    EXPECT_NE(problem("a: " + std::string(101, '[') + "\n", Lang::Vi)->find("dữ liệu lồng nhau quá sâu (quá 100 mức"),
              std::string::npos);
}

}  // namespace
}  // namespace chiso
