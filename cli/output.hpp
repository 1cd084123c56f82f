#pragma once
// What every command does with its diagnostics and its result.
#include <string>

#include "cli/cli_messages.hpp"
#include "cli/commands.hpp"
#include "cli/output/output_file.hpp"
#include "engine/core/diagnostics.hpp"

namespace chiso::cli {

// Prints the diagnostics in file order; on error adds the closing count line.
// Returns the exit code: 0, or 1 when there was an error.
int report(Diagnostics diags, const CommonOptions& common, const MessageDef& count_line = msg::kErrorCount);

// Where a command writes: `-o` (empty: standard output), the files the run read
// (`sources`), which it must not replace, and a file name to offer when `-o` is a
// directory ("ket-qua.csv").
struct OutputTo {
    const std::string& path;
    const SourceSet& inputs;
    std::string example_name = "ket-qua.txt";
};

// `text` written through the output mechanism (cli/output/output_file.hpp); a
// refusal or a failed write is reported. Returns the exit code (0, 1, or 2 for a
// refusal such as `-o` naming an input).
int emit(const std::string& text, const OutputTo& to, const CommonOptions& common);
// The same for a writer that fills a named file (the Excel workbook).
int emit_file(const FileFiller& fill, const OutputTo& to, const CommonOptions& common);

// After the command: a failure to write what it printed on standard output (the
// commands that print as they go, `check` and `test`, and the help), reported.
// Returns the exit code: `code`, or 1 when standard output failed.
int finish_standard_output(int code, const CommonOptions& common);

}  // namespace chiso::cli
