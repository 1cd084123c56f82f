// The fast score reader against the full one (yaml-cpp): on every YAML file of
// the repository, on generated national-size data and on thousands of one-line
// mutations of real files, the fast reader either declines or returns exactly what
// the full reader returns, positions included, for a file the full reader accepts.
#include "engine/input/fast_scores.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench/national_model.hpp"
#include "bench/score_generator.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso {
namespace {

std::string where(const SourceLoc& l) { return std::to_string(l.line) + ":" + std::to_string(l.byte_col); }

template <typename Holder>  // std::optional or Boxed
void expect_same_value(const Holder& a, const Holder& b, const std::string& at) {
    ASSERT_EQ(a.has_value(), b.has_value()) << at;
    if (!a) return;
    EXPECT_EQ(a->kind, b->kind) << at;
    EXPECT_EQ(a->number, b->number) << at;
    EXPECT_EQ(a->percent, b->percent) << at;
    EXPECT_EQ(a->text, b->text) << at;
    EXPECT_EQ(a->boolean, b->boolean) << at;
    EXPECT_EQ(a->named, b->named) << at;
    EXPECT_EQ(where(a->loc), where(b->loc)) << at;
    ASSERT_EQ(a->named_locs.size(), b->named_locs.size()) << at;
    for (std::size_t i = 0; i < a->named_locs.size(); ++i) EXPECT_EQ(where(a->named_locs[i]), where(b->named_locs[i])) << at;
}

void expect_same_unit(const UnitInput& a, const UnitInput& b) {
    const std::string at = "unit " + b.id;
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.name, b.name) << at;
    EXPECT_EQ(a.block, b.block) << at;
    EXPECT_EQ(a.group, b.group) << at;
    EXPECT_EQ(a.flags, b.flags) << at;
    EXPECT_EQ(a.predecessors, b.predecessors) << at;
    EXPECT_EQ(a.predecessor_locs.size(), b.predecessor_locs.size()) << at;
    for (std::size_t i = 0; i < std::min(a.predecessor_locs.size(), b.predecessor_locs.size()); ++i)
        EXPECT_EQ(where(a.predecessor_locs[i]), where(b.predecessor_locs[i])) << at;
    EXPECT_EQ(where(a.loc), where(b.loc)) << at;
    EXPECT_EQ(where(a.block_loc), where(b.block_loc)) << at;
    ASSERT_EQ(a.entries.size(), b.entries.size()) << at;
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        const NodeEntry& x = a.entries[i];
        const NodeEntry& y = b.entries[i];
        const std::string code = at + " code " + y.code;
        EXPECT_EQ(x.code, y.code) << at;
        EXPECT_EQ(where(x.loc), where(y.loc)) << code;
        expect_same_value(x.value, y.value, code);
        expect_same_value(x.self, y.self, code + " self");
        expect_same_value(x.appraised, y.appraised, code + " appraised");
    }
}

// Returns whether the fast reader accepted the text.
bool check_text(const std::string& name, const std::string& text) {
    SourceFile file(name, text);
    std::optional<ScoreSheet> fast = input::fast_load_score_sheet(file);
    if (!fast) return false;
    Diagnostics diags;
    std::optional<ScoreSheet> full = load_score_sheet_in_full(file, diags);
    EXPECT_TRUE(full.has_value()) << name << ": the fast reader accepted a file the full reader refuses:\n" << text;
    if (!full) return true;
    EXPECT_EQ(fast->index, full->index) << name;
    EXPECT_EQ(fast->locality, full->locality) << name;
    EXPECT_EQ(fast->year, full->year) << name;
    EXPECT_EQ(fast->previous, full->previous) << name;
    EXPECT_EQ(where(fast->index_loc), where(full->index_loc)) << name;
    EXPECT_EQ(where(fast->locality_loc), where(full->locality_loc)) << name;
    EXPECT_EQ(where(fast->year_loc), where(full->year_loc)) << name;
    EXPECT_EQ(where(fast->previous_loc), where(full->previous_loc)) << name;
    EXPECT_EQ(fast->units.size(), full->units.size()) << name;
    for (std::size_t i = 0; i < std::min(fast->units.size(), full->units.size()); ++i)
        expect_same_unit(fast->units[i], full->units[i]);
    return true;
}

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::filesystem::path> repository_yaml() {
    std::vector<std::filesystem::path> files;
    for (const char* dir : {"examples", "tests"}) {
        for (const auto& e : std::filesystem::recursive_directory_iterator(std::filesystem::path(CHISO_SOURCE_DIR) / dir))
            if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

TEST(FastScores, AgreesWithTheFullReaderOnEveryRepositoryFile) {
    std::size_t accepted = 0;
    for (const auto& p : repository_yaml()) accepted += check_text(p.string(), read_file(p)) ? 1 : 0;
    // The examples are in the plain shape: most score files must take the fast path.
    EXPECT_GT(accepted, 20u);
}

TEST(FastScores, ReadsTheDetailedExample) {
    const auto p = std::filesystem::path(CHISO_SOURCE_DIR) / "examples/demo/scores-2024.yaml";
    EXPECT_TRUE(check_text(p.string(), read_file(p)));
}

std::string generated_scores(int units) {
    bench::ScoreSpec spec;
    spec.units = units;
    spec.blocks = 3;
    return bench::scores_yaml(bench::national_model(), spec);
}

TEST(FastScores, ReadsGeneratedNationalData) {
    EXPECT_TRUE(check_text("generated.yaml", generated_scores(300)));
}

// Every line of real files changed in ways people and tools change them: the fast
// reader must decline or agree, never accept what the full reader refuses.
TEST(FastScores, DeclinesOrAgreesOnMutatedFiles) {
    const std::vector<std::pair<std::string, std::string>> edits{
        {": ", ":"}, {": ", ":  "}, {"\"", ""}, {"\"", "'"}, {"{", ""}, {"}", ""}, {", ", ","}, {"- ", "-"},
        {"  ", " "}, {"  ", "   "}, {".", ","}, {"%", ""}, {"có", "~"}, {"1", "1.000"}, {"[", ""}, {"id", "ip"}};
    std::size_t variants = 0;
    const std::string demo = read_file(std::filesystem::path(CHISO_SOURCE_DIR) / "examples/demo/scores-2024.yaml");
    for (const auto& [f, text] : {std::pair<std::string, std::string>{"demo", demo}, {"generated", generated_scores(2)}}) {
        std::vector<std::string> lines;
        std::stringstream in(text);
        for (std::string l; std::getline(in, l);) lines.push_back(l);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const auto join_with = [&](const std::string& replacement, bool drop, bool twice) {
                std::string out;
                for (std::size_t j = 0; j < lines.size(); ++j) {
                    if (j == i && drop) continue;
                    out += (j == i ? replacement : lines[j]) + "\n";
                    if (j == i && twice) out += replacement + "\n";
                }
                return out;
            };
            check_text(f, join_with(lines[i], true, false));
            check_text(f, join_with(lines[i], false, true));
            variants += 2;
            for (const auto& [from, to] : edits) {
                const auto at = lines[i].find(from);
                if (at == std::string::npos) continue;
                std::string changed = lines[i];
                changed.replace(at, from.size(), to);
                check_text(f, join_with(changed, false, false));
                ++variants;
            }
        }
    }
    EXPECT_GT(variants, 500u);
}

}  // namespace
}  // namespace chiso
