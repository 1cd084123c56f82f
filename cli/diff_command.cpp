// `chiso diff OLD NEW [--scores FILE…]`: what changed between two rule sets and,
// with score files, what the change does to each unit (engine/diff). Both criteria
// files and every score file are read before anything is reported, so one run shows
// all their problems; the result is printed (or written) only when all succeeded.
#include "cli/cli_messages.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/output_format.hpp"
#include "engine/diff/outcome_diff.hpp"
#include "engine/diff/rule_diff.hpp"
#include "engine/driver/driver.hpp"
#include "engine/report/diff_report.hpp"

namespace chiso::cli {
namespace {

// A criteria file compiled, with where its changed titles and flags were written.
struct Loaded {
    std::optional<EffectiveCriteria> effective;
    std::optional<CompiledCriteria> compiled;
};

Loaded load(SourceSet& sources, const std::string& path, Diagnostics& diags) {
    Loaded out;
    out.effective = load_effective_criteria(sources, path, diags);
    if (out.effective) out.compiled = with_pooled_years(sources, compile_effective(out.effective->file, diags), diags);
    return out;
}

}  // namespace

int run_diff(const DiffOptions& options, const CommonOptions& common) {
    SourceSet sources;
    Diagnostics diags;
    Loaded old_side = load(sources, options.old_criteria, diags);
    Loaded new_side = load(sources, options.new_criteria, diags);
    std::vector<ScoreSheet> sheets;
    for (const auto& path : options.scores)
        if (auto sheet = load_scores(sources, path, diags)) sheets.push_back(std::move(*sheet));
    if (!old_side.compiled || !new_side.compiled || sheets.size() != options.scores.size()) {
        report(diags, common);
        return 1;
    }

    const diff::RuleDiff rules = diff::diff_rules(*old_side.compiled->definition, *new_side.compiled->definition,
                                                  diff::DiffSources{&old_side.effective->origins,
                                                                    &new_side.effective->origins});
    std::vector<diff::ScoreComparison> comparisons;
    for (const auto& sheet : sheets)
        if (auto c = diff::compare_scores(rules, old_side.compiled->plan, new_side.compiled->plan, sheet, diags,
                                              &old_side.compiled->pooled, &new_side.compiled->pooled))
            comparisons.push_back(std::move(*c));
    if (int code = report(diags, common); code != 0) return code;

    const DiffInput input{options.old_criteria, options.new_criteria, &rules, &comparisons};
    return emit(render_diff(input, options.format, common.lang), OutputTo{options.output, sources, example_file("so-sanh", options.format)}, common);
}

}  // namespace chiso::cli
