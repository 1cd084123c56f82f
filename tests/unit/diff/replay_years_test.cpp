// Replay of several years on one Replayer (engine/replay/replay_years.hpp): the
// years replayed side by side hand on the same results and the same messages, in
// the order of the files, whatever the number of threads; codes carried in place.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "engine/driver/driver.hpp"
#include "engine/replay/replay_years.hpp"

namespace {

std::string source(const std::string& path) { return std::string(CHISO_SOURCE_DIR) + "/" + path; }

// Every year handed on (file, year, each unit's index and rank) and every message.
std::string replay_text(unsigned threads) {
    chiso::SourceSet sources;
    chiso::Diagnostics diags;
    auto rules = chiso::load_criteria(sources, source("tests/fixtures/replay/par-demo-2026.chiso"), diags);
    auto from = chiso::load_criteria(sources, source("examples/demo/par-demo.chiso"), diags);
    EXPECT_TRUE(rules && from);
    if (!rules || !from) return "";
    const auto moves = chiso::diff::diff_rules(*from->definition, *rules->definition);
    const chiso::replay::Replayer replayer(rules->plan, &moves);
    const std::vector<std::string> paths{
        source("examples/demo/scores-2024.yaml"),          source("tests/fixtures/years/scores-2023.yaml"),
        source("tests/golden/files/replay/diem-sipas.yaml"),  // another index: reported, not handed on
        source("tests/golden/files/replay/diem-1.3-va-1.4.yaml"),
        source("tests/fixtures/replay/khong-co.yaml"),     // unreadable: reported
        source("examples/demo/scores-2024.yaml"),
    };
    std::string text;
    chiso::replay::replay_years(sources, &replayer, paths, threads, diags, [&](const chiso::replay::ReplayedYear& y) {
        text += y.path.substr(y.path.rfind('/') + 1) + " " + std::to_string(y.year) + "\n";
        for (const auto& block : y.results.blocks)
            for (const auto& unit : block.units)
                text += "  " + unit.id + " " + unit.published.to_fixed(2) + " #" + std::to_string(unit.rank) + "\n";
    });
    return text + chiso::render_all(diags, chiso::RenderOptions{chiso::Lang::En, true});
}

TEST(ReplayYears, TheSameResultsAndMessagesInOrderForAnyNumberOfThreads) {
    const std::string one = replay_text(1);
    EXPECT_NE(one.find("scores-2024.yaml 2024\n"), std::string::npos) << one;
    EXPECT_NE(one.find("scores-2023.yaml 2023\n"), std::string::npos) << one;
    EXPECT_EQ(one.find("diem-sipas.yaml"), one.find("diem-sipas.yaml:")) << "another index is not handed on";
    EXPECT_NE(one.find("[replay.other-index]"), std::string::npos) << one;
    EXPECT_NE(one.find("[replay.code-moved]"), std::string::npos) << one;
    EXPECT_NE(one.find("[replay.code-taken]"), std::string::npos) << one;
    EXPECT_NE(one.find("khong-co.yaml"), std::string::npos) << one;
    EXPECT_LT(one.find("scores-2023.yaml 2023"), one.find("diem-1.3-va-1.4.yaml")) << one;
    for (unsigned threads : {2u, 3u, 8u}) EXPECT_EQ(replay_text(threads), one) << threads << " threads";
}

// Without rules (they did not compile) the files are still loaded for their own
// messages, and nothing is handed on.
TEST(ReplayYears, WithoutRulesTheFilesAreStillLoaded) {
    chiso::SourceSet sources;
    chiso::Diagnostics diags;
    const std::vector<std::string> paths{source("tests/golden/files/replay/diem-sipas.yaml"),
                                         source("tests/fixtures/replay/khong-co.yaml")};
    std::size_t handed = 0;
    chiso::replay::replay_years(sources, nullptr, paths, 2, diags, [&](const auto&) { ++handed; });
    EXPECT_EQ(handed, 0u);
    EXPECT_EQ(diags.error_count(), 1u) << chiso::render_all(diags, {});
}

}  // namespace
