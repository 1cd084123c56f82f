// ReportView from Results: every figure, label and id a writer prints, copied out
// of the results and the model once (view/report_view.hpp).
#include "engine/report/build/report_views.hpp"

#include "engine/report/build/block_view.hpp"
#include "engine/report/build/explanation.hpp"
#include "engine/report/build/publication.hpp"
#include "engine/report/build/year_view.hpp"
#include "engine/report/labels/labels.hpp"

namespace chiso::report {
namespace {

const char* publish_id(Publish publish) { return publish == Publish::Points ? "points" : "percent"; }

PreviousUnitView previous_unit(const PreviousUnit& p) { return {p.id, p.name, p.block, p.rank, p.index}; }

StatsView stats_view(const BlockStats& stats) { return {stats.count, stats.mean, stats.min, stats.max}; }

PopulationView population_view(const Population& p) {
    const char* ranks = p.published_ranks ? "published" : p.partial() ? "among-listed" : "among-ranked";
    return {p.ranked, p.not_ranked, p.of, ranks};
}

UnitChangeView unit_change(const UnitChange& change) {
    UnitChangeView v;
    v.status = status_id(change.status);
    for (const PreviousUnit* p : change.predecessors) v.ids.push_back(p->id);
    v.rank = change.previous_rank;
    v.rank_change = change.rank_change;
    v.index = change.previous_index;
    v.index_change = change.index_change;
    for (const auto& [ladder, label] : change.previous_classes) v.classes.emplace_back(ladder, label);
    return v;
}

// Every evaluated node but the root, in the tree's pre-order.
std::vector<NodeView> node_views(const TreeDef& tree, const BlockResult& block, const UnitResult& unit) {
    std::vector<NodeView> out;
    out.reserve(tree.nodes.size());  // at most one per node: no slack from growing
    for (NodeId i = 1; i < tree.nodes.size() && i < block.nodes.nodes(); ++i) {
        const NodeValue node = block.node(unit, i);
        if (!node.evaluated) continue;
        NodeView n{static_cast<std::uint32_t>(i), node.not_applicable, node.points, node.max, std::nullopt, std::nullopt};
        if (const Assessed* assessed = block.assessed(unit, i)) {
            n.self = assessed->self;
            n.appraised = assessed->appraised;
        }
        out.push_back(std::move(n));
    }
    return out;
}

UnitView unit_view(const Definition& def, const BlockFacts& facts, std::size_t position, bool nodes) {
    const BlockResult& block = *facts.block;
    const UnitResult& unit = block.units[position];
    UnitView u{unit.id, unit.name, unit.group, unit.rank, unit.points, unit.max, unit.index, unit.published,
               {}, {}, std::nullopt, true, {}};
    for (const LadderDef& ladder : def.ladders) {
        const std::string* label = facts.class_of(position, ladder);
        u.classes.push_back(label ? std::optional<std::string>(*label) : std::nullopt);
    }
    if (nodes) u.nodes = node_views(def.tree_of(*block.block), block, unit);
    u.ranked = unit.ranked;
    u.unranked_reason = unit.unranked_reason;
    return u;
}

std::size_t ladder_position(const Definition& def, const LadderDef* ladder) {
    return static_cast<std::size_t>(ladder - def.ladders.data());
}

void add_facts(BlockReportView& view, const Definition& def, const BlockFacts& facts) {
    for (const LadderFacts& ladder : facts.ladders) {
        view.ladders.push_back(ladder_position(def, ladder.ladder));
        if (!ladder.counts) continue;
        LadderCountsView counts{ladder.ladder->id, {}};
        for (const auto& c : *ladder.counts) counts.counts.push_back({c.label, c.count});
        view.class_counts.push_back(std::move(counts));
    }
    for (const CountedStat& c : facts.counted) view.counted.push_back({c.stat->id, c.stat->label, c.count});
}

BlockReportView block_report(const Definition& def, const BlockResult& block, Lang lang, YearView previous,
                             ViewNeeds needs) {
    const BlockFacts facts = block_facts(def, block);
    BlockReportView view;
    view.id = block.block->id;
    view.name = block.block->name;
    view.heading = block_heading(block, lang);
    view.stats = stats_view(block.stats);
    add_facts(view, def, facts);
    if (block.population.declared()) view.population = population_view(block.population);
    if (previous.change) {
        PreviousBlockView p;
        if (previous.change->previous) p.stats = stats_view(previous.change->previous->stats);
        for (const PreviousUnit* u : previous.change->vanished) p.vanished.push_back(previous_unit(*u));
        for (const PreviousUnit* u : previous.change->not_listed) p.not_listed.push_back(previous_unit(*u));
        p.comparable = previous.change->comparable;
        view.previous = std::move(p);
    }
    view.units.reserve(block.units.size());
    for (std::size_t u = 0; u < block.units.size(); ++u) {
        view.units.push_back(unit_view(def, facts, u, needs.nodes));
        if (previous.change) view.units.back().previous = unit_change(previous.change->units[u]);
    }
    if (needs.tables) view.table = make_block_view(def, facts, lang, previous);
    if (needs.nodes)
        for (const NodeDef& node : def.tree_of(*block.block).nodes) view.node_codes.push_back(node.code);
    return view;
}

// vanished_blocks_text's heading and lines, without its blank line and bullets.
void add_vanished_words(PreviousReportView& view, const YearComparison& previous, Lang lang) {
    const std::string text = vanished_blocks_text(previous, lang, "");
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t end = text.find('\n', at);
        std::string line = text.substr(at, end - at);
        at = end == std::string::npos ? text.size() : end + 1;
        if (line.empty()) continue;
        if (view.vanished_heading.empty())
            view.vanished_heading = std::move(line);
        else
            view.vanished_lines.push_back(std::move(line));
    }
}

}  // namespace

CriteriaView criteria_view(const Definition& def, Lang lang) {
    CriteriaView c;
    c.lang = lang;
    c.pub = publication_of(def);
    c.index_id = def.index_id;
    c.index_name = def.index_name;
    c.locality_id = def.locality_id;
    c.locality_name = def.locality_name;
    c.year = def.year;
    c.publish = publish_id(def.publish);
    for (const auto& basis : def.bases) c.bases.push_back({basis.number, basis.date, basis.title, basis_line(basis, lang)});
    for (const auto& ladder : def.ladders) c.ladders.push_back(ladder.id);
    return c;
}

ReportView report_view(const Results& results, Lang lang, const YearComparison* previous, ViewNeeds needs) {
    const Definition& def = *results.definition;
    ReportView view;
    view.criteria = criteria_view(def, lang);
    if (previous) {
        PreviousReportView p;
        p.year = previous->previous->year;
        p.partial = previous->previous->partial;
        for (const PreviousUnit* u : previous->vanished_blocks) p.vanished_blocks.push_back(previous_unit(*u));
        add_vanished_words(p, *previous, lang);
        view.previous = std::move(p);
    }
    view.blocks.reserve(results.blocks.size());
    for (std::size_t i = 0; i < results.blocks.size(); ++i)
        view.blocks.push_back(block_report(def, results.blocks[i], lang, year_view(previous, i), needs));
    return view;
}

}  // namespace chiso::report
