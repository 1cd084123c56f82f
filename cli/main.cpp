// chiso: check criteria files, evaluate score files, explain a unit's points.
#include <CLI/CLI.hpp>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <iostream>

#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/output/interrupt_cleanup.hpp"
#include "cli/output/standard_output.hpp"
#include "cli/output_format.hpp"
#include "cli/output_messages.hpp"

namespace {

using chiso::Lang;

void add_common(CLI::App& cmd, chiso::cli::CommonOptions& common) {
    cmd.add_option("--lang", common.lang_name, "Language of messages and reports: vi (default) or en")
        ->check(CLI::IsMember({"vi", "en"}));
    cmd.add_flag("--diagnostic-ids", common.show_ids, "Append each message's id (for tests)")->group("");
}

void add_format_option(CLI::App& cmd, std::string& name, bool xlsx = false) {
    std::vector<std::string> names{"table", "csv", "json", "md"};
    if (xlsx) names.emplace_back("xlsx");  // a file, not text: eval only (docs/excel.md)
    cmd.add_option("--format", name,
                   xlsx ? "table, csv, json, md or xlsx (an Excel workbook; needs -o); default: from the "
                          "extension of -o, else table"
                        : "table, csv, json or md; default: from the extension of -o, else table")
        ->check(CLI::IsMember(names));
}

// `--format` as given (empty when not) reconciled with the extension of `-o`
// (cli/output_format.hpp); `-o ""` is not standard output. False after reporting
// why not: a usage error.
bool settle_format(const CLI::App& cmd, const chiso::cli::CommandFormats& formats, std::string& format,
                   const std::string& output, const chiso::cli::CommonOptions& common) {
    chiso::Diagnostics diags;
    std::optional<std::string> chosen;
    if (cmd.count("--output") > 0 && output.empty()) diags.error(chiso::SourceLoc{}, chiso::msg::output::kOutputEmpty);
    else chosen = chiso::cli::choose_format(formats, format, output, diags);
    if (!chosen) {
        chiso::cli::report(diags, common);
        return false;
    }
    format = *chosen;
    return true;
}

int run(int argc, char** argv, chiso::cli::CommonOptions& common) {
    CLI::App app{"chiso — Chỉ số cải cách hành chính và các chỉ số khác, từ bộ tiêu chí"};
    app.require_subcommand(1);

    std::vector<std::string> check_files;
    auto* check = app.add_subcommand("check", "Validate criteria files (.chiso)");
    check->add_option("files", check_files, "Criteria files")->required();
    add_common(*check, common);

    chiso::cli::EvalOptions eval;
    auto* ev = app.add_subcommand("eval", "Evaluate a score file against criteria");
    ev->add_option("criteria", eval.criteria, "Criteria file (.chiso)")->required();
    ev->add_option("scores", eval.scores, "Score file (.yaml)")->required();
    std::string format;  // empty: not given
    add_format_option(*ev, format, true);
    ev->add_option("-o,--output", eval.output, "Write to this file instead of standard output");
    ev->add_flag("--bom", eval.bom, "CSV: start with a UTF-8 byte-order mark so Excel shows Vietnamese names correctly");
    ev->add_option("--previous", eval.previous,
                   "Compare with last year: a file of published results (results:) or last year's scores (units:)");
    ev->add_option("--previous-criteria", eval.previous_criteria,
                   "Criteria to evaluate last year's scores with (default: this year's criteria)");
    ev->add_option("--answers", eval.answers,
                   "Survey answer sheet (CSV, one row per form) read by the criteria's `survey` (else the score file's answers:)");
    add_common(*ev, common);

    chiso::cli::EvalOptions html_report;
    auto* rp = app.add_subcommand("report", "Write the results as one self-contained HTML page with charts (docs/reports.md)");
    rp->add_option("criteria", html_report.criteria, "Criteria file (.chiso)")->required();
    rp->add_option("scores", html_report.scores, "Score file (.yaml)")->required();
    rp->add_option("-o,--output", html_report.output, "Write to this file (report.html) instead of standard output");
    rp->add_option("--previous", html_report.previous, "Last year's published results or scores: adds the rank moves");
    rp->add_option("--previous-criteria", html_report.previous_criteria,
                   "Criteria to evaluate last year's scores with (default: this year's criteria)");
    add_common(*rp, common);

    chiso::cli::ExplainOptions explain;
    auto* ex = app.add_subcommand("explain", "Show how a unit's points were computed");
    ex->add_option("criteria", explain.criteria, "Criteria file (.chiso)")->required();
    ex->add_option("scores", explain.scores, "Score file (.yaml)")->required();
    ex->add_option("unit", explain.unit, "Unit id or name")->required();
    ex->add_option("-o,--output", explain.output, "Write to this file instead of standard output");
    ex->add_option("--answers", explain.answers,
                   "Survey answer sheet (CSV, one row per form) read by the criteria's `survey` (else the score file's answers:)");
    add_common(*ex, common);

    chiso::cli::ShowOptions show;
    auto* sh = app.add_subcommand("show", "Print the effective criteria after `extends`, with where each item comes from");
    sh->add_option("file", show.file, "Criteria file (.chiso)")->required();
    sh->add_flag("--resolved", show.resolved, "Resolve `extends` and the changes (the default and only mode for now)");
    sh->add_flag("--definition", show.definition,
                 "Print the resolved model instead: node ids, rules resolved, formulas as steps, conditions bound per tree");
    sh->add_option("-o,--output", show.output, "Write to this file instead of standard output");
    add_common(*sh, common);

    chiso::cli::TestOptions test;
    auto* te = app.add_subcommand("test", "Run YAML test cases: expected index, rank, classes, statistics");
    te->add_option("paths", test.paths, "Test case files or directories")->required();
    te->add_flag("-v,--verbose", test.verbose, "Also list the checks that passed");
    add_common(*te, common);

    chiso::cli::DiffOptions diff;
    std::string diff_format;
    auto* di = app.add_subcommand("diff", "Compare two criteria files; with --scores, the outcomes under both");
    di->add_option("old", diff.old_criteria, "Old criteria file (.chiso)")->required();
    di->add_option("new", diff.new_criteria, "New criteria file (.chiso)")->required();
    di->add_option("--scores", diff.scores, "Score files (.yaml) to evaluate under both");
    add_format_option(*di, diff_format);
    di->add_option("-o,--output", diff.output, "Write to this file instead of standard output");
    add_common(*di, common);

    chiso::cli::ReplayOptions replay;
    std::string replay_format;
    auto* re = app.add_subcommand("replay", "Evaluate past years' scores under other criteria");
    re->add_option("rules", replay.rules, "Criteria file to evaluate under (.chiso)")->required();
    re->add_option("scores", replay.scores, "Score files (.yaml), one per year")->required();
    re->add_option("--from", replay.from,
                   "Criteria the scores were entered for: renumbered or moved codes are carried to their new code");
    add_format_option(*re, replay_format);
    re->add_option("-o,--output", replay.output, "Write to this file instead of standard output");
    add_common(*re, common);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    common.lang = common.lang_name == "en" ? Lang::En : Lang::Vi;
    using chiso::cli::CommandFormats;
    const std::vector<std::string> tables{"table", "csv", "json", "md"};
    try {
        if (*check) return chiso::cli::run_check(check_files, common);
        if (*ev) {
            if (!settle_format(*ev, CommandFormats{"eval", {"table", "csv", "json", "md", "xlsx"}}, format, eval.output, common))
                return 2;
            eval.xlsx = format == "xlsx";
            if (!eval.xlsx) eval.format = chiso::cli::format_named(format);
            return chiso::cli::run_eval(eval, common);
        }
        std::string only;  // commands with one format: the extension can only contradict it
        if (*rp) {
            if (!settle_format(*rp, CommandFormats{"report", {"html"}}, only, html_report.output, common)) return 2;
            return chiso::cli::run_report(html_report, common);
        }
        if (*ex) {
            if (!settle_format(*ex, CommandFormats{"explain", {"text"}}, only, explain.output, common)) return 2;
            return chiso::cli::run_explain(explain, common);
        }
        if (*sh) {
            if (!settle_format(*sh, CommandFormats{"show", {"chiso"}}, only, show.output, common)) return 2;
            return chiso::cli::run_show(show, common);
        }
        if (*te) return chiso::cli::run_test(test, common);
        if (*di) {
            if (!settle_format(*di, CommandFormats{"diff", tables}, diff_format, diff.output, common)) return 2;
            diff.format = chiso::cli::format_named(diff_format);
            return chiso::cli::run_diff(diff, common);
        }
        if (*re) {
            if (!settle_format(*re, CommandFormats{"replay", tables}, replay_format, replay.output, common)) return 2;
            replay.format = chiso::cli::format_named(replay_format);
            return chiso::cli::run_replay(replay, common);
        }
    } catch (const std::exception& e) {
        std::cerr << "chiso: internal error: " << e.what() << '\n';
        return 2;
    }
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    // Before anything is opened or written: descriptors 0–2 kept, SIGPIPE made an
    // error code, the temporary output file removed on an interrupt (docs/output.md).
    chiso::cli::guard_standard_streams();
    chiso::cli::install_interrupt_cleanup();
#if defined(__GLIBC__)
    // One malloc arena for every thread: evaluation's worker threads allocate a
    // block's ranges and free them once joined; in an arena of their own that memory
    // stays with the thread and the output's allocations come on top of it
    // (docs/limits.md, peak memory). Small allocations still come from each thread's cache.
    ::mallopt(M_ARENA_MAX, 1);
#endif
    chiso::cli::CommonOptions common;
    const int code = run(argc, argv, common);
    return chiso::cli::finish_standard_output(code, common);
}
