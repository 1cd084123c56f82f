#pragma once
// The one way a command's result reaches its destination (docs/output.md). Every
// writer goes through here — text, CSV, JSON, Markdown, HTML, the explanation,
// `show`, `diff`, `replay` and the Excel workbook — so the rules hold for all:
//  - `-o` naming an input of the run (by any spelling, hard link or symlink:
//    compared by identity, not by name) or a directory is refused before anything
//    is written;
//  - a file is written to a temporary file beside it, synced, given the old file's
//    permissions (a new one: 0666 less the umask) and renamed over it only when
//    every step succeeded; any failure is reported with the file and the reason,
//    and removes the temporary; so does SIGINT/SIGTERM/SIGHUP (interrupt_cleanup);
//  - `-o` to a symlink writes to its target (as `cp` and `sort -o` do); to a
//    device or pipe (`/dev/null`, `/dev/stdout`) writes into it, never replaces it;
//  - standard output is checked (standard_output.hpp).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/diagnostics.hpp"

namespace chiso::cli {

struct Destination {
    std::string path;                 // `-o` as typed; empty: standard output
    std::vector<std::string> inputs;  // every file the run read (SourceSet::requested_paths)
    Lang lang = Lang::Vi;             // of the reasons in messages
    std::string example_name = "ket-qua.txt";  // offered when `path` is a directory
};

// Exit codes, as the commands return them.
inline constexpr int kWritten = 0;
inline constexpr int kWriteFailed = 1;  // reported: the disk, the permissions, the device
inline constexpr int kRefused = 2;      // reported: a usage error, nothing was touched

// Writes `bytes` to the destination.
int write_output(const Destination& where, std::string_view bytes, Diagnostics& diags);

// For a writer that can only write to a named file (libxlsxwriter): `fill` writes
// the whole result to the path it is given and returns false with a reason when
// it cannot; the file is then placed as write_output() places bytes.
using FileFiller = std::function<bool(const std::string& path, std::string& reason)>;
int write_output_with(const Destination& where, const FileFiller& fill, Diagnostics& diags);

}  // namespace chiso::cli
