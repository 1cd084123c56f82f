// JSON for machines: keys are stable ids in a fixed order, numbers are JSON
// numbers with the decimal point, text is UTF-8 as entered (control characters
// written as \u escapes). Points, maxima and indices are the published values;
// beside each of a unit and a node, the exact one under the same key with
// `_exact` (docs/reports.md, "Published values").
#include <nlohmann/json.hpp>

#include "engine/report/text/text_writers.hpp"

namespace chiso::report {
namespace {

using Json = nlohmann::ordered_json;

struct Numbers {
    Publication pub;
    double operator()(const Rational& value) const { return pub.number(value); }
    double exact(const Rational& value) const { return pub.exact_number(value); }
};

Json bases_json(const CriteriaView& criteria) {
    Json out = Json::array();
    for (const auto& basis : criteria.bases) {
        // Date and title are optional in the criteria: null rather than "".
        Json b = Json::object();
        b["number"] = basis.number;
        b["date"] = basis.date.empty() ? Json(nullptr) : Json(basis.date);
        b["title"] = basis.title.empty() ? Json(nullptr) : Json(basis.title);
        out.push_back(std::move(b));
    }
    return out;
}

Json share_json(std::size_t count, std::size_t whole) {
    Json s = Json::object();
    s["count"] = count;
    s["share"] = json_number(share_fraction(count, whole), 4);
    return s;
}

// The ladders that apply to the block, in declaration order (build/block_facts.hpp).
Json class_stats_json(const BlockReportView& block) {
    Json out = Json::object();
    for (const LadderCountsView& ladder : block.class_counts) {
        Json labels = Json::object();
        for (const auto& c : ladder.counts) labels[c.label] = share_json(c.count, block.stats.count);
        out[ladder.id] = std::move(labels);
    }
    return out;
}

Json stats_json(const BlockReportView& block, const Numbers& num) {
    const StatsView& stats = block.stats;
    Json out = Json::object();
    out["count"] = stats.count;
    out["mean"] = num(stats.mean);
    out["min"] = num(stats.min);
    out["max"] = num(stats.max);
    out["classes"] = class_stats_json(block);
    Json counted = Json::object();
    for (const CountedView& c : block.counted) {
        Json entry = Json::object();
        entry["label"] = c.label;
        entry.update(share_json(c.count, stats.count));  // appends count, share in order
        counted[c.id] = std::move(entry);
    }
    out["counted"] = std::move(counted);
    return out;
}

Json node_json(const NodeView& node, const Numbers& num) {
    Json n = Json::object();
    n["points"] = num(node.points);
    n["max"] = num(node.max);
    n["points_exact"] = num.exact(node.points);
    n["max_exact"] = num.exact(node.max);
    if (node.not_applicable) n["not_applicable"] = true;
    if (node.self) n["self"] = num(*node.self);
    if (node.appraised) n["appraised"] = num(*node.appraised);
    return n;
}

// Every evaluated node but the root, in the tree's pre-order.
Json nodes_json(const BlockReportView& block, const UnitView& unit, const Numbers& num) {
    Json out = Json::object();
    for (const NodeView& node : unit.nodes) out[block.node_codes.at(node.node)] = node_json(node, num);
    return out;
}

Json unit_json(const CriteriaView& criteria, const BlockReportView& block, const UnitView& unit, const Numbers& num) {
    Json u = Json::object();
    u["id"] = unit.id;
    u["name"] = unit.name;
    if (!unit.group.empty()) u["group"] = unit.group;
    u["points"] = num(unit.points);
    u["max"] = num(unit.max);
    u["index"] = num(unit.published);
    u["points_exact"] = num.exact(unit.points);
    u["max_exact"] = num.exact(unit.max);
    u["index_exact"] = num.exact(unit.index);
    u["rank"] = unit.ranked ? Json(unit.rank) : Json(nullptr);
    if (!unit.ranked) {  // only then: a file that declares nothing gives the JSON it always gave
        u["ranked"] = false;
        u["unranked_reason"] = unit.unranked_reason.empty() ? Json(nullptr) : Json(unit.unranked_reason);
    }
    Json classes = Json::object();
    for (std::size_t ladder : block.ladders)
        if (const auto& label = unit.classes[ladder]) classes[criteria.ladders[ladder]] = *label;
    u["classes"] = std::move(classes);
    u["nodes"] = nodes_json(block, unit, num);
    return u;
}

Json optional_json(const std::optional<Rational>& value, const Numbers& num) {
    return value ? Json(num(*value)) : Json(nullptr);
}

Json previous_unit_json(const UnitChangeView& change, const Numbers& num) {
    Json p = Json::object();
    p["status"] = change.status;
    Json ids = Json::array();
    for (const std::string& id : change.ids) ids.push_back(id);
    p["ids"] = std::move(ids);
    p["rank"] = change.rank ? Json(*change.rank) : Json(nullptr);
    p["rank_change"] = change.rank_change ? Json(*change.rank_change) : Json(nullptr);
    p["index"] = optional_json(change.index, num);
    p["index_change"] = optional_json(change.index_change, num);
    Json classes = Json::object();
    for (const auto& [ladder, label] : change.classes) classes[ladder] = label;
    p["classes"] = std::move(classes);
    return p;
}

Json vanished_json(const PreviousUnitView& unit, const Numbers& num) {
    Json v = Json::object();
    v["id"] = unit.id;
    v["name"] = unit.name;
    v["block"] = unit.block;
    v["rank"] = unit.rank ? Json(*unit.rank) : Json(nullptr);
    v["index"] = optional_json(unit.index, num);
    return v;
}

Json previous_block_json(const PreviousBlockView& previous, const Numbers& num) {
    Json p = Json::object();
    if (previous.stats) {
        p["count"] = previous.stats->count;
        p["mean"] = num(previous.stats->mean);
        p["min"] = num(previous.stats->min);
        p["max"] = num(previous.stats->max);
    }
    Json vanished = Json::array();
    for (const PreviousUnitView& u : previous.vanished) vanished.push_back(vanished_json(u, num));
    p["vanished"] = std::move(vanished);
    // Only where this year's file declares a population (a partial listing, units not
    // ranked), so the JSON of a file that declares nothing is as it always was.
    if (!previous.comparable) p["comparable"] = false;
    if (!previous.not_listed.empty()) {
        Json not_listed = Json::array();
        for (const PreviousUnitView& u : previous.not_listed) not_listed.push_back(vanished_json(u, num));
        p["not_listed"] = std::move(not_listed);
    }
    return p;
}

// What the block's ranks and statistics describe (a partial publication, units not
// ranked): `ranked` is the statistics' count; `of` null when every unit is listed.
Json population_json(const PopulationView& p) {
    Json out = Json::object();
    out["ranked"] = p.ranked;
    out["not_ranked"] = p.not_ranked;
    out["of"] = p.of > 0 ? Json(p.of) : Json(nullptr);
    out["ranks"] = p.ranks;
    return out;
}

Json block_json(const CriteriaView& criteria, const BlockReportView& block, const Numbers& num) {
    Json b = Json::object();
    b["id"] = block.id;
    b["name"] = block.name;
    b["stats"] = stats_json(block, num);
    if (block.population) b["population"] = population_json(*block.population);
    if (block.previous) b["previous"] = previous_block_json(*block.previous, num);
    Json units = Json::array();
    for (const UnitView& unit : block.units) {
        Json u = unit_json(criteria, block, unit, num);
        if (unit.previous) u["previous"] = previous_unit_json(*unit.previous, num);
        units.push_back(std::move(u));
    }
    b["units"] = std::move(units);
    return b;
}

// Replace rather than throw on malformed UTF-8 from an input file. Control characters
// are escaped once, for every format, by render_results (report.cpp).
std::string dumped(const Json& json) { return json.dump(2, ' ', false, Json::error_handler_t::replace); }

// The "blocks" array appended to `out` as the whole document's dump would write it,
// one block's JSON tree at a time (the national input's units and nodes would
// otherwise all be in memory as one tree): each block indented to its depth in the
// document, under the root object and the array. A dump writes a line break inside
// a string as \n, so every real line break is the document's own and indenting
// after each is exact.
void append_blocks(std::string& out, const ReportView& view, const Numbers& num) {
    if (view.blocks.empty()) {
        out += "[]";
        return;
    }
    out += "[";
    for (std::size_t i = 0; i < view.blocks.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        const std::string block = dumped(block_json(view.criteria, view.blocks[i], num));
        std::size_t from = 0;
        for (std::size_t nl = block.find('\n'); nl != std::string::npos; nl = block.find('\n', from)) {
            out.append(block, from, nl + 1 - from).append("    ");
            from = nl + 1;
        }
        out.append(block, from, std::string::npos);
    }
    out += "\n  ]";
}

}  // namespace

std::string render_json(const ReportView& view) {
    const CriteriaView& criteria = view.criteria;
    const Numbers num{criteria.pub};
    Json root = Json::object();
    root["index"] = criteria.index_id;
    root["index_name"] = criteria.index_name;
    root["locality"] = criteria.locality_id;
    root["locality_name"] = criteria.locality_name;
    root["year"] = criteria.year;
    root["publish"] = criteria.publish;
    root["bases"] = bases_json(criteria);
    if (view.previous) {
        root["previous_year"] = view.previous->year;
        root["previous_partial"] = view.previous->partial;
    }
    root["blocks"] = nullptr;  // its place: the blocks are spliced in as text
    if (view.previous) {
        Json vanished = Json::array();
        for (const PreviousUnitView& u : view.previous->vanished_blocks) vanished.push_back(vanished_json(u, num));
        root["previous_vanished"] = std::move(vanished);
    }
    const std::string whole = dumped(root);
    const std::string place = "\n  \"blocks\": null";
    const std::size_t at = whole.find(place) + place.size() - 4;  // where "null" stands
    std::string out = whole.substr(0, at);
    append_blocks(out, view, num);
    out.append(whole, at + 4, std::string::npos).append("\n");
    return out;
}

}  // namespace chiso::report
