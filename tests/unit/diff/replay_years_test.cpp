// Replay of several years on one Replayer (engine/replay/replay_years.hpp): the
// years replayed side by side hand on the same results and the same messages, in
// the order of the files, whatever the number of threads; codes carried in place.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/driver/driver.hpp"
#include "engine/replay/replay_years.hpp"
#include "engine/report/replay_report.hpp"

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

// The bytes `chiso replay RULES PATHS… --format csv` writes, on `threads` threads.
std::string replay_csv(const std::vector<std::string>& paths, unsigned threads) {
    chiso::SourceSet sources;
    chiso::Diagnostics diags;
    auto rules = chiso::load_criteria(sources, source("examples/demo/par-demo-2025.chiso"), diags);
    EXPECT_TRUE(rules);
    if (!rules) return "";
    const chiso::replay::Replayer replayer(rules->plan, nullptr);
    chiso::ReplayWriter writer("par-demo-2025.chiso", chiso::ReportOptions{chiso::Format::Csv, chiso::Lang::En});
    chiso::replay::replay_years(sources, &replayer, paths, threads, diags, [&](const chiso::replay::ReplayedYear& y) {
        writer.add(chiso::ReplayedSheet{y.path, y.year, &y.results});
    });
    EXPECT_EQ(diags.error_count(), 0u) << chiso::render_all(diags, {});
    return writer.finish();
}

std::string text_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The score file at `path` with its units in another order, written beside the
// test's other files; returns its path.
std::string with_units_shuffled(const std::string& path, unsigned seed) {
    const std::string text = text_of(path);
    const std::string item = "\n  - id:";
    std::vector<std::string> units;
    std::size_t at = text.find(item);
    const std::string header = text.substr(0, at);
    while (at != std::string::npos) {
        const std::size_t next = text.find(item, at + 1);
        units.push_back(text.substr(at, next == std::string::npos ? std::string::npos : next - at));
        at = next;
    }
    EXPECT_GT(units.size(), 3u);
    if (units.back().back() != '\n') units.back() += '\n';
    std::mt19937 random(seed);
    std::shuffle(units.begin(), units.end(), random);
    const auto out = std::filesystem::temp_directory_path() /
                     ("chiso-replay-shuffled-" + std::to_string(::getpid()) + "-" + std::to_string(seed) + ".yaml");
    std::ofstream file(out, std::ios::binary);
    file << header;
    for (const std::string& u : units) file << u;
    return out.string();
}

// The rows of one year's CSV (its header line left out).
std::string rows(const std::string& csv) { return csv.substr(csv.find('\n') + 1); }

// The bytes written depend on the years' files and their order only: not on the
// number of threads, not on the order of the units inside a file, and each year's
// rows are those it has replayed alone (the pipeline carries nothing from one
// year to the next; at most two years are in flight, so five cross the window).
TEST(ReplayYears, TheSameBytesForAnyThreadsYearOrderOrUnitOrder) {
    const std::string a = source("examples/demo/scores-2024.yaml");
    const std::string b = source("tests/fixtures/years/scores-2023.yaml");
    const std::string alone_a = replay_csv({a}, 1), alone_b = replay_csv({b}, 1);
    ASSERT_NE(rows(alone_a), "");
    ASSERT_NE(rows(alone_b), "");
    ASSERT_NE(rows(alone_a), rows(alone_b));
    const std::string header = alone_a.substr(0, alone_a.find('\n') + 1);
    const std::string ab = replay_csv({a, b}, 1);
    EXPECT_EQ(ab, header + rows(alone_a) + rows(alone_b));
    for (unsigned threads : {2u, 3u, 8u}) {
        EXPECT_EQ(replay_csv({a, b}, threads), ab) << threads << " threads";
        EXPECT_EQ(replay_csv({b, a}, threads), header + rows(alone_b) + rows(alone_a)) << threads << " threads";
        EXPECT_EQ(replay_csv({a, b, a, b, a}, threads),
                  header + rows(alone_a) + rows(alone_b) + rows(alone_a) + rows(alone_b) + rows(alone_a))
            << threads << " threads";
    }
    for (unsigned seed : {1u, 2u, 3u}) {
        const std::string shuffled = with_units_shuffled(a, seed);
        ASSERT_NE(text_of(shuffled), text_of(a));
        for (unsigned threads : {1u, 2u}) EXPECT_EQ(replay_csv({shuffled, b}, threads), ab) << "seed " << seed;
        std::filesystem::remove(shuffled);
    }
}

// A writer that throws (a full disk, say) stops the run: the workers finish the
// year they are on, take no other, and are joined before the exception leaves.
TEST(ReplayYears, AThrowingWriterStopsThePipeline) {
    chiso::SourceSet sources;
    chiso::Diagnostics diags;
    auto rules = chiso::load_criteria(sources, source("examples/demo/par-demo-2025.chiso"), diags);
    ASSERT_TRUE(rules);
    const chiso::replay::Replayer replayer(rules->plan, nullptr);
    const std::vector<std::string> paths(6, source("examples/demo/scores-2024.yaml"));
    std::size_t handed = 0;
    const auto write = [&](const chiso::replay::ReplayedYear&) {
        if (++handed == 2) throw std::runtime_error("disk full");
    };
    EXPECT_THROW(chiso::replay::replay_years(sources, &replayer, paths, 2, diags, write), std::runtime_error);
    EXPECT_EQ(handed, 2u);
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
