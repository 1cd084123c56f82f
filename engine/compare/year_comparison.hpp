#pragma once
// This year's results against last year's: for every unit its previous rank,
// index and classes and the change ("+4", "−0,27"), following the declared
// predecessors of renamed, merged and split units; for every block the units that
// are no longer assessed and the change of its statistics. docs/years.md.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/compare/previous_year.hpp"
#include "engine/core/diagnostics.hpp"
#include "engine/eval/results.hpp"
#include "engine/input/score_sheet.hpp"

namespace chiso {

enum class PreviousStatus {
    Same,          // the same id last year
    Renamed,       // one declared predecessor with another id
    Split,         // one predecessor that several units continue
    Merged,        // several predecessors
    OtherBlock,    // last year in another block: ranks are not comparable
    New,           // no predecessor ("mới")
    NotPublished,  // last year's result is not known ("chưa có")
};

struct UnitChange {
    PreviousStatus status = PreviousStatus::New;
    std::vector<const PreviousUnit*> predecessors;  // those found last year
    std::optional<int> previous_rank;
    std::optional<int> rank_change;  // positive: moved up
    std::optional<Rational> previous_index;  // merged: mean of the predecessors'
    std::optional<Rational> index_change;
    std::map<std::string, std::string> previous_classes;  // one predecessor only
    bool not_ranked = false;  // `ranked: false` this year: no rank change ("không xếp hạng")
};

struct BlockChange {
    std::vector<UnitChange> units;             // parallel to BlockResult::units
    std::vector<const PreviousUnit*> vanished;  // last year's units not continued
    // The same in a block this year's file lists only partly (`listed: {of: N}`): not
    // listed this year, which says nothing of whether they are still assessed.
    std::vector<const PreviousUnit*> not_listed;
    const PreviousBlock* previous = nullptr;   // last year's statistics, when known
    // False when this year's statistics describe a declared population (a partial
    // listing, units not ranked) of another size than last year's: the change of the
    // mean, lowest and highest is then not a change and is not shown as one.
    bool comparable = true;
};

struct YearComparison {
    const PreviousYear* previous = nullptr;
    std::vector<BlockChange> blocks;            // parallel to Results::blocks
    std::vector<const PreviousUnit*> vanished_blocks;  // units of blocks that no longer exist
};

// Matches the units of `results` (read from `sheet`, which holds their declared
// predecessors) with last year's. Problems (a predecessor last year does not
// have, a previous year that is not earlier, another index) are reported.
std::optional<YearComparison> compare_years(const Results& results, const ScoreSheet& sheet,
                                            const PreviousYear& previous, Diagnostics& diags);

}  // namespace chiso
