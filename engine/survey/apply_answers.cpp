#include "engine/survey/apply_answers.hpp"

#include <algorithm>
#include <charconv>
#include <system_error>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "engine/core/normalise.hpp"
#include "engine/core/suggest.hpp"
#include "engine/plan/code_lookup.hpp"
#include "engine/survey/bootstrap.hpp"
#include "engine/survey/exact_interval.hpp"
#include "engine/survey/random_stream.hpp"
#include "engine/survey/survey_messages.hpp"

namespace chiso {
namespace {

namespace m = msg::survey;

// A question's column and how its cells become points of its scale.
struct Column {
    const SurveyQuestionDef* question = nullptr;
    std::size_t index = 0;      // in the table
    std::size_t first = 0;      // its first point in a unit's tallies
    std::size_t points = 0;
    std::string answers;        // the scale's labels, for messages
    std::unordered_map<std::string_view, std::ptrdiff_t> seen;  // cell as written → point (-1: no answer, -2: off)
};

constexpr std::ptrdiff_t kNoAnswer = -1;
constexpr std::ptrdiff_t kOffScale = -2;

class Applier {
public:
    // `reported`: the cells already reported, shared by the surveys that read one sheet
    // (two surveys reading the same unit column report an unknown unit once).
    Applier(const Definition& def, const SurveyDef& survey, const AnswerTable& table, ScoreSheet& sheet,
            const SourceLoc& at, std::unordered_set<std::uint64_t>& reported, Diagnostics& diags)
        : def_(def), survey_(survey), table_(table), sheet_(sheet), at_(at), reported_(reported), diags_(diags) {}

    bool run() {
        if (!columns()) return false;
        units();
        tally();
        if (diags_.full()) return false;
        check_assessed();
        if (failed_) return false;
        enter();
        return !failed_;
    }

private:
    // ---- the columns the survey reads ----
    std::ptrdiff_t find_column(const std::string& name, const SourceLoc& written) {
        const std::ptrdiff_t i = table_.column(name);
        if (i < 0) {
            diags_.error(SourceLoc{table_.file(), 1, 1}, m::kUnknownColumn, name, survey_.id, written.line);
            diags_.suggest(closest_match(name, table_.columns()));
            failed_ = true;
        }
        return i;
    }

    bool columns() {
        unit_col_ = find_column(survey_.unit_column, survey_.unit_loc);
        form_col_ = find_column(survey_.form_column, survey_.form_loc);
        if (survey_.weight_column) weight_col_ = find_column(*survey_.weight_column, survey_.weight_loc);
        std::size_t first = 0;
        for (const auto& q : survey_.questions) {
            const std::ptrdiff_t i = find_column(q.column, q.column_loc);
            if (i < 0) continue;
            Column c;
            c.question = &q;
            c.index = static_cast<std::size_t>(i);
            c.first = first;
            c.points = q.likert ? static_cast<std::size_t>(q.high - q.low + 1) : q.labels.size();
            for (const auto& l : q.labels) c.answers += (c.answers.empty() ? "" : ", ") + l.label;
            first += c.points;
            columns_.push_back(std::move(c));
        }
        points_ = first;
        return !failed_;
    }

    // ---- units: by id, else by a name no other unit has ----
    void units() {
        std::unordered_map<std::string, std::size_t> names;
        std::unordered_map<std::string, int> name_count;
        for (std::size_t u = 0; u < sheet_.units.size(); ++u) {
            by_key_.emplace(text_key(sheet_.units[u].id), u);
            ++name_count[text_key(sheet_.units[u].name)];
            names.emplace(text_key(sheet_.units[u].name), u);
            ids_.push_back(sheet_.units[u].id);
        }
        for (const auto& [key, u] : names)
            if (name_count[key] == 1) by_key_.emplace(key, u);
    }

    // False when the cell was reported already (by another survey of the same sheet).
    bool first_report(std::size_t row, std::size_t col) {
        failed_ = true;
        return reported_.insert(static_cast<std::uint64_t>(row) << 24 | col).second;
    }

    std::ptrdiff_t unit_of(std::size_t row) {
        const std::string_view cell = table_.cell(row, static_cast<std::size_t>(unit_col_));
        if (auto it = unit_cache_.find(cell); it != unit_cache_.end()) return it->second;
        auto found = by_key_.find(text_key(cell));
        const std::ptrdiff_t u = found == by_key_.end() ? -1 : static_cast<std::ptrdiff_t>(found->second);
        unit_cache_.emplace(cell, u);
        if (u < 0 && first_report(row, static_cast<std::size_t>(unit_col_))) {
            diags_.error(table_.loc(row, static_cast<std::size_t>(unit_col_)), m::kUnknownUnit, table_.row_number(row),
                         table_.columns()[static_cast<std::size_t>(unit_col_)], tidy_text(cell));
            diags_.suggest(closest_match(tidy_text(cell), ids_));
        }
        return u;
    }

