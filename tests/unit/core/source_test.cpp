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
