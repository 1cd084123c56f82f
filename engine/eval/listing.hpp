#pragma once
// A partial publication and units not ranked (docs/language.md, "Partial
// publications"): what the score file declares — `listed: {of: N}` in its header,
// `published_rank` and `ranked: false` in its units — carried onto the results,
// checked against the computed order, and the population each block's ranks and
// statistics describe decided once (BlockResult::population), for the views to word.
#include <string>
#include <unordered_map>

#include "engine/core/diagnostics.hpp"
#include "engine/eval/results.hpp"
#include "engine/input/score_sheet.hpp"

namespace chiso {

class RankingInputs {
public:
    // Reads the sheet once; an unknown `listed: {block: …}` is reported here.
    RankingInputs(const Definition& def, const ScoreSheet& sheet, Diagnostics& diags);

    // Before ranking: each unit's `ranked`, reason and published rank.
    void mark(BlockResult& block) const;
    // After ranking: the block's population; under a listing the published ranks
    // checked against the computed order and, when every listed unit has one, taken
    // as the units' ranks (what `rank <= 10` and `rank <= 10%` of `of` then read).
    void settle(const Definition& def, BlockResult& block, Diagnostics& diags) const;

private:
    const UnitInput* input_of(const UnitResult& unit) const;
    const Listing* listing_for(const BlockDef& block) const;

    const Definition* def_ = nullptr;
    const ScoreSheet* sheet_ = nullptr;
    const BlockDef* listed_block_ = nullptr;  // `listed: {block: …}`; null: every block
    bool listing_ok_ = false;                 // a listing, of a block the criteria have
    bool any_ = false;                        // the sheet declares anything at all
    std::unordered_map<std::string, const UnitInput*> by_id_;
};

}  // namespace chiso
