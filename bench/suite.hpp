#pragma once
// The benchmark suite (bench/README.md): generates the national-size inputs,
// measures every figure of issue 6 against its target, runs the pandas reference
// on the same data and checks it agrees with chiso unit by unit.
#include <string>

namespace chiso::bench {

struct SuiteOptions {
    std::string chiso;       // the chiso program
    std::string self;        // this program (for the in-process phases)
    std::string source_dir;  // the repository: criteria/ and bench/pandas_reference.py
    std::string data_dir;    // where the generated inputs go
    std::string python = "/usr/bin/python3";
    bool quick = false;      // small sizes, few repeats: a smoke test of the suite itself
};

// Prints the table; returns 1 when pandas and chiso disagree or a run fails.
int run_suite(const SuiteOptions& options);

}  // namespace chiso::bench
