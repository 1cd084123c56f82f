#pragma once
// What `-o FILE` means for the format (docs/output.md): `-o kq.xlsx` without
// `--format` writes a workbook, `-o kq.csv` CSV; a `--format` that contradicts
// the extension, or an extension naming a format the command cannot write
// (`eval -o kq.html`), is refused — never a file whose content is not what its
// name says. An extension without such a meaning (`.txt`, none) keeps the default.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/report/report.hpp"

namespace chiso::cli {

struct CommandFormats {
    std::string_view command;          // "eval", as typed after `chiso`
    std::vector<std::string> formats;  // the formats it writes; the first is the default
};

// The format of this run: `given` (`--format`, empty when not given), or the one
// `output`'s extension names, or the default. nullopt after reporting why not (a
// usage error).
std::optional<std::string> choose_format(const CommandFormats& command, const std::string& given,
                                         const std::string& output, Diagnostics& diags);

// A file name in `format` ("ket-qua" + ".csv"), offered when `-o` is a directory.
std::string example_file(std::string_view stem, std::string_view format);
std::string example_file(std::string_view stem, Format format);

// The `--format` name of a text format ("table", "csv", "json", "md").
std::string_view format_name(Format format);
Format format_named(std::string_view name);

}  // namespace chiso::cli
