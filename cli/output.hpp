#pragma once
// What every command does with its diagnostics and its result.
#include <string>

#include "cli/cli_messages.hpp"
#include "cli/commands.hpp"
#include "engine/core/diagnostics.hpp"

namespace chiso::cli {

// Prints the diagnostics in file order; on error adds the closing count line.
// Returns the exit code: 0, or 1 when there was an error.
int report(Diagnostics diags, const CommonOptions& common, const MessageDef& count_line = msg::kErrorCount);

// `text` to standard output, or to `output` (atomically); a failed write is
// reported. Returns the exit code.
int emit(const std::string& text, const std::string& output, const CommonOptions& common);

// Writes `text` to `path` through a temporary file in the same directory and a
// rename, so a failed run never leaves a half-written or truncated result.
bool write_atomically(const std::string& path, const std::string& text);

}  // namespace chiso::cli
