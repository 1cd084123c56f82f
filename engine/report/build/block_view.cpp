#include "engine/report/build/publication.hpp"
#include "engine/report/build/block_view.hpp"

#include "engine/report/labels/labels.hpp"
#include "engine/report/build/block_facts.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/build/year_view.hpp"

namespace chiso::report {
namespace {

// The lines under the table that say what the ranks describe, and which units are
// not ranked, with their reasons; none when the score file declared nothing.
void add_population_notes(BlockView& view, const BlockResult& block, Lang lang) {
    const Population& p = block.population;
    if (!p.declared() || block.units.empty()) return;
    if (p.published_ranks)
        view.notes.push_back(labels::format(labels::pop_ranks_published, lang, p.of));
    else if (p.partial())
        view.notes.push_back(labels::format(labels::pop_ranks_listed, lang, p.ranked, p.of));
    else
        view.notes.push_back(labels::format(labels::pop_ranks_ranked, lang, p.ranked));
    for (const UnitResult& u : block.units) {
        if (u.ranked) continue;
        view.notes.push_back(u.unranked_reason.empty()
                                 ? labels::format(labels::pop_not_ranked, lang, u.name, u.id)
                                 : labels::format(labels::pop_not_ranked_reason, lang, u.name, u.id, u.unranked_reason));
    }
}

std::vector<Column> columns(const Definition& def, const BlockFacts& facts, Lang lang) {
    const auto& index = def.publish == Publish::Points ? labels::col_index_points : labels::col_index_percent;
    std::vector<Column> cols{{labels::text(labels::col_rank, lang), true},
                             {labels::text(labels::col_id, lang), false},
                             {labels::text(labels::col_unit, lang), false},
                             {labels::text(labels::col_points, lang), true},
                             {labels::text(labels::col_max, lang), true},
                             {labels::text(index, lang), true}};
    for (const LadderFacts& ladder : facts.ladders) cols.push_back({ladder.ladder->name, false});
    return cols;
}

std::vector<std::string> unit_row(const Definition& def, const BlockFacts& facts, std::size_t u, Lang lang) {
    const UnitResult& unit = facts.block->units[u];
    const Publication pub = publication_of(def);
    std::vector<std::string> row{rank_text(unit, lang),
                                 unit.id,
                                 unit.name,
                                 pub.text(unit.points, lang),
                                 pub.text(unit.max, lang),
                                 pub.text(unit.published, lang)};
    for (const LadderFacts& ladder : facts.ladders) row.push_back(ladder.class_of[u] ? *ladder.class_of[u] : std::string());
    return row;
}

std::vector<std::pair<std::string, std::string>> stat_lines(const Definition& def, const BlockFacts& facts, Lang lang) {
    const BlockStats& stats = facts.stats();
    std::vector<std::pair<std::string, std::string>> out;
    if (stats.count == 0) return out;  // no mean of nothing, no share of nothing
    const Publication pub = publication_of(def);
    out.emplace_back(labels::text(labels::stat_mean, lang), pub.text(stats.mean, lang));
    out.emplace_back(labels::text(labels::stat_min, lang), pub.text(stats.min, lang));
    out.emplace_back(labels::text(labels::stat_max, lang), pub.text(stats.max, lang));
    // After the three figures, which year_view.cpp reads by position.
    const Population& population = facts.block->population;
    if (population.declared()) out.emplace_back(labels::text(labels::pop_stats, lang), population_stats_text(population, lang));
    for (const LadderFacts& ladder : facts.ladders) {
        if (!ladder.counts) continue;
        for (const auto& c : *ladder.counts)
            out.emplace_back(labels::format(labels::stat_class, lang, ladder.ladder->name, c.label),
                             format_share(c.count, stats.count, lang));
    }
    for (const CountedStat& c : facts.counted)
        out.emplace_back(c.stat->label, format_share(c.count, stats.count, lang));
    return out;
}

}  // namespace

BlockView make_block_view(const Definition& def, const BlockResult& block, Lang lang, YearView previous) {
    return make_block_view(def, block_facts(def, block), lang, previous);
}

BlockView make_block_view(const Definition& def, const BlockFacts& facts, Lang lang, YearView previous) {
    const BlockResult& block = *facts.block;
    BlockView view;
    view.columns = columns(def, facts, lang);
    for (std::size_t u = 0; u < block.units.size(); ++u) view.rows.push_back(unit_row(def, facts, u, lang));
    view.stats = stat_lines(def, facts, lang);
    add_population_notes(view, block, lang);
    if (previous.change) add_previous_year(view, def, facts, *previous.change, previous.year, lang);
    return view;
}

std::string rank_text(const UnitResult& unit, Lang lang) {
    return unit.ranked ? std::to_string(unit.rank) : labels::text(labels::pop_no_rank, lang);
}

std::string population_stats_text(const Population& p, Lang lang) {
    std::string text = p.partial() ? labels::format(labels::pop_stats_listed, lang, p.ranked, p.of)
                                   : labels::format(labels::pop_stats_ranked, lang, p.ranked);
    if (p.not_ranked > 0) text = labels::format(labels::pop_stats_unranked, lang, text, p.not_ranked);
    return text;
}

YearView year_view(const YearComparison* previous, std::size_t index) {
    if (!previous || index >= previous->blocks.size()) return {};
    return YearView{&previous->blocks[index], previous->previous->year};
}

std::string vanished_blocks_text(const YearComparison& previous, Lang lang, const std::string& bullet) {
    if (previous.vanished_blocks.empty()) return {};
    std::string out = "\n" + labels::format(labels::yr_vanished_blocks, lang, previous.previous->year) + "\n";
    for (const PreviousUnit* p : previous.vanished_blocks) {
        const std::string rank = p->rank ? labels::format(labels::yr_ref_ranked, lang, p->id, *p->rank, previous.previous->year)
                                         : labels::format(labels::yr_ref_unranked, lang, p->id, previous.previous->year);
        out += bullet + (p->name.empty() ? p->id : p->name) + ", " + rank + " — " + p->block + "\n";
    }
    return out;
}

std::string block_heading(const BlockResult& block, Lang lang) {
    const auto& name = block.block->name;
    const auto& id = block.block->id;
    if (block.population.partial())
        return labels::format(labels::pop_heading, lang, name, id, block.units.size(), block.population.of);
    if (block.units.size() == 1) return labels::format(labels::block_heading_one, lang, name, id);
    return labels::format(labels::block_heading, lang, name, id, block.units.size());
}

}  // namespace chiso::report
