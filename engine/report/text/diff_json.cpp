// `chiso diff` as JSON: stable keys in a fixed order; kinds and causes are machine
// ids; numbers are JSON numbers with the decimal point (exact values with four more
// decimals than the index, as in `chiso eval --format json`); positions are
// "file:line:column" (column in characters), null when a side has none.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "engine/report/text/diff_writers.hpp"

namespace chiso::report {
namespace {

using Json = nlohmann::ordered_json;
using namespace diffview;

Json text_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json side_json(const SideView& side) {
    Json s = Json::object();
    s["file"] = side.file;
    s["index"] = side.index;
    s["locality"] = side.locality;
    s["year"] = side.year;
    return s;
}

Json change_json(const ChangeView& c, std::size_t number) {
    Json j = Json::object();
    j["number"] = number;
    j["kind"] = c.kind;
    j["scope"] = text_or_null(c.scope);
    j["subject"] = text_or_null(c.subject);
    j["old"] = text_or_null(c.old_value);
    j["new"] = text_or_null(c.new_value);
    j["old_at"] = text_or_null(c.old_at);
    j["new_at"] = text_or_null(c.new_at);
    return j;
}

// Published values, and the exact ones named so (docs/reports.md).
Json outcome_json(const OutcomeView& u, const Publication& pub) {
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

Json class_json(const ClassChangeView& c) {
    Json j = Json::object();
    j["ladder"] = c.ladder;
    j["old"] = c.old_label ? Json(*c.old_label) : Json(nullptr);
    j["new"] = c.new_label ? Json(*c.new_label) : Json(nullptr);
    j["cause"] = c.cause;
    j["new_under_old_ladder"] = c.new_under_old ? Json(*c.new_under_old) : Json(nullptr);
    return j;
}

Json attribution_json(const PartView& part, int decimals) {
    Json j = Json::object();
    j["kind"] = part.kind;
    j["change"] = part.change ? Json(*part.change + 1) : Json(nullptr);
    j["amount"] = json_number(part.amount, decimals);
    return j;
}

Json unit_json(const DiffReportView& view, const UnitDiffView& u) {
    const Publication& old_pub = view.old_side.pub;
    const Publication& new_pub = view.new_side.pub;
    const int p = std::max(old_pub.places, new_pub.places);
    Json j = Json::object();
    j["id"] = u.id;
    j["name"] = u.name;
    j["old"] = outcome_json(u.old_side, old_pub);
    j["new"] = outcome_json(u.new_side, new_pub);
    Json delta = Json::object();
    // The change of the published points shown above, then the exact change.
    delta["points"] = json_number(new_pub.value(u.new_side.points) - old_pub.value(u.old_side.points), p);
    delta["points_exact"] = json_number(u.delta_points, p + 4);
    delta["index"] = json_number(u.delta_index, p + 4);
    delta["index_exact"] = json_number(u.delta_exact, p + 4);
    delta["rank_move"] = u.rank_move;
    j["delta"] = std::move(delta);
    Json classes = Json::array();
    for (const auto& c : u.classes) classes.push_back(class_json(c));
    j["classes"] = std::move(classes);
    Json parts = Json::array();
    for (const auto& part : u.attribution) parts.push_back(attribution_json(part, p + 4));
    j["attribution"] = std::move(parts);
    return j;
}

// Four decimals, the same bytes everywhere (the view's machine text); null when undefined.
Json statistic_json(const std::string& text) { return text.empty() ? Json(nullptr) : Json::parse(text); }

Json move_json(const MoveView& m) {
    Json j = Json::object();
    j["places"] = m.places;
    j["units"] = m.units;
    return j;
}

Json summary_json(const SummaryView& s) {
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

Json scores_json(const DiffReportView& view, const ScoresView& s) {
    Json j = Json::object();
    j["file"] = s.path;
    Json blocks = Json::array();
    for (const auto& b : s.blocks) {
        Json block = Json::object();
        block["id"] = b.id;
        block["name"] = b.name;
        block["summary"] = summary_json(b.summary);
        Json units = Json::array();
        for (const auto& u : b.units) units.push_back(unit_json(view, u));
        block["units"] = std::move(units);
        blocks.push_back(std::move(block));
    }
    j["blocks"] = std::move(blocks);
    return j;
}

}  // namespace

std::string render_diff_json(const DiffReportView& view) {
    Json root = Json::object();
    root["old"] = side_json(view.old_side);
    root["new"] = side_json(view.new_side);
    Json changes = Json::array();
    for (std::size_t i = 0; i < view.changes.size(); ++i) changes.push_back(change_json(view.changes[i], i + 1));
    root["changes"] = std::move(changes);
    Json scores = Json::array();
    for (const auto& s : view.scores) scores.push_back(scores_json(view, s));
    root["scores"] = std::move(scores);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace chiso::report
