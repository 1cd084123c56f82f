#pragma once
// Reads a score file (YAML) into a ScoreSheet. Only the shape of the file is
// checked here; codes, value kinds and maxima are checked against the criteria
// in evaluation. The format is described for users in docs/input.md.
#include <cstddef>
#include <optional>

#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"
#include "engine/input/score_sheet.hpp"

namespace chiso {

// Larger files are refused before parsing: a real score file is a few hundred
// kilobytes, and the full reader keeps the whole document in memory (a few times
// the file's size, docs/limits.md).
inline constexpr std::size_t kMaxScoreFileBytes = std::size_t{256} * 1024 * 1024;

// Loads a score file. Collects ALL shape problems of the file in `diags` (never
// stops at the first). Returns the sheet when there was no error, else nullopt.
// The sheet's locations point into `file`, which must outlive it.
// Well-formed files in the plain shape are read by the fast reader
// (fast_scores.hpp); any other file, and every file with a problem, by the full
// reader (libyaml's events made into a YamlTree, yaml_tree.hpp).
std::optional<ScoreSheet> load_score_sheet(const SourceFile& file, Diagnostics& diags);
// Always through the full reader: the reference the fast reader is tested against.
std::optional<ScoreSheet> load_score_sheet_in_full(const SourceFile& file, Diagnostics& diags);

}  // namespace chiso
