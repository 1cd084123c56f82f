#include "engine/report/build/publication.hpp"
#include "engine/report/build/block_view.hpp"

#include "engine/report/labels/labels.hpp"
#include "engine/report/build/block_facts.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/build/year_view.hpp"

namespace chiso::report {
namespace {

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
    std::vector<std::string> row{std::to_string(unit.rank),
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
    if (previous.change) add_previous_year(view, def, facts, *previous.change, previous.year, lang);
    return view;
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
    if (block.units.size() == 1) return labels::format(labels::block_heading_one, lang, name, id);
    return labels::format(labels::block_heading, lang, name, id, block.units.size());
}

}  // namespace chiso::report
