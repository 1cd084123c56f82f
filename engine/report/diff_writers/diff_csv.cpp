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
#include "engine/report/build/publication.hpp"
#include "engine/report/text/csv_cells.hpp"
#include "engine/report/build/diff_view.hpp"
#include "engine/report/view/number_format.hpp"

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

void changes(const diff::RuleDiff& rules, std::string& out) {
    for (std::size_t i = 0; i < rules.changes.size(); ++i) {
        const diff::RuleChange& c = rules.changes[i];
        Row r = blank("change");
        r[Item] = diff::kind_id(c.kind);
        r[Change] = std::to_string(i + 1);
        r[Scope] = c.scope;
        r[Subject] = c.subject;
        r[Old] = value_text(c, true);
        r[New] = value_text(c, false);
        r[OldAt] = loc_text(c.old_loc);
        r[NewAt] = loc_text(c.new_loc);
        append(out, r);
    }
}

struct UnitRows {
    const diff::RuleDiff& rules;
    const diff::ScoreComparison& scores;
    const diff::BlockDiff& block;
    std::string& out;

    Row base(const char* section, const diff::UnitDiff& u) const {
        Row r = blank(section);
        r[Scores] = scores.path;
        r[Block] = block.new_block->id;
        r[Unit] = u.new_unit->id;
        r[Name] = u.new_unit->name;
        return r;
    }

    void measure(const diff::UnitDiff& u, const std::string& item, std::string o, std::string n, std::string d) const {
        Row r = base("unit", u);
        r[Item] = item;
        r[Old] = std::move(o);
        r[New] = std::move(n);
        r[Delta] = std::move(d);
        append(out, r);
    }

    void unit(const diff::UnitDiff& u) const {
        const Publication op = publication_of(*rules.old_def), np = publication_of(*rules.new_def);
        const int p = std::max(op.places, np.places);
        const UnitResult& o = *u.old_unit;
        const UnitResult& n = *u.new_unit;
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
            r[Cause] = diff::cause_id(c.cause);
            append(out, r);
        }
        for (const auto& line : u.attribution) attribution(u, line, p);
    }

    void attribution(const diff::UnitDiff& u, const diff::AttributionLine& line, int places) const {
        Row r = base("attribution", u);
        r[Delta] = exact(line.amount, places);
        if (line.kind == diff::AttributionLine::Kind::Change) {
            const diff::RuleChange& c = rules.changes[line.change];
            r[Item] = diff::kind_id(c.kind);
            r[Change] = std::to_string(line.change + 1);
            r[Scope] = c.scope;
            r[Subject] = c.subject;
            r[Old] = value_text(c, true);
            r[New] = value_text(c, false);
        } else if (line.kind == diff::AttributionLine::Kind::TotalMax) {
            r[Item] = "total_max";
            r[Old] = publication_of(*rules.old_def).text(u.old_unit->max, Lang::En);
            r[New] = publication_of(*rules.new_def).text(u.new_unit->max, Lang::En);
        } else {
            r[Item] = "other";
        }
        append(out, r);
    }

    void figure(const std::string& item, std::string value, std::string units = "") const {
        Row r = blank("summary");
        r[Scores] = scores.path;
        r[Block] = block.new_block->id;
        r[Item] = item;
        r[Unit] = std::move(units);
        r[New] = std::move(value);
        append(out, r);
    }

    void summary() const {
        const diff::BlockSummary& s = block.summary;
        figure("units", std::to_string(s.units));
        figure("changed", std::to_string(s.changed));
        for (const auto& [ladder, n] : s.class_changes) figure("class_changed:" + ladder, std::to_string(n));
        auto ids = [](const diff::RankMove& m) {
            std::string joined;
            for (const auto& id : m.units) joined += (joined.empty() ? "" : " ") + id;
            return joined;
        };
        figure("largest_rise", std::to_string(s.up.places), ids(s.up));
        figure("largest_fall", std::to_string(s.down.places), ids(s.down));
        figure("spearman", statistic_machine(s.spearman));
        figure("kendall", statistic_machine(s.kendall));
    }
};

}  // namespace

std::string render_diff_csv(const DiffInput& in) {
    std::string out;
    append(out, Row(std::begin(kHeader), std::end(kHeader)));
    changes(*in.rules, out);
    if (!in.scores) return out;
    for (const auto& s : *in.scores)
        for (const auto& b : s.blocks) {
            const UnitRows rows{*in.rules, s, b, out};
            for (const auto& u : b.units) rows.unit(u);
            rows.summary();
        }
    return out;
}

}  // namespace chiso::report
