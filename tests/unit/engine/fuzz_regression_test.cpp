// Inputs found while fuzzing (fuzz/README.md) that hung or took minutes. Each runs
// first in a child process with a deadline, so that a regression fails the test
// instead of hanging the suite (and, for the YAML loop, eating all memory); then
// again here, to check what is reported.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include "engine/driver/driver.hpp"
#include "engine/input/test_case_loader.hpp"
#include "engine/input/yaml_loader.hpp"

namespace {

// Whether `work` returns within `seconds`, run in a child process killed at the deadline.
bool finishes_within(int seconds, const std::function<void()>& work) {
    const pid_t child = fork();
    if (child < 0) return false;
    if (child == 0) {
        work();
        _exit(0);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    int status = 0;
    while (waitpid(child, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            kill(child, SIGKILL);
            waitpid(child, &status, 0);
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

std::string load_scores_text(const std::string& text) {
    const chiso::SourceFile file("fuzz.yaml", text);
    chiso::Diagnostics diags;
    const auto sheet = chiso::load_score_sheet(file, diags);
    return (sheet ? "sheet\n" : "") + render_all(diags, chiso::RenderOptions{chiso::Lang::En, true});
}

}  // namespace

// yaml-cpp 0.7's LoadAll never returned on a document starting with `,` (it started
// the next document at the same token, forever, taking memory at each turn); the
// file is now read by libyaml, which is kept to the same answers.
TEST(FuzzRegression, StrayCommaInScoreFileIsAYamlError) {
    for (const std::string text : {",", ", a", "- a\n,", "index: par\n---\n,", "!tag ,"}) {
        ASSERT_TRUE(finishes_within(5, [&] { load_scores_text(text); })) << "hangs on: " << text;
    }
    EXPECT_EQ(load_scores_text(","),
              "fuzz.yaml:1:1: error: the file is not valid YAML (did not find expected node content); check the "
              "indentation and the `:` on this line or the one above [input.not-yaml]\n  ,\n  ^\n");
    EXPECT_EQ(load_scores_text("- a\n,"),
              "fuzz.yaml:2:1: error: the file is not valid YAML (did not find expected '-' indicator); check the "
              "indentation and the `:` on this line or the one above [input.not-yaml]\n  ,\n  ^\n");
    // A trailing `---` still makes a harmless empty document.
    EXPECT_EQ(load_scores_text("index: par\nlocality: x\nyear: 2024\nunits: []\n---\n"), "sheet\n");
}

TEST(FuzzRegression, StrayCommaInTestCaseFileIsAYamlError) {
    const auto load = [] {
        const chiso::SourceFile file("case.yaml", ",");
        chiso::Diagnostics diags;
        chiso::load_test_file(file, diags);
        return render_all(diags, chiso::RenderOptions{chiso::Lang::En, true});
    };
    ASSERT_TRUE(finishes_within(5, [&] { load(); }));
    EXPECT_NE(load().find("case.yaml:1:1: error: the file is not valid YAML (did not find expected node content)"), std::string::npos)
        << load();
}

// "Did you mean" compared every pair of characters of two names: a block naming
// an unknown tree of 20 000 characters, next to a tree of 20 000, took minutes.
TEST(FuzzRegression, DidYouMeanOnLongNamesIsLinear) {
    const std::string a(20000, 'a');
    const std::string b(20000, 'b');
    const std::string near = a.substr(1) + "b";  // one edit from `a`
    // The suggestion for the unknown tree `block_tree`, or "-" when that error is missing.
    const auto suggestion = [&](const std::string& block_tree, const std::string& tree) {
        const chiso::SourceFile file("long.chiso", "index par \"x\"\nlocality x \"X\"\nyear 2024\nblock so \"S\" tree " +
                                                       block_tree + "\ntree " + tree + " \"T\" max 10\n");
        chiso::Diagnostics diags;
        chiso::compile_criteria(file, diags);
        for (const auto& d : diags.items()) {
            if (std::string(d.message->id) == "resolve.unknown-tree") return d.suggestion;
        }
        return std::string("-");
    };
    ASSERT_TRUE(finishes_within(20, [&] { suggestion(a, b); }));
    ASSERT_TRUE(finishes_within(20, [&] { suggestion(a, near); }));

    EXPECT_TRUE(suggestion(a, b).empty());
    EXPECT_TRUE(suggestion(a, near) == near) << "a typo in a long name is still suggested";
}
