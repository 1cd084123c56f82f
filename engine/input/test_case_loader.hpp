#pragma once
// Reads a `chiso test` case file (YAML) into TestCases. Only the shape is checked
// here (keys, value types, required parts); whether the units, blocks, ladders and
// stats named in the expectations exist is checked against the criteria and the
// results when the case runs. The format is described in docs/testing.md.
#include <optional>

#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"
#include "engine/input/test_case.hpp"

namespace chiso {

// Loads a case file: one case, or several under `cases:`. Collects ALL problems of
// the file in `diags` (sorted by position); returns the file only when there was
// none. Paths (`criteria`, `scores`) are resolved against the folder of
// `file.path()`. The cases' locations point into `file`, which must outlive them.
std::optional<cases::TestFile> load_test_file(const SourceFile& file, Diagnostics& diags);

}  // namespace chiso
