#pragma once
// Reads a file of published results (docs/years.md, "Kết quả đã công bố"). Every
// shape problem of the file is collected with its position.
#include <optional>

#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"
#include "engine/input/published_results.hpp"

namespace chiso {

// Whether the file's top level has the key `results:` (a published-results file)
// rather than `units:` (a score file). Problems are left to the loaders.
bool is_published_results_file(const SourceFile& file);

std::optional<PublishedResults> load_published_results(const SourceFile& file, Diagnostics& diags);

}  // namespace chiso
