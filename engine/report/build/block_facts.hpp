#pragma once
// The facts of one block that every writer shows, decided here once: which ladders
// apply, the class of each unit on each of them, the counts per rung and the
// declared statistics with their labels. The table, Markdown, CSV, JSON, the
// explanation, the HTML page and the Excel annex read these instead of looking
// classes and statistic labels up again.
//
// Which ladders: those with a section for the block (`ladders`), in declaration
// order. A unit's classes, the counts per rung and the statistics lines only ever
// come from these, so every format lists the same ones. The CSV alone has one header
// for all blocks, so it keeps a column for every ladder of the criteria; the cells
// of a ladder that does not apply to a block are empty (class_of gives null), as for
// a unit no rung matched.
#include <cstddef>
#include <string>
#include <vector>

#include "engine/eval/results.hpp"

namespace chiso::report {

struct LadderFacts {
    const LadderDef* ladder = nullptr;
    std::vector<const std::string*> class_of;        // per unit in rank order: its rung's label, null: none matched
    const std::vector<ClassCount>* counts = nullptr;  // per rung label, in rung order (BlockStats::per_class)
};

struct CountedStat {
    const StatDef* stat = nullptr;  // its id and label, from the criteria
    std::size_t count = 0;          // units of the block satisfying it
};

struct BlockFacts {
    const BlockResult* block = nullptr;
    std::vector<LadderFacts> ladders;  // the ladders that apply to the block, in declaration order
    std::vector<CountedStat> counted;  // in declaration order of the statistics

    const BlockStats& stats() const { return block->stats; }
    std::size_t unit_count() const { return block->units.size(); }
    // Null when `ladder` does not apply to the block.
    const LadderFacts* find(const LadderDef& ladder) const;
    // The class of unit `unit` (its position in rank order) on `ladder`; null when
    // no rung matched or the ladder does not apply to the block.
    const std::string* class_of(std::size_t unit, const LadderDef& ladder) const;
};

BlockFacts block_facts(const Definition& def, const BlockResult& block);

// The position of `unit` among `block.units`; `unit` must be one of them (a reference
// into the vector, as every caller holds), not a copy.
std::size_t unit_position(const BlockResult& block, const UnitResult& unit);

}  // namespace chiso::report
