#pragma once
// Where `chiso eval` puts its results besides text on standard output: the Excel
// workbook (`--format xlsx -o FILE`) and CSV with a byte-order mark (`--bom`).
#include "cli/commands.hpp"
#include "engine/eval/results.hpp"

namespace chiso::cli {

// Output options that cannot work together, found before any file is read:
// 2 (a usage error, like the option parser's) after reporting them, else 0.
int check_eval_output(const EvalOptions& options, const CommonOptions& common);

// The results rendered as `report` says and written as `options` say, never over
// one of `inputs`' files. Returns the exit code.
int emit_results(const Results& results, const ReportOptions& report, const EvalOptions& options,
                 const SourceSet& inputs, const CommonOptions& common);

}  // namespace chiso::cli
