// A run keeps at most Diagnostics::kMaxKept messages; the rest are counted, and the
// rendering says how many were not shown.
#include <gtest/gtest.h>

#include "engine/core/diagnostics.hpp"

namespace {

constexpr chiso::MessageDef kProbe{"test.probe", "thử {0}", "probe {0}"};

TEST(DiagnosticsCap, AtTheLimitEverythingIsKept) {
    chiso::Diagnostics diags;
    for (std::size_t i = 0; i < chiso::Diagnostics::kMaxKept; ++i) diags.error(chiso::SourceLoc{}, kProbe, i);
    EXPECT_EQ(diags.items().size(), chiso::Diagnostics::kMaxKept);
    EXPECT_EQ(diags.dropped(), 0u);
    const std::string text = chiso::render_all(diags, chiso::RenderOptions{chiso::Lang::En, true});
    EXPECT_EQ(text.find("core.more-not-shown"), std::string::npos);
}

TEST(DiagnosticsCap, PastTheLimitMessagesAreCountedNotKept) {
    chiso::Diagnostics diags;
    for (std::size_t i = 0; i < chiso::Diagnostics::kMaxKept + 500; ++i) diags.error(chiso::SourceLoc{}, kProbe, i);
    diags.suggest("x");  // belongs to a dropped message: not attached to the last kept one
    EXPECT_EQ(diags.items().size(), chiso::Diagnostics::kMaxKept);
    EXPECT_EQ(diags.items().back().suggestion, "");
    EXPECT_EQ(diags.error_count(), chiso::Diagnostics::kMaxKept + 500);
    EXPECT_EQ(diags.dropped(), 500u);
    const std::string text = chiso::render_all(diags, chiso::RenderOptions{chiso::Lang::En, true});
    EXPECT_NE(text.find("error: probe 999 [test.probe]\n"), std::string::npos) << text.substr(text.size() - 300);
    EXPECT_EQ(text.find("probe 1000"), std::string::npos);
    EXPECT_TRUE(text.ends_with("… and 500 more messages not shown (only the first 1000 are): fix the ones above and "
                               "run again [core.more-not-shown]\n"))
        << text.substr(text.size() - 200);
}

TEST(DiagnosticsCap, AppendKeepsWhatWasOnlyCounted) {
    chiso::Diagnostics part;
    for (std::size_t i = 0; i < chiso::Diagnostics::kMaxKept + 10; ++i) part.error(chiso::SourceLoc{}, kProbe, i);
    chiso::Diagnostics run;
    run.warning(chiso::SourceLoc{}, kProbe, "w");
    run.append(part);
    EXPECT_EQ(run.items().size(), chiso::Diagnostics::kMaxKept);
    EXPECT_EQ(run.error_count(), chiso::Diagnostics::kMaxKept + 10);
    EXPECT_EQ(run.dropped(), 11u);  // one of part's kept errors no longer fits, and part's 10
}

}  // namespace
