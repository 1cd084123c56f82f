#pragma once
// Runs case files written in the tests: the text is loaded as if it were the file
// `tests/unit/testing/<name>` of the repository, so that `criteria:` and `scores:`
// reach the bundled examples and the golden fixtures by relative paths.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "engine/input/test_case_loader.hpp"
#include "engine/testing/run_case.hpp"

namespace chiso::cases::test {

// The demo criteria and scores (examples/demo), from tests/unit/testing/.
inline const char* kDemo =
    "criteria: ../../../examples/demo/par-demo.chiso\n"
    "scores: ../../../examples/demo/scores-2024.yaml\n";
// The small criteria of the golden tests of `chiso test` (tests/golden/files).
inline const char* kSmall =
    "criteria: ../../golden/files/test_tieu_chi.chiso\n"
    "scores: ../../golden/files/test_diem.yaml\n";
inline const char* kSmallCriteria = "criteria: ../../golden/files/test_tieu_chi.chiso\n";

struct Ran {
    SourceSet sources;
    Diagnostics load_diags;
    std::optional<TestFile> file;
    std::vector<CaseRun> runs;

    const CaseRun& run(std::size_t i = 0) const { return runs.at(i); }
    const TestCase& test_case(std::size_t i = 0) const { return file->cases.at(i); }
    std::string render(Lang lang, bool verbose = false, std::size_t i = 0) const {
        return render_case(test_case(i), run(i), RenderOptions{lang, false}, verbose);
    }
    // "subject: check | expected | actual | ok/FAIL" of each check.
    std::vector<std::string> checks(std::size_t i = 0) const {
        std::vector<std::string> out;
        for (const auto& c : run(i).checks)
            out.push_back(c.subject + ": " + c.check + " | " + c.expected + " | " + c.actual + " | " +
                          (c.passed ? "ok" : "FAIL"));
        return out;
    }
    // "line:col id" of the run's diagnostics.
    std::vector<std::string> problems(std::size_t i = 0) const {
        std::vector<std::string> out;
        for (const auto& d : run(i).diags.items())
            out.push_back(std::to_string(d.loc.line) + ":" + std::to_string(d.loc.char_col()) + " " +
                          d.message->id + (d.suggestion.empty() ? "" : " ~" + d.suggestion));
        return out;
    }
};

inline std::unique_ptr<Ran> run_text(const std::string& text, Lang lang = Lang::En, bool show_ids = false) {
    auto out = std::make_unique<Ran>();
    const SourceFile& file = out->sources.add(std::string(CHISO_SOURCE_DIR) + "/tests/unit/testing/case.yaml", text);
    out->file = load_test_file(file, out->load_diags);
    EXPECT_TRUE(out->file) << render_all(out->load_diags, RenderOptions{Lang::En, true});
    if (!out->file) return out;
    for (const auto& tc : out->file->cases) out->runs.push_back(run_case(tc, out->sources, RenderOptions{lang, show_ids}));
    return out;
}

}  // namespace chiso::cases::test
