#include "bench/phases.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "engine/driver/driver.hpp"
#include "engine/eval/evaluate.hpp"
#include "engine/input/answer_sheet.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso::bench {
namespace {

double since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int failed(const Diagnostics& diags, const std::string& what) {
    std::fprintf(stderr, "chiso_bench: %s: %zu error(s)\n", what.c_str(), diags.error_count());
    return 1;
}

// Leaves whose rule was applied to an entered value: what "leaf evaluations" counts.
std::size_t leaves_scored(const Results& results) {
    std::size_t n = 0;
    for (const auto& block : results.blocks)
        for (const auto& unit : block.units)
            for (NodeId id = 0; id < block.nodes.nodes(); ++id) {
                const NodeValue o = block.node(unit, id);
                if (o.evaluated && o.source == NodeSource::Rule) ++n;
            }
    return n;
}

}  // namespace

int phase_load(const std::string& scores, bool full) {
    SourceSet sources;
    const SourceFile* file = sources.load(scores);
    if (!file) {
        std::fprintf(stderr, "chiso_bench: cannot read %s\n", scores.c_str());
        return 1;
    }
    Diagnostics diags;
    const auto start = std::chrono::steady_clock::now();
    std::optional<ScoreSheet> sheet = full ? load_score_sheet_in_full(*file, diags) : load_score_sheet(*file, diags);
    const double seconds = since(start);
    if (!sheet) return failed(diags, scores);
    fmt::print("seconds={:.6f} bytes={} units={}\n", seconds, file->size(), sheet->units.size());
    return 0;
}

int phase_answers(const std::string& path) {
    SourceSet sources;
    const SourceFile* file = sources.load(path);
    if (!file) {
        std::fprintf(stderr, "chiso_bench: cannot read %s\n", path.c_str());
        return 1;
    }
    double best = 1e30;
    std::size_t rows = 0, columns = 0;
    for (int round = 0; round < 3; ++round) {
        Diagnostics diags;
        const auto start = std::chrono::steady_clock::now();
        std::optional<AnswerTable> table = read_answer_sheet(*file, AnswerReadOptions{}, diags);
        best = std::min(best, since(start));
        if (!table) return failed(diags, path);
        rows = table->rows();
        columns = table->width();
    }
    fmt::print("seconds={:.6f} bytes={} rows={} columns={}\n", best, file->size(), rows, columns);
    return 0;
}

int phase_eval(const std::string& criteria, const std::string& scores, unsigned threads) {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> compiled = load_criteria(sources, criteria, diags);
    std::optional<ScoreSheet> sheet = load_scores(sources, scores, diags);
    if (!compiled || !sheet) return failed(diags, scores);
    const EvaluateOptions options{.threads = threads};
    double best = 1e30;
    std::size_t leaves = 0;
    for (int round = 0; round < 3; ++round) {
        const auto start = std::chrono::steady_clock::now();
        std::optional<Results> results = evaluate(compiled->plan, *sheet, diags, options);
        best = std::min(best, since(start));
        if (!results) return failed(diags, scores);
        leaves = leaves_scored(*results);
    }
    fmt::print("seconds={:.6f} leaves={} units={}\n", best, leaves, sheet->units.size());
    return 0;
}

}  // namespace chiso::bench
