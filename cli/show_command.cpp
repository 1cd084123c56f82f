// `chiso show --resolved FILE`: the effective criteria after `extends`, as .chiso
// text with the file and line each item comes from. `chiso show --definition FILE`:
// the resolved model those criteria compile to (engine/model/dump.hpp). The criteria
// are checked like `chiso check` does; nothing is printed when they have a problem.
#include "cli/cli_messages.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "engine/driver/driver.hpp"
#include "dsl/print.hpp"
#include "engine/model/dump.hpp"

namespace chiso::cli {
int run_show(const ShowOptions& options, const CommonOptions& common) {
    SourceSet sources;
    Diagnostics diags;
    auto effective = load_effective_criteria(sources, options.file, diags);
    std::optional<CompiledCriteria> compiled;
    if (effective) compiled = compile_effective(effective->file, diags);  // the same checks as `chiso check`
    if (int code = report(diags, common); code != 0 || !effective) return code == 0 ? 1 : code;
    if (options.definition) {
        if (!compiled) return 1;
        return emit(definition_dump(*compiled->definition), OutputTo{options.output, sources, "mo-hinh.txt"}, common);
    }

    CriteriaTextOptions text_options;
    text_options.lang = common.lang;
    text_options.chain = effective->chain;
    text_options.origins = &effective->origins;
    return emit(criteria_text(*effective->file, text_options), OutputTo{options.output, sources, "tieu-chi.chiso"},
                common);
}

}  // namespace chiso::cli
