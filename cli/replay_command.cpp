// `chiso replay RULES SCORES… [--from OLD]` (docs/years.md#replay).
#include <optional>

#include "cli/cli_messages.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/output_format.hpp"
#include "engine/diff/rule_diff.hpp"
#include "engine/driver/driver.hpp"
#include "engine/eval/evaluate.hpp"
#include "engine/replay/replay.hpp"
#include "engine/replay/replay_years.hpp"
#include "engine/report/replay_report.hpp"

namespace chiso::cli {

int run_replay(const ReplayOptions& options, const CommonOptions& common) {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> rules = load_criteria(sources, options.rules, diags);
    std::optional<CompiledCriteria> from;
    if (!options.from.empty()) from = load_criteria(sources, options.from, diags);
    std::optional<diff::RuleDiff> moves;
    if (rules && from) moves = diff::diff_rules(*from->definition, *rules->definition);
    // The rules compiled once for every year; without them (or without the old
    // rules asked for) the score files are still loaded, for their own messages.
    std::optional<replay::Replayer> replayer;
    if (rules && (options.from.empty() || from)) replayer.emplace(rules->plan, moves ? &*moves : nullptr, &rules->pooled);
    // Each year is written as soon as it is evaluated and then let go: ten national
    // years of results would not fit in memory at once.
    ReplayWriter writer(options.rules, ReportOptions{options.format, common.lang});
    replay::replay_years(sources, replayer ? &*replayer : nullptr, options.scores, available_threads(), diags,
                         [&](const replay::ReplayedYear& y) { writer.add(ReplayedSheet{y.path, y.year, &y.results}); });
    if (int code = report(diags, common); code != 0) return code;
    return emit(writer.finish(), OutputTo{options.output, sources, example_file("tinh-lai", options.format)}, common);
}

}  // namespace chiso::cli
