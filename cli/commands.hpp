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
    std::string previous;           // last year's results or scores (else the score file's `previous:`)
    std::string previous_criteria;  // criteria for last year's scores
    bool xlsx = false;  // the Excel annex instead of `format` (needs `output`)
    bool bom = false;   // CSV starts with a UTF-8 byte-order mark, for Excel
    std::string answers;  // survey answer sheet (else the score file's `answers:`)
};
int run_eval(const EvalOptions& options, const CommonOptions& common);
// `chiso report`: the same evaluation (and comparison) as eval, written as one HTML page.
int run_report(const EvalOptions& options, const CommonOptions& common);

struct ExplainOptions {
    std::string criteria;
    std::string scores;
    std::string unit;
    std::string output;
    std::string answers;  // survey answer sheet (else the score file's `answers:`)
};
int run_explain(const ExplainOptions& options, const CommonOptions& common);

// `chiso show --resolved FILE`: the effective criteria after `extends`, each item
// with the file and line it comes from (cli/show_command.cpp).
struct ShowOptions {
    std::string file;
    bool resolved = false;
    bool definition = false;  // the resolved model (engine/model/dump.hpp) instead of .chiso text
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

// `chiso diff OLD NEW [--scores FILE…]`: the rule changes between two criteria files
// and, per score file, the outcomes under both and why they moved (cli/diff_command.cpp).
struct DiffOptions {
    std::string old_criteria;
    std::string new_criteria;
    std::vector<std::string> scores;
    Format format = Format::Table;
    std::string output;  // empty: standard output
};
int run_diff(const DiffOptions& options, const CommonOptions& common);

// `chiso replay RULES SCORES… [--from OLD]`: past years' scores evaluated under RULES
// (cli/replay_command.cpp, docs/years.md).
struct ReplayOptions {
    std::string rules;
    std::vector<std::string> scores;
    std::string from;  // the rules the scores were entered for: carries renumbered codes
    Format format = Format::Table;
    std::string output;  // empty: standard output
};
int run_replay(const ReplayOptions& options, const CommonOptions& common);

}  // namespace chiso::cli
