// JSON for machines: keys are stable ids in a fixed order, numbers are JSON
// numbers with the decimal point, text is UTF-8 as entered.
#include <nlohmann/json.hpp>

#include "engine/report/number_format.hpp"
#include "engine/report/renderers.hpp"

namespace chiso::report {
namespace {

using Json = nlohmann::ordered_json;

// Rationals keep two more decimals than the index so sums still add up visibly.
struct Numbers {
    int decimals;
    double operator()(const Rational& value) const { return json_number(value, decimals); }
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

// Ladders in declaration order; a ladder without counts for the block is left out.
Json class_stats_json(const Definition& def, const BlockStats& stats) {
    Json out = Json::object();
    for (const auto& ladder : def.ladders) {
        auto it = stats.per_class.find(ladder.id);
        if (it == stats.per_class.end()) continue;
        Json labels = Json::object();
        for (const auto& c : it->second) labels[c.label] = share_json(c.count, stats.count);
        out[ladder.id] = std::move(labels);
    }
    return out;
}

std::string stat_label(const Definition& def, const std::string& id) {
    for (const auto& s : def.stats)
        if (s.id == id) return s.label;
    return id;
}

Json stats_json(const Definition& def, const BlockStats& stats, const Numbers& num) {
    Json out = Json::object();
    out["count"] = stats.count;
    out["mean"] = num(stats.mean);
    out["min"] = num(stats.min);
    out["max"] = num(stats.max);
    out["classes"] = class_stats_json(def, stats);
    Json counted = Json::object();
    for (const auto& [id, count] : stats.counted) {
        Json entry = Json::object();
        entry["label"] = stat_label(def, id);
        entry.update(share_json(count, stats.count));  // appends count, share in order
        counted[id] = std::move(entry);
    }
    out["counted"] = std::move(counted);
    return out;
}

Json node_json(const NodeOutcome& node, const Numbers& num) {
    Json n = Json::object();
    n["points"] = num(node.points);
    n["max"] = num(node.max);
    if (node.not_applicable) n["not_applicable"] = true;
    if (node.self_points) n["self"] = num(*node.self_points);
    if (node.appraised_points) n["appraised"] = num(*node.appraised_points);
    return n;
}

// Every evaluated node but the root, in the tree's pre-order.
Json nodes_json(const TreeDef& tree, const UnitResult& unit, const Numbers& num) {
    Json out = Json::object();
    for (std::size_t i = 1; i < tree.nodes.size() && i < unit.nodes.size(); ++i)
        if (unit.nodes[i].evaluated) out[tree.nodes[i].code] = node_json(unit.nodes[i], num);
    return out;
}

Json unit_json(const Definition& def, const TreeDef& tree, const UnitResult& unit, const Numbers& num) {
    Json u = Json::object();
    u["id"] = unit.id;
    u["name"] = unit.name;
    if (!unit.group.empty()) u["group"] = unit.group;
    u["points"] = num(unit.points);
    u["max"] = num(unit.max);
    u["index"] = num(unit.published);
    u["rank"] = unit.rank;
    Json classes = Json::object();
    for (const auto& ladder : def.ladders) {
        auto it = unit.classes.find(ladder.id);
        if (it != unit.classes.end()) classes[ladder.id] = it->second;
    }
    u["classes"] = std::move(classes);
    u["nodes"] = nodes_json(tree, unit, num);
    return u;
}

Json block_json(const Definition& def, const BlockResult& block, const Numbers& num) {
    Json b = Json::object();
    b["id"] = block.block->id;
    b["name"] = block.block->name;
    b["stats"] = stats_json(def, block.stats, num);
    const TreeDef& tree = def.tree_of(*block.block);
    Json units = Json::array();
    for (const auto& unit : block.units) units.push_back(unit_json(def, tree, unit, num));
    b["units"] = std::move(units);
    return b;
}

}  // namespace

std::string render_json(const Results& results) {
    const Definition& def = *results.definition;
    const Numbers num{def.places + 4};
    Json root = Json::object();
    root["index"] = def.index_id;
    root["index_name"] = def.index_name;
    root["locality"] = def.locality_id;
    root["locality_name"] = def.locality_name;
    root["year"] = def.year;
    root["publish"] = publish_id(def.publish);
    root["bases"] = bases_json(def);
    Json blocks = Json::array();
    for (const auto& block : results.blocks) blocks.push_back(block_json(def, block, num));
    root["blocks"] = std::move(blocks);
    // Replace rather than throw on malformed UTF-8 from an input file.
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace chiso::report
