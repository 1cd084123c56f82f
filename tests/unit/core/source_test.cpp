#include "engine/core/source.hpp"

#include <gtest/gtest.h>

#include "engine/core/diagnostics.hpp"

namespace {
constexpr chiso::MessageDef kProbe{"test.probe", "thử", "probe"};
}

TEST(Source, CharacterColumnsCountCharactersNotBytes) {
    chiso::SourceSet set;
    const auto& f = set.add("a.chiso", "tree \"Đống Đa\" x\n");
    chiso::SourceLoc loc{&f, 1, 20};  // byte column of `x`
    EXPECT_EQ(loc.char_col(), 16u);
}

TEST(Source, ByteOrderMarkIsInvisible) {
    chiso::SourceSet set;
    const auto& f = set.add("a.chiso", "\xEF\xBB\xBFindex x\nyear 2024\n");
    EXPECT_EQ(f.line_text(1), "index x");
    chiso::Diagnostics diags;
    diags.error(chiso::SourceLoc{&f, 1, 10}, kProbe);  // parsers count the BOM: `x` is byte 10
    EXPECT_EQ(chiso::render_all(diags, chiso::RenderOptions{chiso::Lang::En, false}),
              "a.chiso:1:7: error: probe\n  index x\n        ^\n");
}

TEST(Source, CrLfLinesAndTabsKeepTheCaretAligned) {
    chiso::SourceSet set;
    const auto& f = set.add("a.yaml", "a: 1\r\n\tb: x\r\n");
    chiso::Diagnostics diags;
    diags.error(chiso::SourceLoc{&f, 2, 5}, kProbe);
    EXPECT_EQ(chiso::render_all(diags, chiso::RenderOptions{chiso::Lang::Vi, false}),
              "a.yaml:2:5: error: thử\n  \tb: x\n  \t   ^\n");
}

TEST(Source, LoadSaysWhyAFileCannotBeRead) {
    chiso::SourceSet set;
    chiso::LoadProblem problem = chiso::LoadProblem::None;
    EXPECT_EQ(set.load("/nonexistent/x.chiso", &problem), nullptr);
    EXPECT_EQ(problem, chiso::LoadProblem::CannotRead);
}

// Finding 18: bytes that are not UTF-8 (a CP1258 file) are echoed escaped, so the
// output stays UTF-8, and the caret still sits under the character.
TEST(Source, InvalidBytesAreEchoedEscaped) {
    chiso::SourceSet set;
    const auto& f = set.add("a.chiso", "locality x \"Ti\xD2nh Ho\xF2" "a\"\n");
    chiso::Diagnostics diags;
    diags.error(chiso::SourceLoc{&f, 1, 22}, kProbe);  // byte column of `a` after \xF2
    EXPECT_EQ(chiso::render_all(diags, chiso::RenderOptions{chiso::Lang::En, false}),
              "a.chiso:1:22: error: probe\n  locality x \"Ti\\xD2nh Ho\\xF2a\"\n"
              "  " + std::string(27, ' ') + "^\n");
}

// Finding 10: a very long line is echoed around the caret, cut with `…`.
TEST(Source, LongLinesAreEchoedAroundTheCaret) {
    chiso::SourceSet set;
    const std::string line = "units: " + std::string(300, '[') + "x" + std::string(300, ']');
    const auto& f = set.add("a.yaml", line + "\n");
    chiso::Diagnostics diags;
    diags.error(chiso::SourceLoc{&f, 1, 308}, kProbe);  // the `x`
    diags.error(chiso::SourceLoc{&f, 1, 3}, kProbe);    // near the start: cut only on the right
    const std::string window = std::string(50, '[') + "x" + std::string(49, ']');
    EXPECT_EQ(chiso::render_all(diags, chiso::RenderOptions{chiso::Lang::En, false}),
              "a.yaml:1:308: error: probe\n  …" + window + "…\n" + "  " + std::string(51, ' ') + "^\n" +
                  "a.yaml:1:3: error: probe\n  " + line.substr(0, 100) + "…\n    ^\n");
}
