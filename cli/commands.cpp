#include "cli/commands.hpp"

#include <iostream>

#include "cli/cli_messages.hpp"
#include "cli/eval_output.hpp"
#include "cli/output.hpp"
#include "engine/core/normalise.hpp"
#include "engine/core/suggest.hpp"
#include "engine/driver/driver.hpp"
#include "engine/driver/previous.hpp"
#include "engine/eval/evaluate.hpp"
#include "engine/eval/trace.hpp"
#include "engine/report/report.hpp"

namespace chiso::cli {
namespace {

RenderOptions render_options(const CommonOptions& common) { return RenderOptions{common.lang, common.show_ids}; }

std::size_t criteria_count(const Definition& def) {
    std::size_t n = 0;
    for (const auto& tree : def.trees) n += tree.nodes.size() - 1;
    return n;
}

struct Evaluated {
    std::optional<CompiledCriteria> criteria;
    std::optional<ScoreSheet> sheet;
    std::optional<Results> results;
};

// Loads both files (reporting the problems of both) and evaluates into `e`, which
// stays where the caller keeps it: the results' tracer (which re-runs the
// evaluator for the units an explanation shows) points into its plan and sheet.
void evaluate_files(SourceSet& sources, const std::string& criteria, const std::string& scores,
                    const std::string& answers, Diagnostics& diags, Evaluated& e) {
    e.criteria = load_criteria(sources, criteria, diags);
    e.sheet = load_scores(sources, scores, diags);
    if (!e.criteria || !e.sheet) return;
    if (!load_answer_sheet(sources, *e.criteria->definition, *e.sheet, answers, diags)) return;
    const EvaluateOptions options{.threads = available_threads(), .pooled = &e.criteria->pooled};
    e.results = evaluate(e.criteria->plan, *e.sheet, diags, options);
    if (e.results) e.results->tracer = reference_tracer(e.criteria->plan, *e.sheet, e.results->normalisations);
}

}  // namespace

int run_check(const std::vector<std::string>& files, const CommonOptions& common) {
    SourceSet sources;
    Diagnostics diags;
    std::string summary;
    for (const auto& path : files) {
        auto criteria = load_criteria(sources, path, diags);
        if (!criteria) continue;
        const Definition& def = *criteria->definition;
        summary += localize(msg::kCheckOk, render_options(common), path, def.blocks.size(), criteria_count(def),
                            def.ladders.size()) + "\n";
    }
    std::cout << summary;  // checked at the end (finish_standard_output)
    return report(diags, common, msg::kCheckErrorCount);
}

// Last year's results compared with this year's, when a previous file is named on
// the command line or in the score file; nullopt otherwise or on error.
std::optional<YearComparison> compare_with_previous(SourceSet& sources, const EvalOptions& options,
                                                    const Evaluated& e, std::optional<PreviousYear>& previous,
                                                    Diagnostics& diags) {
    const std::string path = options.previous.empty() ? previous_named_in(*e.sheet) : options.previous;
    if (path.empty()) return std::nullopt;
    previous = load_previous_year(sources, PreviousRequest{path, options.previous_criteria}, *e.criteria, diags);
    if (!previous) return std::nullopt;
    return compare_years(*e.results, *e.sheet, *previous, diags);
}

// Loads and evaluates both files, compares with last year when asked, reports;
// on success hands the results, and the files read (which the output must not
// replace), to `write`.
// `explains`: the output explains units (the HTML report), which re-runs the
// evaluator over the sheet's entries; otherwise they are freed before the output is
// built (release_entries: the output's peak memory without them).
template <typename Write>
int evaluate_and_write(const EvalOptions& options, const CommonOptions& common, bool explains, Write write) {
    SourceSet sources;
    Diagnostics diags;
    Evaluated e;
    evaluate_files(sources, options.criteria, options.scores, options.answers, diags, e);
    std::optional<PreviousYear> previous;
    std::optional<YearComparison> comparison;
    if (e.results) comparison = compare_with_previous(sources, options, e, previous, diags);
    if (e.results && !explains) {
        e.results->tracer.reset();
        release_entries(*e.sheet);
    }
    if (int code = report(diags, common); code != 0 || !e.results) return code == 0 ? 1 : code;
    return write(*e.results, comparison ? &*comparison : nullptr, sources);
}

int run_eval(const EvalOptions& options, const CommonOptions& common) {
    if (int code = check_eval_output(options, common); code != 0) return code;
    return evaluate_and_write(options, common, false,
                              [&](const Results& results, const YearComparison* comparison, const SourceSet& read) {
                                  return emit_results(results, ReportOptions{options.format, common.lang, comparison},
                                                      options, read, common);
                              });
}

// The HTML report explains every unit: each is traced as its explanation is written.
int run_report(const EvalOptions& options, const CommonOptions& common) {
    return evaluate_and_write(options, common, true,
                              [&](const Results& results, const YearComparison* comparison, const SourceSet& read) {
                                  return emit(render_html_report(results, common.lang, comparison),
                                              OutputTo{options.output, read, "bao-cao.html"}, common);
                              });
}

namespace {

struct UnitFound {
    const BlockResult* block;
    const UnitResult* unit;
};

// The unit whose id is `wanted`, else every unit named `wanted`: names are not
// unique (two communes of one name in different districts), ids are.
std::vector<UnitFound> units_called(const Results& results, const std::string& wanted) {
    // The unit as typed on the command line, normalised like ids in files
    // (engine/core/normalise.hpp): `SO-NOI-VU`, `"Sở Nội vụ "`.
    const std::string key = text_key(wanted);
    std::vector<UnitFound> named;
    for (const auto& block : results.blocks) {
        for (const auto& unit : block.units) {
            if (text_key(unit.id) == key) return {UnitFound{&block, &unit}};
            if (text_key(unit.name) == key) named.push_back(UnitFound{&block, &unit});
        }
    }
    return named;
}

// No unit called so: the closest id. Several: their ids, for the user to choose.
int report_unit_not_found(const Results& results, const std::vector<UnitFound>& found, const std::string& wanted,
                          const CommonOptions& common) {
    Diagnostics diags;
    if (found.empty()) {
        std::vector<std::string> ids;
        for (const auto& block : results.blocks)
            for (const auto& unit : block.units) ids.push_back(unit.id);
        diags.error(SourceLoc{}, msg::kUnknownUnit, wanted);
        diags.suggest(closest_match(wanted, ids));
    } else {
        std::string ids;
        for (const UnitFound& f : found) ids += (ids.empty() ? "" : ", ") + f.unit->id;
        diags.error(SourceLoc{}, msg::kAmbiguousUnit, wanted, found.size(), ids);
    }
    return report(diags, common);
}

}  // namespace

int run_explain(const ExplainOptions& options, const CommonOptions& common) {
    SourceSet sources;
    Diagnostics diags;
    Evaluated e;
    evaluate_files(sources, options.criteria, options.scores, options.answers, diags, e);
    if (int code = report(diags, common); code != 0 || !e.results) return code == 0 ? 1 : code;
    const std::vector<UnitFound> found = units_called(*e.results, options.unit);
    if (found.size() != 1) return report_unit_not_found(*e.results, found, options.unit, common);
    auto text = render_explanation(*e.results, *found[0].block, *found[0].unit, ReportOptions{Format::Table, common.lang});
    return emit(text, OutputTo{options.output, sources, "giai-thich.txt"}, common);
}

}  // namespace chiso::cli
