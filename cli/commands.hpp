#pragma once
// The chiso commands. Each returns the process exit code: 0 ok, 1 a problem in
// the user's files, 2 a usage or internal error.
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/report/report.hpp"

namespace chiso::cli {

struct CommonOptions {
    std::string lang_name = "vi";
    Lang lang = Lang::Vi;
    bool show_ids = false;
};

int run_check(const std::vector<std::string>& files, const CommonOptions& common);

struct EvalOptions {
    std::string criteria;
    std::string scores;
    Format format = Format::Table;
    std::string output;  // empty: standard output
};
int run_eval(const EvalOptions& options, const CommonOptions& common);

struct ExplainOptions {
    std::string criteria;
    std::string scores;
    std::string unit;
    std::string output;
};
int run_explain(const ExplainOptions& options, const CommonOptions& common);

// `chiso show --resolved FILE`: the effective criteria after `extends`, each item
// with the file and line it comes from (cli/show_command.cpp).
struct ShowOptions {
    std::string file;
    bool resolved = false;
    std::string output;
};
int run_show(const ShowOptions& options, const CommonOptions& common);

// `chiso test PATH…`: runs YAML test cases (files, or directories searched for
// *.yaml) and prints expected vs actual per unit (cli/test_command.cpp).
struct TestOptions {
    std::vector<std::string> paths;
    bool verbose = false;  // also list passing checks
};
int run_test(const TestOptions& options, const CommonOptions& common);

}  // namespace chiso::cli
