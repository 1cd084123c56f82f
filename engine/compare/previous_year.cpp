#include "engine/compare/previous_year.hpp"

#include <algorithm>

#include "engine/core/normalise.hpp"

namespace chiso {

std::optional<std::size_t> PreviousBlock::counted(const std::string& id) const {
    for (std::size_t i = 0; i < stat_ids.size() && i < stats.counted.size(); ++i)
        if (stat_ids[i] == id) return stats.counted[i];
    return std::nullopt;
}

namespace {

// Published statistics are only what the indices give: all of a block's units
// with an index, and the list complete.
void published_block_stats(PreviousYear& out) {
    if (out.partial) return;
    std::map<std::string, std::vector<Rational>> indices;
    std::map<std::string, bool> complete;
    // By the block's normalised id: `So` and `so` are one block (engine/core/normalise.hpp).
    for (const PreviousUnit& u : out.units) {
        auto [it, fresh] = complete.try_emplace(text_key(u.block), true);
        if (!u.index) it->second = false;
        else indices[text_key(u.block)].push_back(*u.index);
    }
    for (const auto& [block, all] : complete) {
        const auto& values = indices[block];
        if (!all || values.empty()) continue;
        PreviousBlock stats{summarise_indices(values, nullptr), {}};  // rounded already: kept as published
        out.blocks[block] = std::move(stats);
    }
}

}  // namespace

PreviousYear previous_from_published(const PublishedResults& published) {
    PreviousYear out;
    out.year = published.year;
    out.index = published.index;
    out.locality = published.locality;
    out.partial = published.partial;
    out.index_loc = published.index_loc;
    out.year_loc = published.year_loc;
    for (const PublishedUnit& u : published.units) {
        out.units.push_back(PreviousUnit{u.id, u.name, u.block, u.rank, u.index, u.classes});
    }
    published_block_stats(out);
    return out;
}

PreviousYear previous_from_results(const Results& results, const ScoreSheet& sheet) {
    PreviousYear out;
    out.year = sheet.year;
    out.index = sheet.index;
    out.locality = sheet.locality;
    out.index_loc = sheet.index_loc;
    out.year_loc = sheet.year_loc;
    out.computed = true;
    for (const BlockResult& block : results.blocks) {
        for (const UnitResult& u : block.units) {
            out.units.push_back(PreviousUnit{u.id, u.name, block.block->id, u.rank, u.published, u.classes});
        }
        if (block.units.empty()) continue;
        PreviousBlock& stats = out.blocks[text_key(block.block->id)];
        stats.stats = block.stats;
        for (const StatDef& stat : results.definition->stats) stats.stat_ids.push_back(stat.id);
    }
    return out;
}

}  // namespace chiso