    // ---- one cell to a point of its question's scale ----
    std::ptrdiff_t point_of(Column& c, std::size_t row) {
        const std::string_view cell = table_.cell(row, c.index);
        if (auto it = c.seen.find(cell); it != c.seen.end()) {
            if (it->second == kOffScale) off_scale(c, row, cell);
            return it->second;
        }
        const std::string key = text_key(cell);
        std::ptrdiff_t point = kOffScale;
        if (key.empty() || std::find(survey_.no_answer.begin(), survey_.no_answer.end(), key) != survey_.no_answer.end()) {
            point = kNoAnswer;
        } else if (c.question->likert) {
            std::int64_t v = 0;
            const auto [end, error] = std::from_chars(key.data(), key.data() + key.size(), v);
            if (error == std::errc{} && end == key.data() + key.size() && v >= c.question->low && v <= c.question->high)
                point = static_cast<std::ptrdiff_t>(v - c.question->low);
        } else {
            for (std::size_t k = 0; k < c.question->labels.size(); ++k)
                if (c.question->labels[k].key == key) point = static_cast<std::ptrdiff_t>(k);
        }
        c.seen.emplace(cell, point);
        if (point == kOffScale) off_scale(c, row, cell);
        return point;
    }

    void off_scale(const Column& c, std::size_t row, std::string_view cell) {
        if (!first_report(row, c.index)) return;
        const SourceLoc loc = table_.loc(row, c.index);
        const std::string& name = table_.columns()[c.index];
        if (c.question->likert) {
            diags_.error(loc, m::kLikertOffScale, table_.row_number(row), name, tidy_text(cell), c.question->low,
                         c.question->high);
            return;
        }
        diags_.error(loc, m::kOffScale, table_.row_number(row), name, tidy_text(cell), c.answers);
        std::vector<std::string> labels;
        for (const auto& l : c.question->labels) labels.push_back(l.label);
        diags_.suggest(closest_match(tidy_text(cell), labels));
    }

    // A weight in millionths, or -1.
    std::int64_t weight_of(std::size_t row) {
        if (weight_col_ < 0) return 1'000'000;
        const std::string_view cell = table_.cell(row, static_cast<std::size_t>(weight_col_));
        const std::string text = tidy_text(cell);
        auto w = Rational::parse_decimal(text);
        if (w && !w->is_negative() && !w->is_zero()) {
            const Rational micro = *w * Rational(1'000'000);
            if (micro.den() == 1) return micro.num();
        }
        if (first_report(row, static_cast<std::size_t>(weight_col_)))
            diags_.error(table_.loc(row, static_cast<std::size_t>(weight_col_)), m::kBadWeight, table_.row_number(row),
                         table_.columns()[static_cast<std::size_t>(weight_col_)], text);
        return -1;
    }

    // ---- the forms ----
    void tally() {
        tallies_.assign(sheet_.units.size() * points_, survey::PointTally{});
        first_row_.assign(sheet_.units.size() * columns_.size(), kNoRow);
        if (bootstrap()) drawn_.assign(sheet_.units.size() * columns_.size(), {});
        for (std::size_t u = 0; u < sheet_.units.size(); ++u)
            for (const Column& c : columns_)
                for (std::size_t k = 0; k < c.points; ++k) tallies_[u * points_ + c.first + k].share = share(c, k);
        std::unordered_map<std::string, std::uint32_t> forms;
        std::vector<std::ptrdiff_t> points(columns_.size());
        for (std::size_t row = 0; row < table_.rows(); ++row) {
            if (diags_.full()) return;
            if (!form_id_ok(row, forms)) continue;
            const std::ptrdiff_t u = unit_of(row);
            const std::int64_t w = weight_of(row);
            bool complete = true, off = false;
            for (std::size_t i = 0; i < columns_.size(); ++i) {
                points[i] = point_of(columns_[i], row);
                complete = complete && points[i] != kNoAnswer;
                off = off || points[i] == kOffScale;
            }
            if (u < 0 || w < 0 || off || (survey_.exclude_incomplete && !complete)) continue;
            for (std::size_t i = 0; i < columns_.size(); ++i) {
                if (points[i] < 0) continue;
                std::size_t& first = first_row_[static_cast<std::size_t>(u) * columns_.size() + i];
                if (first == kNoRow) first = row;
                auto& t = tallies_[static_cast<std::size_t>(u) * points_ + columns_[i].first +
                                   static_cast<std::size_t>(points[i])];
                ++t.forms;
                t.weight += w;
                t.weight_squares += static_cast<survey::i128>(w) * w;
                if (bootstrap())
                    drawn_[static_cast<std::size_t>(u) * columns_.size() + i].push_back(
                        survey::DrawnForm{static_cast<std::uint32_t>(points[i]), w});
            }
        }
    }

