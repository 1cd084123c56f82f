// chiso_bench: the benchmark suite of bench/README.md. Without a subcommand it
// runs everything and prints the table; `phase …` is how it measures one step in
// a child process of its own.
#include <CLI/CLI.hpp>

#include <filesystem>

#include "bench/phases.hpp"
#include "bench/suite.hpp"

int main(int argc, char** argv) {
    CLI::App app{"chiso_bench — speed of chiso at national scale, against its targets and a pandas reference"};
    chiso::bench::SuiteOptions options;
    options.self = std::filesystem::canonical("/proc/self/exe").string();
    options.source_dir = CHISO_SOURCE_DIR;
    app.add_option("--chiso", options.chiso, "The chiso program")->required();
    app.add_option("--data", options.data_dir, "Directory for the generated inputs")->required();
    app.add_option("--python", options.python, "Python 3 with pandas");
    app.add_flag("--quick", options.quick, "Small sizes and few repeats (checks the suite works)");

    std::string file, criteria;
    unsigned threads = 1;
    auto* load = app.add_subcommand("phase", "One measured step (used by the suite)")->group("");
    auto* load_fast = load->add_subcommand("load");
    load_fast->add_option("scores", file)->required();
    auto* load_full = load->add_subcommand("load-full");
    load_full->add_option("scores", file)->required();
    auto* eval = load->add_subcommand("eval");
    eval->add_option("criteria", criteria)->required();
    eval->add_option("scores", file)->required();
    eval->add_option("threads", threads)->required();
    auto* kernel = load->add_subcommand("kernel");
    kernel->add_option("criteria", criteria)->required();
    kernel->add_option("scores", file)->required();
    kernel->add_option("threads", threads)->required();
    auto* answers = load->add_subcommand("answers");
    answers->add_option("sheet", file)->required();
    load->require_subcommand(1);
    for (auto* option : {app.get_option("--chiso"), app.get_option("--data")})
        option->required(false);

    CLI11_PARSE(app, argc, argv);
    if (*load_fast) return chiso::bench::phase_load(file, false);
    if (*load_full) return chiso::bench::phase_load(file, true);
    if (*eval) return chiso::bench::phase_eval(criteria, file, threads);
    if (*kernel) return chiso::bench::phase_kernel(criteria, file, threads);
    if (*answers) return chiso::bench::phase_answers(file);
    if (options.chiso.empty() || options.data_dir.empty()) {
        std::fprintf(stderr, "chiso_bench: --chiso and --data are required\n");
        return 2;
    }
    return chiso::bench::run_suite(options);
}
