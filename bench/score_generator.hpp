#pragma once
// Synthetic score files for the national model: N units in B blocks, values of
// every kind, some units with area 5 "không áp dụng", a bonus, a deduction or the
// disciplinary flag. Deterministic for a seed, so every run measures the same data.
#include <cstdint>
#include <string>

#include "bench/national_model.hpp"

namespace chiso::bench {

struct ScoreSpec {
    int units = 1000;
    int blocks = 4;
    int year = 2024;
    std::uint64_t seed = 1;
};

// The YAML score file (docs/input.md).
std::string scores_yaml(const NationalModel& model, const ScoreSpec& spec);
// The same values as a CSV score file (docs/input.md, "Bulk scores as CSV").
std::string scores_csv(const NationalModel& model, const ScoreSpec& spec);
// The leaf table the pandas reference reads: code, area, kind, max.
std::string rule_table_csv(const NationalModel& model);

}  // namespace chiso::bench
