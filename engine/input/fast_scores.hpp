#pragma once
// A fast reader for score files written in the plain shape that bulk exports use
// (docs/input.md, "Large files"): block maps and lists, one key per line, values
// as plain or simply quoted scalars or one-line flow maps `{done: 8, assigned: 10}`.
//
// It never reports anything. It either returns exactly the ScoreSheet the full
// loader (yaml_loader.cpp, on libyaml) would return, or declines, and then the
// full loader reads the file and gives its messages: the first thing it does not
// know for certain (an anchor, a multi-line scalar, a tab, a duplicate, a value the
// full loader would report …) makes it decline. The full reader reads about
// 10 MB/s; this reads a national file (10,000 units, ~24 MB) in a fraction of a second.
// tests/unit/input/fast_scores_test.cpp holds the two readers to the same result.
#include <optional>

#include "engine/core/source.hpp"
#include "engine/input/score_sheet.hpp"

namespace chiso::input {

std::optional<ScoreSheet> fast_load_score_sheet(const SourceFile& file);

}  // namespace chiso::input
