// `chiso diff` as JSON: stable keys in a fixed order; kinds and causes are machine
// ids; numbers are JSON numbers with the decimal point (exact values with four more
// decimals than the index, as in `chiso eval --format json`); positions are
// "file:line:column" (column in characters), null when a side has none.
#include <nlohmann/json.hpp>

#include "engine/report/build/publication.hpp"
#include "engine/report/build/diff_view.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report {
namespace {

using Json = nlohmann::ordered_json;
using namespace diffview;

Json text_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json side_json(const std::string& path, const Definition& def) {
    Json s = Json::object();
    s["file"] = path;
    s["index"] = def.index_id;
    s["locality"] = def.locality_id;
    s["year"] = def.year;
    return s;
}

Json change_json(const diff::RuleChange& c, std::size_t number) {
    Json j = Json::object();
    j["number"] = number;
    j["kind"] = diff::kind_id(c.kind);
    j["scope"] = text_or_null(c.scope);
    j["subject"] = text_or_null(c.subject);
    j["old"] = text_or_null(value_text(c, true));
    j["new"] = text_or_null(value_text(c, false));
    j["old_at"] = text_or_null(loc_text(c.old_loc));
    j["new_at"] = text_or_null(loc_text(c.new_loc));
    return j;
}

// Published values, and the exact ones named so (docs/reports.md).
Json outcome_json(const UnitResult& u, const Publication& pub) {
    Json j = Json::object();
    j["points"] = pub.number(u.points);
    j["max"] = pub.number(u.max);
    j["index"] = pub.number(u.published);
    j["points_exact"] = pub.exact_number(u.points);
    j["max_exact"] = pub.exact_number(u.max);
    j["index_exact"] = pub.exact_number(u.index);
    j["rank"] = u.rank;
    Json classes = Json::object();
    for (const auto& [ladder, label] : u.classes) classes[ladder] = label;
    j["classes"] = std::move(classes);
    return j;
}

Json class_json(const diff::ClassChange& c) {
    Json j = Json::object();
    j["ladder"] = c.ladder;
    j["old"] = c.old_label ? Json(*c.old_label) : Json(nullptr);
    j["new"] = c.new_label ? Json(*c.new_label) : Json(nullptr);
    j["cause"] = diff::cause_id(c.cause);
    j["new_under_old_ladder"] = c.new_under_old ? Json(*c.new_under_old) : Json(nullptr);
    return j;
}

Json attribution_json(const diff::AttributionLine& line, const diff::RuleDiff& rules, int decimals) {
    Json j = Json::object();
    switch (line.kind) {
        case diff::AttributionLine::Kind::Change:
            j["kind"] = diff::kind_id(rules.changes[line.change].kind);
            j["change"] = line.change + 1;
            break;
        case diff::AttributionLine::Kind::TotalMax:
            j["kind"] = "total_max";
            j["change"] = nullptr;
            break;
        case diff::AttributionLine::Kind::Other:
            j["kind"] = "other";
            j["change"] = nullptr;
            break;
    }
    j["amount"] = json_number(line.amount, decimals);
    return j;
}

Json unit_json(const diff::RuleDiff& rules, const diff::UnitDiff& u) {
    const int op = rules.old_def->places, np = rules.new_def->places, p = std::max(op, np);
    Json j = Json::object();
    j["id"] = u.new_unit->id;
    j["name"] = u.new_unit->name;
    const Publication old_pub = publication_of(*rules.old_def), new_pub = publication_of(*rules.new_def);
    j["old"] = outcome_json(*u.old_unit, old_pub);
    j["new"] = outcome_json(*u.new_unit, new_pub);
    Json delta = Json::object();
    // The change of the published points shown above, then the exact change.
    delta["points"] = json_number(new_pub.value(u.new_unit->points) - old_pub.value(u.old_unit->points), p);
    delta["points_exact"] = json_number(u.delta_points, p + 4);
    delta["index"] = json_number(u.delta_index, p + 4);
    delta["index_exact"] = json_number(u.delta_exact, p + 4);
    delta["rank_move"] = u.rank_move;
    j["delta"] = std::move(delta);
    Json classes = Json::array();
    for (const auto& c : u.classes) classes.push_back(class_json(c));
    j["classes"] = std::move(classes);
    Json parts = Json::array();
    for (const auto& line : u.attribution) parts.push_back(attribution_json(line, rules, p + 4));
    j["attribution"] = std::move(parts);
    return j;
}

Json statistic_json(const std::optional<double>& v) {
    if (!v) return nullptr;
    const std::string text = statistic_machine(v);
    return Json::parse(text);  // four decimals, the same bytes everywhere
}

Json move_json(const diff::RankMove& m) {
    Json j = Json::object();
    j["places"] = m.places;
    j["units"] = m.units;
    return j;
}

Json summary_json(const diff::BlockSummary& s) {
    Json j = Json::object();
    j["units"] = s.units;
    j["changed"] = s.changed;
    Json classes = Json::object();
    for (const auto& [ladder, n] : s.class_changes) classes[ladder] = n;
    j["class_changed"] = std::move(classes);
    j["largest_rise"] = move_json(s.up);
    j["largest_fall"] = move_json(s.down);
    j["spearman"] = statistic_json(s.spearman);
    j["kendall_tau_b"] = statistic_json(s.kendall);
    return j;
}

Json scores_json(const diff::RuleDiff& rules, const diff::ScoreComparison& s) {
    Json j = Json::object();
    j["file"] = s.path;
    Json blocks = Json::array();
    for (const auto& b : s.blocks) {
        Json block = Json::object();
        block["id"] = b.new_block->id;
        block["name"] = b.new_block->name;
        block["summary"] = summary_json(b.summary);
        Json units = Json::array();
        for (const auto& u : b.units) units.push_back(unit_json(rules, u));
        block["units"] = std::move(units);
        blocks.push_back(std::move(block));
    }
    j["blocks"] = std::move(blocks);
    return j;
}

}  // namespace

std::string render_diff_json(const DiffInput& in) {
    const diff::RuleDiff& rules = *in.rules;
    Json root = Json::object();
    root["old"] = side_json(in.old_path, *rules.old_def);
    root["new"] = side_json(in.new_path, *rules.new_def);
    Json changes = Json::array();
    for (std::size_t i = 0; i < rules.changes.size(); ++i) changes.push_back(change_json(rules.changes[i], i + 1));
    root["changes"] = std::move(changes);
    Json scores = Json::array();
    if (in.scores)
        for (const auto& s : *in.scores) scores.push_back(scores_json(rules, s));
    root["scores"] = std::move(scores);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace chiso::report
