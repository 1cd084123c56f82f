// chiso_bench_gen: writes the synthetic national-size inputs the benchmarks use
// (bench/README.md). Any size; the same seed gives the same bytes.
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>

#include "bench/answer_sheet_generator.hpp"
#include "bench/national_model.hpp"
#include "bench/score_generator.hpp"

namespace {

int write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    if (!out) {
        std::cerr << "chiso_bench_gen: cannot write " << path << '\n';
        return 1;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"chiso_bench_gen — synthetic national-size criteria and score files for benchmarks"};
    app.require_subcommand(1);
    chiso::bench::ScoreSpec spec;
    std::string output;

    auto* criteria = app.add_subcommand("criteria", "The national-size criteria file (.chiso)");
    criteria->add_option("--year", spec.year, "Year");
    criteria->add_option("--blocks", spec.blocks, "Number of blocks b1..bN");
    criteria->add_option("-o,--output", output, "Output file")->required();

    bool csv = false;
    auto* scores = app.add_subcommand("scores", "A score file for N units (YAML, or CSV with --csv)");
    scores->add_option("--units", spec.units, "Number of units")->check(CLI::Range(1, 10'000'000));
    scores->add_option("--blocks", spec.blocks, "Number of blocks")->check(CLI::Range(1, 1000));
    scores->add_option("--year", spec.year, "Year");
    scores->add_option("--seed", spec.seed, "Seed of the values");
    scores->add_flag("--csv", csv, "Write the CSV score format");
    scores->add_option("-o,--output", output, "Output file")->required();

    auto* rules = app.add_subcommand("rules", "The leaf table the pandas reference reads");
    rules->add_option("-o,--output", output, "Output file")->required();

    int forms = 100000, questions = 40, units = 200;
    auto* answers = app.add_subcommand("answers", "A survey answer sheet (CSV, one row per form)");
    answers->add_option("--forms", forms, "Number of forms")->check(CLI::Range(1, 10'000'000));
    answers->add_option("--questions", questions, "Number of questions")->check(CLI::Range(1, 1000));
    answers->add_option("--units", units, "Number of units rated")->check(CLI::Range(1, 100000));
    answers->add_option("--seed", spec.seed, "Seed of the answers");
    answers->add_option("-o,--output", output, "Output file")->required();

    CLI11_PARSE(app, argc, argv);
    if (*answers) return write_file(output, chiso::bench::answer_sheet_csv(forms, questions, units, spec.seed));
    const auto model = chiso::bench::national_model();
    if (*criteria) return write_file(output, chiso::bench::criteria_text(model, spec.year, spec.blocks));
    if (*scores)
        return write_file(output, csv ? chiso::bench::scores_csv(model, spec) : chiso::bench::scores_yaml(model, spec));
    return write_file(output, chiso::bench::rule_table_csv(model));
}
