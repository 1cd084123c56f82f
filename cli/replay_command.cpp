// `chiso replay RULES SCORES… [--from OLD]` (docs/years.md#replay).
#include <optional>

#include "cli/cli_messages.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/output_format.hpp"
#include "engine/diff/rule_diff.hpp"
#include "engine/driver/driver.hpp"
#include "engine/replay/replay.hpp"
#include "engine/report/text/replay_report.hpp"

namespace chiso::cli {

int run_replay(const ReplayOptions& options, const CommonOptions& common) {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> rules = load_criteria(sources, options.rules, diags);
    std::optional<CompiledCriteria> from;
    if (!options.from.empty()) from = load_criteria(sources, options.from, diags);
    std::optional<diff::RuleDiff> moves;
    if (rules && from) moves = diff::diff_rules(*from->definition, *rules->definition);
    // Each year is written as soon as it is evaluated and then let go: ten national
    // years of results would not fit in memory at once.
    ReplayWriter writer(options.rules, ReportOptions{options.format, common.lang});
    for (const std::string& path : options.scores) {
        std::optional<ScoreSheet> sheet = load_scores(sources, path, diags);
        if (!sheet || !rules || (!options.from.empty() && !from)) continue;
        const int year = sheet->year;
        std::optional<Results> results = replay::replay(rules->plan, std::move(*sheet), moves ? &*moves : nullptr, diags);
        if (results) writer.add(ReplayedSheet{path, year, &*results});
    }
    if (int code = report(diags, common); code != 0) return code;
    return emit(writer.finish(), OutputTo{options.output, sources, example_file("tinh-lai", options.format)}, common);
}

}  // namespace chiso::cli
