// `chiso diff` as one CSV file in long form (RFC 4180, UTF-8), so a spreadsheet
// filters and pivots it: the `section` column says what a row is —
//   change       one rule change: kind, scope, subject, old, new, old_at, new_at;
//   unit         one measure of one unit (points, points_exact, max, max_exact, index,
//                index_exact, rank,
//                class:<ladder>) under the old and the new rules, with the delta;
//   attribution  one part of a unit's Δ index: the change it is charged to
//                (its number in `change`, or total_max / other) and the amount;
//   summary      one block figure (units, changed, class_changed:<ladder>,
//                largest_rise, largest_fall, spearman, kendall).
// Kinds and items are stable ids; numbers use the decimal point.
#include <algorithm>

#include "engine/report/text/csv_cells.hpp"
#include "engine/report/text/diff_writers.hpp"

namespace chiso::report {
namespace {

using namespace diffview;

enum Field { Section, Scores, Block, Unit, Name, Item, Change, Scope, Subject, Old, New, Delta, Cause, OldAt, NewAt, kFields };
const char* const kHeader[kFields] = {"section", "scores", "block", "unit", "name", "item", "change", "scope",
                                      "subject", "old", "new", "delta", "cause", "old_at", "new_at"};

using Row = std::vector<std::string>;

void append(std::string& out, const Row& row) {
    for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + csv_field(row[i]);
    out += '\n';
}

Row blank(const char* section) {
    Row r(kFields);
    r[Section] = section;
    return r;
}

std::string exact(const Rational& v, int places) { return v.to_string(places + 4); }
// The change of two published figures: exact at `places` decimals, written with all of them.
std::string published_change(const Rational& v, int places) { return v.to_fixed(places); }

void changes(const DiffReportView& view, std::string& out) {
    for (std::size_t i = 0; i < view.changes.size(); ++i) {
        const ChangeView& c = view.changes[i];
        Row r = blank("change");
        r[Item] = c.kind;
        r[Change] = std::to_string(i + 1);
        r[Scope] = c.scope;
        r[Subject] = c.subject;
        r[Old] = c.old_value;
        r[New] = c.new_value;
        r[OldAt] = c.old_at;
        r[NewAt] = c.new_at;
        append(out, r);
    }
}

struct UnitRows {
    const DiffReportView& view;
    const ScoresView& scores;
    const BlockDiffView& block;
    std::string& out;

    Row base(const char* section, const UnitDiffView& u) const {
        Row r = blank(section);
        r[Scores] = scores.path;
        r[Block] = block.id;
        r[Unit] = u.id;
        r[Name] = u.name;
        return r;
    }

    void measure(const UnitDiffView& u, const std::string& item, std::string o, std::string n, std::string d) const {
        Row r = base("unit", u);
        r[Item] = item;
        r[Old] = std::move(o);
        r[New] = std::move(n);
        r[Delta] = std::move(d);
        append(out, r);
    }

    void unit(const UnitDiffView& u) const {
        const Publication& op = view.old_side.pub;
        const Publication& np = view.new_side.pub;
        const int p = std::max(op.places, np.places);
        const OutcomeView& o = u.old_side;
        const OutcomeView& n = u.new_side;
        // Published values and the change of the two figures shown; exact ones named so.
        measure(u, "points", op.text(o.points, Lang::En), np.text(n.points, Lang::En),
                published_change(np.value(n.points) - op.value(o.points), p));
        measure(u, "points_exact", exact(o.points, op.places), exact(n.points, np.places), exact(u.delta_points, p));
        measure(u, "max", op.text(o.max, Lang::En), np.text(n.max, Lang::En),
                published_change(np.value(n.max) - op.value(o.max), p));
        measure(u, "max_exact", exact(o.max, op.places), exact(n.max, np.places), exact(n.max - o.max, p));
        measure(u, "index", op.text(o.published, Lang::En), np.text(n.published, Lang::En),
                published_change(u.delta_index, p));
        measure(u, "index_exact", exact(o.index, op.places), exact(n.index, np.places), exact(u.delta_exact, p));
        measure(u, "rank", std::to_string(o.rank), std::to_string(n.rank), std::to_string(u.rank_move));
        for (const auto& c : u.classes) {
            Row r = base("unit", u);
            r[Item] = "class:" + c.ladder;
            r[Old] = c.old_label.value_or("");
            r[New] = c.new_label.value_or("");
            r[Cause] = c.cause;
            append(out, r);
        }
        for (const auto& part : u.attribution) attribution(u, part, p);
    }

    void attribution(const UnitDiffView& u, const PartView& part, int places) const {
        Row r = base("attribution", u);
        r[Delta] = exact(part.amount, places);
        r[Item] = part.kind;
        if (part.change) {
            const ChangeView& c = view.changes.at(*part.change);
            r[Change] = std::to_string(*part.change + 1);
            r[Scope] = c.scope;
            r[Subject] = c.subject;
            r[Old] = c.old_value;
            r[New] = c.new_value;
        } else if (part.kind == "total_max") {
            r[Old] = view.old_side.pub.text(u.old_side.max, Lang::En);
            r[New] = view.new_side.pub.text(u.new_side.max, Lang::En);
        }
        append(out, r);
    }

    void figure(const std::string& item, std::string value, std::string units = "") const {
        Row r = blank("summary");
        r[Scores] = scores.path;
        r[Block] = block.id;
        r[Item] = item;
        r[Unit] = std::move(units);
        r[New] = std::move(value);
        append(out, r);
    }

    static std::string ids(const MoveView& m) {
        std::string joined;
        for (const auto& id : m.units) joined += (joined.empty() ? "" : " ") + id;
        return joined;
    }

    void summary() const {
        const SummaryView& s = block.summary;
        figure("units", std::to_string(s.units));
        figure("changed", std::to_string(s.changed));
        for (const auto& [ladder, n] : s.class_changes) figure("class_changed:" + ladder, std::to_string(n));
        figure("largest_rise", std::to_string(s.up.places), ids(s.up));
        figure("largest_fall", std::to_string(s.down.places), ids(s.down));
        figure("spearman", s.spearman);
        figure("kendall", s.kendall);
    }
};

}  // namespace

std::string render_diff_csv(const DiffReportView& view) {
    std::string out;
    append(out, Row(std::begin(kHeader), std::end(kHeader)));
    changes(view, out);
    for (const auto& s : view.scores)
        for (const auto& b : s.blocks) {
            const UnitRows rows{view, s, b, out};
            for (const auto& u : b.units) rows.unit(u);
            rows.summary();
        }
    return out;
}

}  // namespace chiso::report
