// chiso: check criteria files, evaluate score files, explain a unit's points.
#include <CLI/CLI.hpp>

#include <iostream>
#include <map>

#include "cli/commands.hpp"

namespace {

using chiso::Format;
using chiso::Lang;

void add_common(CLI::App& cmd, chiso::cli::CommonOptions& common) {
    cmd.add_option("--lang", common.lang_name, "Language of messages and reports: vi (default) or en")
        ->check(CLI::IsMember({"vi", "en"}));
    cmd.add_flag("--diagnostic-ids", common.show_ids, "Append each message's id (for tests)")->group("");
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"chiso — Chỉ số cải cách hành chính và các chỉ số khác, từ bộ tiêu chí"};
    app.require_subcommand(1);
    chiso::cli::CommonOptions common;

    std::vector<std::string> check_files;
    auto* check = app.add_subcommand("check", "Validate criteria files (.chiso)");
    check->add_option("files", check_files, "Criteria files")->required();
    add_common(*check, common);

    chiso::cli::EvalOptions eval;
    auto* ev = app.add_subcommand("eval", "Evaluate a score file against criteria");
    ev->add_option("criteria", eval.criteria, "Criteria file (.chiso)")->required();
    ev->add_option("scores", eval.scores, "Score file (.yaml)")->required();
    std::string format = "table";
    ev->add_option("--format", format, "table (default), csv, json or md")
        ->check(CLI::IsMember({"table", "csv", "json", "md"}));
    ev->add_option("-o,--output", eval.output, "Write to this file instead of standard output");
    add_common(*ev, common);

    chiso::cli::ExplainOptions explain;
    auto* ex = app.add_subcommand("explain", "Show how a unit's points were computed");
    ex->add_option("criteria", explain.criteria, "Criteria file (.chiso)")->required();
    ex->add_option("scores", explain.scores, "Score file (.yaml)")->required();
    ex->add_option("unit", explain.unit, "Unit id or name")->required();
    ex->add_option("-o,--output", explain.output, "Write to this file instead of standard output");
    add_common(*ex, common);

    chiso::cli::ShowOptions show;
    auto* sh = app.add_subcommand("show", "Print the effective criteria after `extends`, with where each item comes from");
    sh->add_option("file", show.file, "Criteria file (.chiso)")->required();
    sh->add_flag("--resolved", show.resolved, "Resolve `extends` and the changes (the default and only mode for now)");
    sh->add_option("-o,--output", show.output, "Write to this file instead of standard output");
    add_common(*sh, common);

    chiso::cli::TestOptions test;
    auto* te = app.add_subcommand("test", "Run YAML test cases: expected index, rank, classes, statistics");
    te->add_option("paths", test.paths, "Test case files or directories")->required();
    te->add_flag("-v,--verbose", test.verbose, "Also list the checks that passed");
    add_common(*te, common);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    common.lang = common.lang_name == "en" ? Lang::En : Lang::Vi;
    try {
        if (*check) return chiso::cli::run_check(check_files, common);
        if (*ev) {
            const std::map<std::string, Format> formats{
                {"table", Format::Table}, {"csv", Format::Csv}, {"json", Format::Json}, {"md", Format::Markdown}};
            eval.format = formats.at(format);
            return chiso::cli::run_eval(eval, common);
        }
        if (*ex) return chiso::cli::run_explain(explain, common);
        if (*sh) return chiso::cli::run_show(show, common);
        if (*te) return chiso::cli::run_test(test, common);
    } catch (const std::exception& e) {
        std::cerr << "chiso: internal error: " << e.what() << '\n';
        return 2;
    }
    return 2;
}
