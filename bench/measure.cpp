#include "bench/measure.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>

namespace chiso::bench {

Run run_program(const std::vector<std::string>& argv) {
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        dup2(pipe_fds[1], STDOUT_FILENO);
        close(pipe_fds[0]);
        close(pipe_fds[1]);
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    close(pipe_fds[1]);
    Run run;
    char buffer[4096];
    for (ssize_t n; (n = read(pipe_fds[0], buffer, sizeof buffer)) > 0;) run.out.append(buffer, static_cast<std::size_t>(n));
    close(pipe_fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.peak_kib = usage.ru_maxrss;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

Run run_median(const std::vector<std::string>& argv, int times) {
    std::vector<Run> runs;
    for (int i = 0; i < times; ++i) runs.push_back(run_program(argv));
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.seconds < b.seconds; });
    Run median = runs[runs.size() / 2];
    for (const Run& r : runs) median.peak_kib = std::max(median.peak_kib, r.peak_kib);
    for (const Run& r : runs) median.exit_code = std::max(median.exit_code, r.exit_code);
    return median;
}

double field(const std::string& report, const std::string& key) {
    const std::string needle = key + "=";
    std::size_t at = report.rfind(needle);
    while (at != std::string::npos && at > 0 && report[at - 1] != ' ' && report[at - 1] != '\n')
        at = report.rfind(needle, at - 1);
    if (at == std::string::npos) return 0;
    return std::stod(report.substr(at + needle.size()));
}

}  // namespace chiso::bench
