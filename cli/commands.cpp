#include "cli/commands.hpp"

#include <iostream>

#include "cli/cli_messages.hpp"
#include "cli/output.hpp"
#include "engine/core/suggest.hpp"
#include "engine/driver/driver.hpp"
#include "engine/eval/evaluate.hpp"

namespace chiso::cli {
namespace {

RenderOptions render_options(const CommonOptions& common) { return RenderOptions{common.lang, common.show_ids}; }

// Prints the diagnostics; on error adds the closing count line. Returns the exit code.
int report(Diagnostics diags, const CommonOptions& common, const MessageDef& count_line = msg::kErrorCount) {
    diags.sort_by_position();
    std::cerr << render_all(diags, render_options(common));
    if (!diags.has_errors()) return 0;
    std::cerr << localize(count_line, render_options(common), diags.error_count()) << '\n';
    return 1;
}

int emit(const std::string& text, const std::string& output, const CommonOptions& common) {
    if (output.empty()) {
        std::cout << text;
        return 0;
    }
    if (write_atomically(output, text)) return 0;
    Diagnostics diags;
    diags.error(SourceLoc{}, msg::kCannotWrite, output);
    return report(diags, common);
}

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

// Loads both files (reporting the problems of both) and evaluates.
Evaluated evaluate_files(SourceSet& sources, const std::string& criteria, const std::string& scores,
                         Diagnostics& diags) {
    Evaluated e;
    e.criteria = load_criteria(sources, criteria, diags);
    e.sheet = load_scores(sources, scores, diags);
    if (e.criteria && e.sheet) e.results = evaluate(e.criteria->plan, *e.sheet, diags);
    return e;
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
    std::cout << summary;
    return report(diags, common, msg::kCheckErrorCount);
}

int run_eval(const EvalOptions& options, const CommonOptions& common) {
    SourceSet sources;
    Diagnostics diags;
    Evaluated e = evaluate_files(sources, options.criteria, options.scores, diags);
    if (int code = report(diags, common); code != 0 || !e.results) return code == 0 ? 1 : code;
    return emit(render_results(*e.results, ReportOptions{options.format, common.lang}), options.output, common);
}

int run_explain(const ExplainOptions& options, const CommonOptions& common) {
    SourceSet sources;
    Diagnostics diags;
    Evaluated e = evaluate_files(sources, options.criteria, options.scores, diags);
    if (int code = report(diags, common); code != 0 || !e.results) return code == 0 ? 1 : code;
    std::vector<std::string> ids;
    for (const auto& block : e.results->blocks) {
        for (const auto& unit : block.units) {
            if (unit.id == options.unit || unit.name == options.unit) {
                auto text = render_explanation(*e.results, block, unit, ReportOptions{Format::Table, common.lang});
                return emit(text, options.output, common);
            }
            ids.push_back(unit.id);
        }
    }
    diags.error(SourceLoc{}, msg::kUnknownUnit, options.unit);
    diags.suggest(closest_match(options.unit, ids));
    return report(diags, common);
}

}  // namespace chiso::cli
