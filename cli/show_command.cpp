// `chiso show --resolved FILE`: the effective criteria after `extends`, as .chiso
// text with the file and line each item comes from. The criteria are checked like
// `chiso check` does; nothing is printed when they have a problem.
#include <iostream>

#include "cli/cli_messages.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "engine/driver/driver.hpp"
#include "engine/report/criteria_text.hpp"

namespace chiso::cli {
namespace {

int report_problems(Diagnostics diags, const CommonOptions& common) {
    const RenderOptions options{common.lang, common.show_ids};
    diags.sort_by_position();
    std::cerr << render_all(diags, options);
    if (!diags.has_errors()) return 0;
    std::cerr << localize(msg::kErrorCount, options, diags.error_count()) << '\n';
    return 1;
}

}  // namespace

int run_show(const ShowOptions& options, const CommonOptions& common) {
    SourceSet sources;
    Diagnostics diags;
    auto effective = load_effective_criteria(sources, options.file, diags);
    if (effective) compile_effective(effective->file, diags);  // the same checks as `chiso check`
    if (int code = report_problems(diags, common); code != 0 || !effective) return code == 0 ? 1 : code;

    CriteriaTextOptions text_options;
    text_options.lang = common.lang;
    text_options.chain = effective->chain;
    text_options.origins = &effective->origins;
    const std::string text = criteria_text(*effective->file, text_options);
    if (options.output.empty()) {
        std::cout << text;
        return 0;
    }
    if (write_atomically(options.output, text)) return 0;
    Diagnostics write_error;
    write_error.error(SourceLoc{}, msg::kCannotWrite, options.output);
    return report_problems(write_error, common);
}

}  // namespace chiso::cli
