#pragma once
// What chiso_bench measures inside one process, run as a child of the suite so
// that each figure has its own peak memory. Each prints one report line of
// `key=value` fields on standard output and returns the exit code.
#include <string>

namespace chiso::bench {

// Reads a score file into a ScoreSheet: `seconds`, `bytes`, `units`. `full`: always
// through the full reader, libyaml's events made into a tree (the reference the
// fast reader is measured against, and the path of every file with a mistake).
int phase_load(const std::string& scores, bool full);

// Loads the criteria and the scores, then times evaluation alone (best of three),
// ranks and classes included: `seconds`, `leaves` (leaf rules applied), `units`.
int phase_eval(const std::string& criteria, const std::string& scores, unsigned threads);

// The columnar kernel after loading (bench/kernel_phase.cpp): bind, kernel and the
// reference on the units it declined, best of three: `seconds` (their sum),
// `bind_seconds`, `kernel_seconds`, `fallback_seconds`, `leaves`, `units`,
// `accepted_units`, `accepted_leaves`, leaves per second of the kernel alone and of
// bind + kernel (over all leaves: a declined unit stops where it declined).
int phase_kernel(const std::string& criteria, const std::string& scores, unsigned threads);

// Reads a survey answer sheet (CSV) into its table, best of three: `seconds`, `bytes`,
// `rows`, `columns`.
int phase_answers(const std::string& sheet);

}  // namespace chiso::bench
