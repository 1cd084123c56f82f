// JSON for machines: keys are stable ids in a fixed order, numbers are JSON
// numbers with the decimal point, text is UTF-8 as entered (control characters
// written as \u escapes). Points, maxima and indices are the published values;
// beside each of a unit and a node, the exact one under the same key with
// `_exact` (docs/reports.md, "Published values").
#include <nlohmann/json.hpp>

#include "engine/report/view/block_facts.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/renderers.hpp"
#include "engine/report/view/year_view.hpp"

namespace chiso::report {
namespace {

using Json = nlohmann::ordered_json;

struct Numbers {
    Publication pub;
    double operator()(const Rational& value) const { return pub.number(value); }
    double exact(const Rational& value) const { return pub.exact_number(value); }
};

const char* publish_id(Publish publish) { return publish == Publish::Points ? "points" : "percent"; }

Json bases_json(const Definition& def) {
    Json out = Json::array();
    for (const auto& basis : def.bases) {
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
    s["share"] = json_number(share(count, whole), 4);
    return s;
}

// The ladders that apply to the block, in declaration order (view/block_facts.hpp).
Json class_stats_json(const BlockFacts& facts) {
    Json out = Json::object();
    for (const LadderFacts& ladder : facts.ladders) {
        if (!ladder.counts) continue;
        Json labels = Json::object();
        for (const auto& c : *ladder.counts) labels[c.label] = share_json(c.count, facts.stats().count);
        out[ladder.ladder->id] = std::move(labels);
    }
    return out;
}

Json stats_json(const BlockFacts& facts, const Numbers& num) {
    const BlockStats& stats = facts.stats();
    Json out = Json::object();
    out["count"] = stats.count;
    out["mean"] = num(stats.mean);
    out["min"] = num(stats.min);
    out["max"] = num(stats.max);
    out["classes"] = class_stats_json(facts);
    Json counted = Json::object();
    for (const CountedStat& c : facts.counted) {
        Json entry = Json::object();
        entry["label"] = c.stat->label;
        entry.update(share_json(c.count, stats.count));  // appends count, share in order
        counted[c.stat->id] = std::move(entry);
    }
    out["counted"] = std::move(counted);
    return out;
}

Json node_json(const NodeValue& node, const Assessed* assessed, const Numbers& num) {
    Json n = Json::object();
    n["points"] = num(node.points);
    n["max"] = num(node.max);
    n["points_exact"] = num.exact(node.points);
    n["max_exact"] = num.exact(node.max);
    if (node.not_applicable) n["not_applicable"] = true;
    if (assessed && assessed->self) n["self"] = num(*assessed->self);
    if (assessed && assessed->appraised) n["appraised"] = num(*assessed->appraised);
    return n;
}

// Every evaluated node but the root, in the tree's pre-order.
Json nodes_json(const TreeDef& tree, const BlockResult& block, const UnitResult& unit, const Numbers& num) {
    Json out = Json::object();
    for (NodeId i = 1; i < tree.nodes.size() && i < block.nodes.nodes(); ++i) {
        const NodeValue node = block.node(unit, i);
        if (node.evaluated) out[tree.nodes[i].code] = node_json(node, block.assessed(unit, i), num);
    }
    return out;
}

Json unit_json(const TreeDef& tree, const BlockFacts& facts, std::size_t position, const Numbers& num) {
    const BlockResult& block = *facts.block;
    const UnitResult& unit = block.units[position];
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
    u["rank"] = unit.rank;
    Json classes = Json::object();
    for (const LadderFacts& ladder : facts.ladders)
        if (const std::string* label = ladder.class_of[position]) classes[ladder.ladder->id] = *label;
    u["classes"] = std::move(classes);
    u["nodes"] = nodes_json(tree, block, unit, num);
    return u;
}

Json optional_json(const std::optional<Rational>& value, const Numbers& num) {
    return value ? Json(num(*value)) : Json(nullptr);
}

Json previous_unit_json(const UnitChange& change, const Numbers& num) {
    Json p = Json::object();
    p["status"] = status_id(change.status);
    Json ids = Json::array();
    for (const PreviousUnit* u : change.predecessors) ids.push_back(u->id);
    p["ids"] = std::move(ids);
    p["rank"] = change.previous_rank ? Json(*change.previous_rank) : Json(nullptr);
    p["rank_change"] = change.rank_change ? Json(*change.rank_change) : Json(nullptr);
    p["index"] = optional_json(change.previous_index, num);
    p["index_change"] = optional_json(change.index_change, num);
    Json classes = Json::object();
    for (const auto& [ladder, label] : change.previous_classes) classes[ladder] = label;
    p["classes"] = std::move(classes);
    return p;
}

Json vanished_json(const PreviousUnit& unit, const Numbers& num) {
    Json v = Json::object();
    v["id"] = unit.id;
    v["name"] = unit.name;
    v["block"] = unit.block;
    v["rank"] = unit.rank ? Json(*unit.rank) : Json(nullptr);
    v["index"] = optional_json(unit.index, num);
    return v;
}

Json previous_block_json(const BlockChange& change, const Numbers& num) {
    Json p = Json::object();
    if (change.previous) {
        const BlockStats& before = change.previous->stats;
        p["count"] = before.count;
        p["mean"] = num(before.mean);
        p["min"] = num(before.min);
        p["max"] = num(before.max);
    }
    Json vanished = Json::array();
    for (const PreviousUnit* u : change.vanished) vanished.push_back(vanished_json(*u, num));
    p["vanished"] = std::move(vanished);
    return p;
}

Json block_json(const Definition& def, const BlockResult& block, const Numbers& num, const BlockChange* change) {
    Json b = Json::object();
    b["id"] = block.block->id;
    b["name"] = block.block->name;
    const BlockFacts facts = block_facts(def, block);
    b["stats"] = stats_json(facts, num);
    if (change) b["previous"] = previous_block_json(*change, num);
    const TreeDef& tree = def.tree_of(*block.block);
    Json units = Json::array();
    for (std::size_t i = 0; i < block.units.size(); ++i) {
        Json u = unit_json(tree, facts, i, num);
        if (change) u["previous"] = previous_unit_json(change->units[i], num);
        units.push_back(std::move(u));
    }
    b["units"] = std::move(units);
    return b;
}

}  // namespace

std::string render_json(const Results& results, const YearComparison* previous) {
    const Definition& def = *results.definition;
    const Numbers num{Publication::of(def)};
    Json root = Json::object();
    root["index"] = def.index_id;
    root["index_name"] = def.index_name;
    root["locality"] = def.locality_id;
    root["locality_name"] = def.locality_name;
    root["year"] = def.year;
    root["publish"] = publish_id(def.publish);
    root["bases"] = bases_json(def);
    if (previous) {
        root["previous_year"] = previous->previous->year;
        root["previous_partial"] = previous->previous->partial;
    }
    Json blocks = Json::array();
    for (std::size_t i = 0; i < results.blocks.size(); ++i) {
        const BlockChange* change = previous ? &previous->blocks[i] : nullptr;
        blocks.push_back(block_json(def, results.blocks[i], num, change));
    }
    root["blocks"] = std::move(blocks);
    if (previous) {
        Json vanished = Json::array();
        for (const PreviousUnit* u : previous->vanished_blocks) vanished.push_back(vanished_json(*u, num));
        root["previous_vanished"] = std::move(vanished);
    }
    // Replace rather than throw on malformed UTF-8 from an input file. Control characters
    // are escaped once, for every format, by render_results (report.cpp).
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace chiso::report
