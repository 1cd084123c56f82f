#pragma once
// Timing and peak memory of a program run as a child process: wall time with
// process start included (what a user waits for), peak resident memory from the
// kernel's accounting of that child alone.
#include <string>
#include <vector>

namespace chiso::bench {

struct Run {
    double seconds = 0;
    long peak_kib = 0;
    int exit_code = -1;
    std::string out;  // standard output
};

// Runs argv[0] with its arguments; standard error passes through.
Run run_program(const std::vector<std::string>& argv);

// The median of `times` runs (odd), with the largest peak of them.
Run run_median(const std::vector<std::string>& argv, int times);

// `key=value` from a child's report line, 0 when absent.
double field(const std::string& report, const std::string& key);

}  // namespace chiso::bench
