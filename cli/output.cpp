#include "cli/output.hpp"

#include <iostream>

#include "cli/output/errno_text.hpp"
#include "cli/output/standard_output.hpp"
#include "cli/output_messages.hpp"

namespace chiso::cli {
namespace {

Destination destination(const OutputTo& to, const CommonOptions& common) {
    return Destination{to.path, to.inputs.requested_paths(), common.lang, to.example_name};
}

int reported(int code, const Diagnostics& diags, const CommonOptions& common) {
    if (code != kWritten) report(diags, common);
    return code;
}

}  // namespace

int report(Diagnostics diags, const CommonOptions& common, const MessageDef& count_line) {
    const RenderOptions options{common.lang, common.show_ids};
    diags.sort_by_position();
    std::cerr << render_all(diags, options);
    if (!diags.has_errors()) return 0;
    std::cerr << localize(count_line, options, diags.error_count()) << '\n';
    return 1;
}

int emit(const std::string& text, const OutputTo& to, const CommonOptions& common) {
    Diagnostics diags;
    return reported(write_output(destination(to, common), text, diags), diags, common);
}

int emit_file(const FileFiller& fill, const OutputTo& to, const CommonOptions& common) {
    Diagnostics diags;
    return reported(write_output_with(destination(to, common), fill, diags), diags, common);
}

int finish_standard_output(int code, const CommonOptions& common) {
    const int error = standard_output_error();
    if (error == 0) return code;
    Diagnostics diags;
    diags.error(SourceLoc{}, msg::output::kCannotWriteStdout, errno_text(error, common.lang));
    report(diags, common);
    return code == 0 ? 1 : code;
}

}  // namespace chiso::cli
