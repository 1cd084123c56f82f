#pragma once
// What `chiso diff` prints, as plain data (built by build/diff_view.hpp from the
// diff): for people, the lines of the rule changes and per score file the outcome
// tables, summaries and reasons, worded in the run's language; for machines (CSV,
// JSON), the same facts as ids and exact values. The diff writers see only this.
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/core/rational.hpp"
#include "engine/report/view/column.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report::diffview {

struct ChangeLine {
    std::string title, old_value, new_value, old_at, new_at;
};

struct UnitWhy {
    std::string heading;
    std::vector<std::pair<std::string, std::string>> parts;  // signed amount, what it is charged to
    std::vector<std::string> classes;                          // one line per class that changed
};

struct BlockSection {
    std::string heading;
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> summary;
    std::vector<UnitWhy> why;  // units that changed, in table order
};

struct SheetSection {
    std::string heading;
    std::vector<BlockSection> blocks;
};

// ---- for machines -----------------------------------------------------------------

struct SideView {
    std::string file, index, locality;
    int year = 0;
    Publication pub;  // that side's rounding
};

// A rule change: a stable kind id, where it is, its values as the language writes
// them and where each side writes it ("" when a side has none).
struct ChangeView {
    std::string kind, scope, subject, old_value, new_value, old_at, new_at;
};

// One side's outcome of a unit.
struct OutcomeView {
    Rational points, max, published, index;  // `index`: exact
    int rank = 0;
    std::vector<std::pair<std::string, std::string>> classes;  // ladder id, label (by ladder id)
};

struct ClassChangeView {
    std::string ladder;
    std::optional<std::string> old_label, new_label, new_under_old;
    std::string cause;  // stable id
};

// A part of a unit's Δ index: the change it is charged to (`change`, its position in
// DiffReportView::changes) or "total_max" / "other".
struct PartView {
    std::string kind;
    std::optional<std::size_t> change;
    Rational amount;
};

struct UnitDiffView {
    std::string id, name;
    OutcomeView old_side, new_side;
    Rational delta_index, delta_exact, delta_points;
    int rank_move = 0;
    std::vector<ClassChangeView> classes;
    std::vector<PartView> attribution;
};

struct MoveView {
    std::vector<std::string> units;
    int places = 0;
};

struct SummaryView {
    std::size_t units = 0, changed = 0;
    std::vector<std::pair<std::string, std::size_t>> class_changes;  // ladder id, units
    MoveView up, down;
    std::string spearman, kendall;  // four decimals ("0.9000"), "" when not defined
};

struct BlockDiffView {
    std::string id, name;
    SummaryView summary;
    std::vector<UnitDiffView> units;  // in the table's order
};

struct ScoresView {
    std::string path;
    std::vector<BlockDiffView> blocks;
    SheetSection section;  // the same for people
};

struct DiffReportView {
    Lang lang = Lang::Vi;
    SideView old_side, new_side;
    std::vector<ChangeView> changes;
    std::vector<ChangeLine> change_lines;  // the same for people
    std::vector<ScoresView> scores;        // one per score file, none without --scores
};

}  // namespace chiso::report::diffview
