#pragma once
#include <string>

namespace chiso::cli {

// Writes `text` to `path` through a temporary file in the same directory and a
// rename, so a failed run never leaves a half-written or truncated result.
bool write_atomically(const std::string& path, const std::string& text);

}  // namespace chiso::cli
