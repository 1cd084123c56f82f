#pragma once
// Whether the pandas reference and chiso computed the same results: every unit's
// points, index, rank and both classes, read from their CSV outputs.
#include <string>
#include <vector>

namespace chiso::bench {

struct Agreement {
    std::size_t units = 0;       // units compared
    std::size_t differing = 0;   // units with any difference
    std::vector<std::string> examples;  // the first differences, described
};

// `chiso_csv`: `chiso eval --format csv`; `pandas_csv`: bench/pandas_reference.py's output.
Agreement compare_outputs(const std::string& chiso_csv, const std::string& pandas_csv);

}  // namespace chiso::bench
