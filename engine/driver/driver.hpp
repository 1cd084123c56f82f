#pragma once
// The phases in order, for the CLI and tests: read → parse → resolve → check →
// compile; read → load scores → evaluate. Each step stops the chain on error
// but reports everything its phase found.
#include <memory>
#include <optional>
#include <string>

#include "engine/core/diagnostics.hpp"
#include "engine/eval/normalisation.hpp"
#include "engine/eval/results.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/plan/plan.hpp"
#include "engine/resolve/inherit.hpp"

namespace chiso {

struct CompiledCriteria {
    std::unique_ptr<Definition> definition;  // stable address: the plan points into it
    Plan plan;
    // The earlier years' score files `over years` pools (docs/language.md §15d), read
    // with the criteria by the functions below that take a SourceSet; give them to
    // evaluate() as EvaluateOptions::pooled.
    std::vector<PooledSheet> pooled;
};

// From text already loaded (tests, editors). The file cannot extend another: with no
// SourceSet to load it into, an `extends` is reported as unreadable.
std::optional<CompiledCriteria> compile_criteria(const SourceFile& file, Diagnostics& diags);

// What a criteria file amounts to after its `extends` chain is merged, and where each
// part comes from (`chiso show --resolved`).
struct EffectiveCriteria {
    std::shared_ptr<const ast::File> file;  // plain: no `extends`, no changes; items keep their origin positions
    std::vector<std::string> chain;         // the file, then the file it extends, and so on
    Origins origins;                        // changed titles and flags, which the syntax tree cannot locate
};
std::optional<EffectiveCriteria> load_effective_criteria(SourceSet& sources, const std::string& path,
                                                         Diagnostics& diags);
// Resolves, checks and compiles an effective file.
std::optional<CompiledCriteria> compile_effective(std::shared_ptr<const ast::File> file, Diagnostics& diags);
// Reads the score files `over years` pools into `criteria->pooled` (load_criteria and
// load_criteria_with_patch do it themselves; a caller of compile_effective that
// evaluates does it after).
std::optional<CompiledCriteria> with_pooled_years(SourceSet& sources, std::optional<CompiledCriteria> criteria,
                                                  Diagnostics& diags);

// The longest `extends` chain read, counting the file itself: a national set, a
// province's, a year's and a patch make four; 32 leaves room and bounds the work.
inline constexpr std::size_t kMaxExtendsChain = 32;

// Follows `extends` (relative paths, cycles reported with the chain), merges the
// chain into one effective file, then resolves, checks and compiles it.
std::optional<CompiledCriteria> load_criteria(SourceSet& sources, const std::string& path, Diagnostics& diags);

// The criteria at `path` with changes written in the language's inheritance syntax
// (`edit tree …`, `edit ladder …`, `replace …`, `remove …`, new statements), as if
// a file `extends "<path>"` followed by `patch_text`; `patch_name` names that text
// in diagnostics (e.g. "tests/cases/x.yaml (patch)"). Used by `chiso test` for
// "what if the cut-off were 85?".
std::optional<CompiledCriteria> load_criteria_with_patch(SourceSet& sources, const std::string& path,
                                                         const std::string& patch_name, const std::string& patch_text,
                                                         Diagnostics& diags);
std::optional<ScoreSheet> load_scores(SourceSet& sources, const std::string& path, Diagnostics& diags);
// The survey answer sheet the score file names (`answers:`, relative to it), or
// `path` when given (the command line's `--answers`, which takes its place), read and
// entered into `sheet` by the criteria's surveys (engine/survey). True when there is
// none or it was entered without error.
bool load_answer_sheet(SourceSet& sources, const Definition& def, ScoreSheet& sheet, const std::string& path,
                       Diagnostics& diags);
// The same for a file already read (read_source): touches no SourceSet, so several
// files may be loaded at once (replay's years).
std::optional<ScoreSheet> load_scores(const SourceFile& file, Diagnostics& diags);

// A file as text the phases can trust (readable, within the size limit, NFC);
// nullptr when not, with the problem reported.
const SourceFile* read_source(SourceSet& sources, const std::string& path, Diagnostics& diags);

}  // namespace chiso
