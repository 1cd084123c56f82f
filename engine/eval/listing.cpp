#include "engine/eval/listing.hpp"

#include <algorithm>

#include "engine/core/suggest.hpp"
#include "engine/eval/conditions.hpp"
#include "engine/eval/eval_messages.hpp"
#include "engine/plan/code_lookup.hpp"

namespace chiso {
namespace {

// The ranked units of one ranking population (the block, or one group under
// `ranking … within group`), in rank order.
std::vector<std::vector<UnitResult*>> populations(const Definition& def, BlockResult& block) {
    std::vector<std::vector<UnitResult*>> out;
    std::vector<std::string> groups;
    for (UnitResult& u : block.units) {
        if (!u.ranked) continue;
        const std::string key = def.ranking.within_group ? u.group : std::string();
        auto it = std::find(groups.begin(), groups.end(), key);
        if (it == groups.end()) {
            groups.push_back(key);
            out.emplace_back();
            it = groups.end() - 1;
        }
        out[static_cast<std::size_t>(it - groups.begin())].push_back(&u);
    }
    return out;
}

}  // namespace

RankingInputs::RankingInputs(const Definition& def, const ScoreSheet& sheet, Diagnostics& diags)
    : def_(&def), sheet_(&sheet) {
    any_ = sheet.listed.has_value();
    for (const UnitInput& u : sheet.units)
        if (!u.ranked || u.published_rank) any_ = true;
    if (!any_) return;
    for (const UnitInput& u : sheet.units) by_id_.emplace(u.id, &u);
    if (!sheet.listed) return;
    listing_ok_ = true;
    if (sheet.listed->block.empty()) return;
    listed_block_ = find_unit_block(def, sheet.listed->block);
    if (listed_block_) return;
    listing_ok_ = false;
    diags.error(sheet.listed->block_loc, msg::kListedUnknownBlock, sheet.listed->block);
    std::vector<std::string> ids;
    for (const auto& b : def.blocks) ids.push_back(b.id);
    diags.suggest(closest_match(sheet.listed->block, ids));
}

const UnitInput* RankingInputs::input_of(const UnitResult& unit) const {
    const auto it = by_id_.find(unit.id);
    return it == by_id_.end() ? nullptr : it->second;
}

const Listing* RankingInputs::listing_for(const BlockDef& block) const {
    if (!listing_ok_) return nullptr;
    return listed_block_ && listed_block_ != &block ? nullptr : &*sheet_->listed;
}

void RankingInputs::mark(BlockResult& block) const {
    if (!any_) return;
    for (UnitResult& u : block.units) {
        const UnitInput* in = input_of(u);
        if (!in) continue;
        u.ranked = in->ranked;
        u.unranked_reason = in->unranked_reason;
        u.published_rank = in->published_rank;
    }
}

void RankingInputs::settle(const Definition& def, BlockResult& block, Diagnostics& diags) const {
    Population& pop = block.population;
    for (const UnitResult& u : block.units) ++(u.ranked ? pop.ranked : pop.not_ranked);
    if (!any_) return;
    const Listing* listing = listing_for(*block.block);
    if (!listing) {
        if (sheet_->listed && !listing_ok_) return;  // its block is unknown: reported
        for (const UnitResult& u : block.units)
            if (u.published_rank)
                diags.error(input_of(u)->published_rank_loc, msg::kPublishedRankWithoutListed, u.id, block.block->id);
        return;
    }
    pop.of = listing->of;
    const std::size_t errors = diags.error_count();
    if (block.units.size() > static_cast<std::size_t>(listing->of))
        diags.error(listing->of_loc, msg::kListedMoreThanOf, block.block->id, block.units.size(), listing->of);
    std::size_t published = 0;
    for (const UnitResult& u : block.units) {
        if (!u.published_rank) continue;
        ++published;
        if (*u.published_rank > listing->of)
            diags.error(input_of(u)->published_rank_loc, msg::kPublishedRankAboveOf, u.id, *u.published_rank, listing->of);
    }
    if (published == 0) return;  // ranks among the listed, said so by the views
    for (const UnitResult& u : block.units)
        if (u.ranked && !u.published_rank) diags.error(input_of(u)->loc, msg::kPublishedRankMissing, u.id, block.block->id);
    if (diags.error_count() != errors) return;
    const auto value = [&](const UnitResult& u) { return ranked_value(def, u).to_string(4); };
    for (const std::vector<UnitResult*>& members : populations(def, block)) {
        for (std::size_t i = 0; i < members.size(); ++i) {
            const UnitResult& b = *members[i];
            const SourceLoc at = input_of(b)->published_rank_loc;
            // Its rank among the listed (assigned by rank_block) is a bound: every unit
            // listed before it is before it among all units too.
            if (*b.published_rank < b.rank) {
                diags.error(at, msg::kPublishedRankBeforeListed, b.id, *b.published_rank, b.rank);
                continue;  // one message per published rank: the order follows from this one
            }
            if (i == 0) continue;
            // Neighbours in the computed order are enough: the conditions chain.
            const UnitResult& a = *members[i - 1];
            const int pa = *a.published_rank, pb = *b.published_rank;
            const bool tied = a.rank == b.rank;  // equal values under `ties shared` or `dense`
            if (pa == pb && !tied && def.ranking.ties == TiePolicy::Distinct)
                diags.error(at, msg::kPublishedRankDuplicate, b.id, pb, a.id);
            else if (tied ? pa != pb : pa >= pb)
                diags.error(at, msg::kPublishedRankOrder, b.id, pb, a.id, pa, value(a), value(b));
        }
    }
    if (diags.error_count() != errors) return;
    pop.published_ranks = true;
    for (UnitResult& u : block.units) {
        if (!u.ranked) continue;
        u.rank = *u.published_rank;
        u.ranked_among = listing->of;
    }
}

}  // namespace chiso
