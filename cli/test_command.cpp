// `chiso test PATH…`: runs the YAML test cases written by methodology staff and
// testers (docs/testing.md). Everything goes to standard output in order: one
// line per case, under a failing case what failed, and a count at the end.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "cli/commands.hpp"
#include "engine/driver/driver.hpp"
#include "engine/input/test_case_loader.hpp"
#include "engine/input/test_case_sniff.hpp"
#include "engine/testing/run_case.hpp"
#include "engine/testing/testing_messages.hpp"

namespace chiso::cli {
namespace {

namespace fs = std::filesystem;
namespace m = msg::testing;

struct Tally {
    std::size_t passed = 0;
    std::size_t failed = 0;
    std::size_t skipped = 0;
};

// The *.yaml files under `folder`, at any depth, sorted by path.
std::vector<std::string> case_files(const fs::path& folder) {
    std::vector<std::string> out;
    std::error_code error;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        std::error_code kind_error;
        if (it->path().extension() == ".yaml" && it->is_regular_file(kind_error)) {
            out.push_back(it->path().generic_string());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// `in_folder`: found in a folder given on the command line, where a YAML file that
// is no test case (a score or results file) is skipped with a line saying so; a file
// named on the command line is always read as a case.
void run_file(const std::string& path, bool in_folder, const TestOptions& options, const RenderOptions& render,
              Tally& tally) {
    SourceSet sources;
    Diagnostics diags;
    std::optional<cases::TestFile> file;
    if (const SourceFile* source = read_source(sources, path, diags)) {
        if (in_folder && !looks_like_test_case(source->text())) {
            std::cout << localize(m::kFileSkipped, render, path) << '\n';
            ++tally.skipped;
            return;
        }
        file = load_test_file(*source, diags);
    }
    if (!file) {
        std::cout << localize(m::kFileInvalid, render, path) << '\n' << render_all(diags, render);
        ++tally.failed;
        return;
    }
    for (const auto& tc : file->cases) {
        const cases::CaseRun run = cases::run_case(tc, sources, render);
        std::cout << cases::render_case(tc, run, render, options.verbose);
        ++(run.passed ? tally.passed : tally.failed);
    }
}

}  // namespace

int run_test(const TestOptions& options, const CommonOptions& common) {
    const RenderOptions render{common.lang, common.show_ids};
    Tally tally;
    for (const auto& path : options.paths) {
        std::error_code error;
        const fs::file_status status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            std::cout << localize(m::kNoSuchPath, render, path) << '\n';
            ++tally.failed;
        } else if (fs::is_directory(status)) {
            const std::vector<std::string> files = case_files(path);
            if (files.empty()) {
                std::cout << localize(m::kNoTestFiles, render, path) << '\n';
                ++tally.failed;
            }
            const std::size_t before = tally.passed + tally.failed;
            for (const auto& file : files) run_file(file, true, options, render, tally);
            if (!files.empty() && tally.passed + tally.failed == before) {  // every file skipped
                std::cout << localize(m::kNoTestFiles, render, path) << '\n';
                ++tally.failed;
            }
        } else {
            run_file(path, false, options, render, tally);
        }
    }
    if (tally.skipped > 0) std::cout << localize(m::kSkippedCount, render, tally.skipped) << '\n';
    std::cout << localize(m::kSummary, render, tally.passed, tally.failed) << '\n';
    return tally.failed == 0 ? 0 : 1;
}

}  // namespace chiso::cli
