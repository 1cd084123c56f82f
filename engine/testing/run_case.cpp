#include "engine/testing/run_case.hpp"

#include <algorithm>
#include <optional>

#include "engine/core/control_chars.hpp"
#include "engine/driver/driver.hpp"
#include "engine/driver/driver_messages.hpp"
#include "engine/eval/evaluate.hpp"
#include "engine/testing/testing_messages.hpp"

namespace chiso::cases {
namespace {

namespace m = msg::testing;

std::optional<CompiledCriteria> criteria_of(const TestCase& tc, SourceSet& sources, Diagnostics& diags) {
    if (!tc.patch) return load_criteria(sources, tc.criteria, diags);
    // A `patch: |` block is handed over in place, so that its diagnostics point
    // into the case file; any other form is named "<case file> (patch)".
    if (tc.patch_in_place) return load_criteria_with_patch(sources, tc.criteria, tc.file->path(), *tc.patch_in_place, diags);
    return load_criteria_with_patch(sources, tc.criteria, tc.file->path() + " (patch)", *tc.patch, diags);
}

// "cannot read file `x`" is reported without a position by the driver; for the
// case's own `criteria:` and `scores:` it points at that line of the case file.
Diagnostics placed(const Diagnostics& found, const TestCase& tc) {
    Diagnostics out;
    for (const auto& d : found.items()) {
        SourceLoc at = d.loc;
        if (d.message == &msg::kCannotRead && !d.loc.known() && !d.args.empty()) {
            if (d.args[0] == tc.criteria) at = tc.criteria_loc;
            else if (!tc.scores.empty() && d.args[0] == tc.scores) at = tc.scores_loc;
        }
        out.add(d.severity, at, *d.message, d.args);
        if (!d.suggestion.empty()) out.suggest(d.suggestion);
    }
    return out;
}

// Inline units under the header of the criteria.
ScoreSheet inline_sheet(const TestCase& tc, const Definition& def) {
    ScoreSheet sheet;
    sheet.index = def.index_id;
    sheet.locality = def.locality_id;
    sheet.year = def.year;
    sheet.index_loc = sheet.locality_loc = sheet.year_loc = tc.units_loc;
    sheet.units = *tc.units;
    sheet.source = tc.file;
    if (!sheet.units.empty()) sheet.pool = sheet.units.front().pool;  // one list, one pool
    return sheet;
}

}  // namespace

CaseRun run_case(const TestCase& tc, SourceSet& sources, const RenderOptions& options) {
    CaseRun run;
    Diagnostics& diags = run.diags;
    std::optional<CompiledCriteria> criteria = criteria_of(tc, sources, diags);
    std::optional<ScoreSheet> sheet;
    if (!tc.units) sheet = load_scores(sources, tc.scores, diags);
    else if (criteria) sheet = inline_sheet(tc, *criteria->definition);
    // The answer sheet the score file names (`answers:`), entered as the survey says.
    if (criteria && sheet && !tc.units) load_answer_sheet(sources, *criteria->definition, *sheet, {}, diags);
    std::optional<Results> results;
    if (criteria && sheet && !diags.has_errors())
        results = evaluate(criteria->plan, *sheet, diags, EvaluateOptions{.pooled = &criteria->pooled});
    if (results && !diags.has_errors()) {
        run.evaluated = true;
        if (!tc.expect_error) run.checks = compare(tc, *results, options, diags);
    }
    diags = placed(diags, tc);
    diags.sort_by_position();
    for (const auto& d : diags.items()) {
        if (d.severity != Severity::Error) continue;
        if (std::find(run.error_ids.begin(), run.error_ids.end(), d.message->id) == run.error_ids.end())
            run.error_ids.emplace_back(d.message->id);
    }
    if (tc.expect_error) {
        run.passed = !run.evaluated && std::find(run.error_ids.begin(), run.error_ids.end(), tc.expect_error->value) !=
                                           run.error_ids.end();
    } else {
        run.passed = run.evaluated && !diags.has_errors() &&
                     std::all_of(run.checks.begin(), run.checks.end(), [](const CheckOutcome& c) { return c.passed; });
    }
    return run;
}

std::string render_case(const TestCase& tc, const CaseRun& run, const RenderOptions& options, bool verbose) {
    // Names, labels and paths quoted in these lines may hold a control character
    // (engine/core/control_chars.hpp): shown, never sent to the terminal.
    std::string out = escape_control_chars(localize(run.passed ? m::kCasePassed : m::kCaseFailed, options,
                                                    tc.file->path(), tc.display_name())) + "\n";
    const auto line = [&](const MessageDef& message, auto&&... args) {
        out += escape_control_chars(localize(message, options, std::forward<decltype(args)>(args)...)) + "\n";
    };
    if (tc.expect_error) {
        const std::string& id = tc.expect_error->value;
        if (run.passed) {
            if (verbose) line(m::kErrorExpectedFound, id);
        } else if (run.evaluated) {
            line(m::kErrorExpectedNone, id);
        } else {
            std::string ids;
            for (const auto& e : run.error_ids) ids += (ids.empty() ? "`" : ", `") + e + "`";
            line(m::kErrorExpectedOther, id, ids);
            out += render_all(run.diags, options);
        }
        return out;
    }
    if (!run.evaluated) {
        line(m::kRunErrors, run.diags.error_count());
        return out + render_all(run.diags, options);
    }
    if (!run.passed) out += render_all(run.diags, options);
    for (const auto& c : run.checks) {
        if (!c.passed) line(m::kCheckFailed, c.subject, c.check, c.expected, c.actual);
        else if (verbose) line(m::kCheckPassed, c.subject, c.check, c.expected, c.actual);
    }
    return out;
}

}  // namespace chiso::cases