    bool bootstrap() const { return survey_.method == IntervalMethod::Bootstrap; }

    static Rational share(const Column& c, std::size_t k) {
        const SurveyQuestionDef& q = *c.question;
        if (q.likert) return Rational(static_cast<std::int64_t>(k), q.high - q.low);
        return q.labels[k].share;
    }

    bool form_id_ok(std::size_t row, std::unordered_map<std::string, std::uint32_t>& forms) {
        const auto col = static_cast<std::size_t>(form_col_);
        const std::string id = tidy_text(table_.cell(row, col));
        if (id.empty()) {
            if (first_report(row, col))
                diags_.error(table_.loc(row, col), m::kBlankFormId, table_.row_number(row), table_.columns()[col]);
            return false;
        }
        // Compared as every id is (case, blanks, NFC): `HP25-001` and `hp25-001 ` are one form.
        auto [it, inserted] = forms.emplace(text_key(id), table_.row_number(row));
        if (!inserted && first_report(row, col))
            diags_.error(table_.loc(row, col), m::kDuplicateForm, table_.row_number(row), table_.columns()[col], id,
                         it->second);
        return inserted;
    }

    // ---- the values, into the score sheet ----
    void enter() {
        for (std::size_t u = 0; u < sheet_.units.size(); ++u) {
            UnitInput& unit = sheet_.units[u];
            for (std::size_t i = 0; i < columns_.size(); ++i)
                if (assessed_[u * columns_.size() + i]) enter(unit, u, i);
        }
    }

    void check_assessed() {
        assessed_.assign(sheet_.units.size() * columns_.size(), false);
        for (std::size_t u = 0; u < sheet_.units.size(); ++u)
            for (std::size_t i = 0; i < columns_.size(); ++i)
                assessed_[u * columns_.size() + i] = assessed(sheet_.units[u], u, i);
    }

    // Whether the unit's block assesses the column's leaf: in its tree and not excluded
    // for the block (nor below a node excluded). Forms answering a question for a unit
    // whose block does not assess it are an error at the first such cell: entering the
    // value would draw "code not in the criteria" at a code nobody typed. A unit of an
    // unknown block is left to eval, which names the block.
    bool assessed(const UnitInput& unit, std::size_t u, std::size_t i) {
        const BlockDef* block = find_unit_block(def_, unit.block);
        if (!block) return true;
        const TreeDef& tree = def_.tree_of(*block);
        const std::string code = tidy_text(columns_[i].question->code);
        NodeId node = tree.find(code);
        bool excluded = node == kNoNode;
        for (NodeId n = node; n != kNoNode && !excluded; n = tree.nodes[n].parent)
            excluded = std::find(block->excluded.begin(), block->excluded.end(), n) != block->excluded.end();
        if (!excluded) return true;
        const std::size_t row = first_row_[u * columns_.size() + i];
        if (row == kNoRow) return false;  // no form answers it: nothing to enter
        const Column& c = columns_[i];
        diags_.error(table_.loc(row, c.index), m::kNotAssessed, table_.row_number(row), table_.columns()[c.index],
                     tidy_text(table_.cell(row, static_cast<std::size_t>(form_col_))), c.question->code, unit.id,
                     block->id);
        failed_ = true;
        return false;
    }


    // The bootstrap's bounds replace the normal approximation's (computed with the share).
    void resample(const UnitInput& unit, std::size_t u, std::size_t i, survey::Estimate& est) const {
        const Column& c = columns_[i];
        std::vector<Rational> shares;
        for (std::size_t k = 0; k < c.points; ++k) shares.push_back(tallies_[u * points_ + c.first + k].share);
        survey::BootstrapSpec spec;
        spec.state = survey::stream_seed(survey_.seed, unit.id, c.question->code);
        spec.resamples = survey_.resamples;
        spec.level = survey_.level;
        spec.places = def_.places;
        spec.mode = def_.rounding;
        std::tie(est.low, est.high) = survey::bootstrap_bounds(shares, drawn_[u * columns_.size() + i], spec);
    }

