// `chiso replay RULES SCORES… [--from OLD]` (docs/years.md#replay).
#include <optional>

#include "cli/cli_messages.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "engine/diff/rule_diff.hpp"
#include "engine/driver/driver.hpp"
#include "engine/replay/replay.hpp"
#include "engine/report/replay_report.hpp"

namespace chiso::cli {
namespace {

// A year's results; its scores are let go once evaluated (ten national years at once).
struct Replayed {
    std::string path;
    int year = 0;
    Results results;
};

}  // namespace

int run_replay(const ReplayOptions& options, const CommonOptions& common) {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> rules = load_criteria(sources, options.rules, diags);
    std::optional<CompiledCriteria> from;
    if (!options.from.empty()) from = load_criteria(sources, options.from, diags);
    std::optional<diff::RuleDiff> moves;
    if (rules && from) moves = diff::diff_rules(*from->definition, *rules->definition);
    std::vector<Replayed> replayed;
    replayed.reserve(options.scores.size());  // results point into their own entry: no reallocation
    for (const std::string& path : options.scores) {
        std::optional<ScoreSheet> sheet = load_scores(sources, path, diags);
        if (!sheet || !rules || (!options.from.empty() && !from)) continue;
        std::optional<Results> results = replay::replay(rules->plan, *sheet, moves ? &*moves : nullptr, diags);
        if (results) replayed.push_back(Replayed{path, sheet->year, std::move(*results)});
    }
    if (int code = report(diags, common); code != 0) return code;
    std::vector<ReplayedSheet> sheets;
    for (const Replayed& r : replayed) sheets.push_back(ReplayedSheet{r.path, r.year, &r.results});
    return emit(render_replay(options.rules, sheets, ReportOptions{options.format, common.lang}), options.output,
                common);
}

}  // namespace chiso::cli