    void enter(UnitInput& unit, std::size_t u, std::size_t i) {
        const Column& c = columns_[i];
        const SurveyQuestionDef& q = *c.question;
        const std::string code = tidy_text(q.code);
        for (const NodeEntry& e : unit.entries) {
            if (unit.code(e) != code) continue;
            diags_.error(unit.loc_of(e), m::kEnteredAndComputed, unit.id, q.code, survey_.id, q.column);
            failed_ = true;
            return;
        }
        const auto first = tallies_.begin() + static_cast<std::ptrdiff_t>(u * points_ + c.first);
        const std::vector<survey::PointTally> points(first, first + static_cast<std::ptrdiff_t>(c.points));
        survey::Estimate est = survey::estimate(points, survey_.weight_column.has_value(),
                                                      survey_.method == IntervalMethod::Wilson, survey_.z,
                                                      def_.places, def_.rounding);
        if (est.forms == 0) return;  // no form rates the unit: its value is missing
        if (bootstrap()) resample(unit, u, i, est);
        const bool rated = est.forms >= survey_.minimum || survey_.short_sample == ShortSample::Warn;
        if (est.forms < survey_.minimum)
            diags_.warning(at_.known() ? at_ : unit.loc, rated ? m::kTooFew : m::kTooFewUnrated, unit.id, q.code,
                           est.forms, survey_.minimum);
        InputValue value;
        if (rated) {
            value.kind = InputValue::Kind::Number;
            value.percent = true;
            value.number = est.share * Rational(100);
            value.text = value.number.to_string(6) + "%";
        } else {
            value.kind = InputValue::Kind::NotApplicable;
            value.text = "không áp dụng";
        }
        value.loc = at_.known() ? at_ : unit.loc;
        NodeEntry& e = unit.add_entry(code, value.loc);
        unit.set_value(e, value);
        SurveyFigure f;
        f.unit = unit.id;
        f.code = q.code;
        f.survey = survey_.id;
        f.column = q.column;
        f.forms = est.forms;
        f.value = est.share * Rational(100);
        f.low = est.low;
        f.high = est.high;
        f.level = survey_.level * Rational(100);
        f.wilson = survey_.method == IntervalMethod::Wilson;
        f.bootstrap = bootstrap();
        f.resamples = bootstrap() ? survey_.resamples : 0;
        f.seed = survey_.seed;
        f.weighted = survey_.weight_column.has_value();
        f.rated = rated;
        f.minimum = survey_.minimum;
        sheet_.survey_figures.push_back(std::move(f));
    }

    const Definition& def_;
    const SurveyDef& survey_;
    const AnswerTable& table_;
    ScoreSheet& sheet_;
    SourceLoc at_;
    std::unordered_set<std::uint64_t>& reported_;
    Diagnostics& diags_;
    std::ptrdiff_t unit_col_ = -1, form_col_ = -1, weight_col_ = -1;
    std::vector<Column> columns_;
    std::size_t points_ = 0;
    std::unordered_map<std::string, std::size_t> by_key_;
    std::unordered_map<std::string_view, std::ptrdiff_t> unit_cache_;
    std::vector<std::string> ids_;
    std::vector<survey::PointTally> tallies_;  // unit-major, then each column's points
    static constexpr std::size_t kNoRow = static_cast<std::size_t>(-1);
    std::vector<std::size_t> first_row_;  // unit-major, then column: the first form answering it
    std::vector<bool> assessed_;          // unit-major, then column: the unit's block assesses the leaf
    std::vector<std::vector<survey::DrawnForm>> drawn_;  // bootstrap: unit-major, then column; forms in sheet order
    bool failed_ = false;
};

}  // namespace

bool apply_answer_sheet(const Definition& def, const AnswerTable& table, ScoreSheet& sheet, const SourceLoc& at,
                        Diagnostics& diags) {
    if (def.surveys.empty()) {
        diags.error(at, m::kNoSurvey, table.file()->path());
        return false;
    }
    bool ok = true;
    std::unordered_set<std::uint64_t> reported;
    for (const auto& survey : def.surveys) ok = Applier(def, survey, table, sheet, at, reported, diags).run() && ok;
    return ok;
}

}  // namespace chiso
