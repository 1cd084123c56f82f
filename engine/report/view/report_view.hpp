#pragma once
// What crosses from the views to the writers (docs/architecture.md, "Report: views
// and writers"): the results as plain data — ids, names, labels and texts already
// chosen and worded, numbers as exact values (engine/core/rational.hpp) with the
// criteria's Publication to print them. Built once per run by build/report_views.hpp
// from Results and the Definition; the writers (text/, html/, xlsx/) see only these
// types and engine/core, so none can re-derive a fact or look into the model.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/core/rational.hpp"
#include "engine/report/view/block_view.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report {

// A legal basis of the criteria: as written (JSON) and as people cite it (`line`,
// in the view's language: "1091/QĐ-UBND ngày 06/05/2020 — Phê duyệt …").
struct BasisView {
    std::string number, date, title;  // date and title may be empty
    std::string line;
};

// What every output says about the criteria themselves.
struct CriteriaView {
    Lang lang = Lang::Vi;
    Publication pub;  // the criteria's rounding: every published number goes through it
    std::string index_id, index_name, locality_id, locality_name;
    int year = 0;
    std::string publish;  // "points" or "percent": the unit of the index
    std::vector<BasisView> bases;
    std::vector<std::string> ladders;  // ids of every ladder of the criteria, in declaration order
};

// A unit of last year (a predecessor, or one whose block no longer exists).
struct PreviousUnitView {
    std::string id, name, block;
    std::optional<int> rank;
    std::optional<Rational> index;  // published
};

// A unit compared with last year (engine/compare/year_comparison.hpp's UnitChange).
struct UnitChangeView {
    std::string status;            // stable id: "same", "renamed", "new" …
    std::vector<std::string> ids;  // of its predecessors
    std::optional<int> rank, rank_change;
    std::optional<Rational> index, index_change;
    std::vector<std::pair<std::string, std::string>> classes;  // last year's: ladder id, label (by ladder id)
};

// One evaluated node of a unit (not the root), for the JSON output. Its code is the
// block's (BlockReportView::node_codes), not copied into each of 100,000 units.
struct NodeView {
    std::uint32_t node = 0;  // its id: the position in BlockReportView::node_codes
    bool not_applicable = false;
    Rational points, max;
    std::optional<Rational> self, appraised;
};

struct UnitView {
    std::string id, name, group;
    int rank = 0;
    Rational points, max, index, published;  // `published`: the index at the criteria's rounding
    // Per ladder of the criteria (CriteriaView::ladders): the rung's label; none when
    // no rung matched or the ladder does not apply to the block.
    std::vector<std::optional<std::string>> classes;
    std::vector<NodeView> nodes;  // pre-order; only when the view was built with ViewNeeds::nodes
    std::optional<UnitChangeView> previous;
    bool ranked = true;           // false: `ranked: false` in the score file (rank 0, not counted)
    std::string unranked_reason;  // as written; may be empty
};

struct StatsView {
    std::size_t count = 0;
    Rational mean, min, max;  // of the compared indices, mean rounded once by the criteria
};

struct RungCount {
    std::string label;
    std::size_t count = 0;
};

// A ladder that applies to the block, with its counts per rung.
struct LadderCountsView {
    std::string id;
    std::vector<RungCount> counts;  // in rung order
};

// A declared statistic of the criteria and the units of the block satisfying it.
struct CountedView {
    std::string id, label;
    std::size_t count = 0;
};

// Which units a block's ranks and statistics describe, when the score file declared a
// partial publication or units not ranked (engine/eval/results.hpp, Population).
struct PopulationView {
    std::size_t ranked = 0, not_ranked = 0;  // ranked: the statistics' population
    int of = 0;                              // > 0: a partial publication, `of` units in all
    std::string ranks;  // stable id: "published", "among-listed" or "among-ranked"
};

struct PreviousBlockView {
    std::optional<StatsView> stats;          // last year's statistics of the block, when known
    std::vector<PreviousUnitView> vanished;  // last year's units of the block not evaluated this year
    std::vector<PreviousUnitView> not_listed;  // the same, when this year's file lists the block partly
    bool comparable = true;  // false: last year's statistics describe another number of units
};

struct BlockReportView {
    std::string id, name;
    std::string heading;  // "Khối: <name> (<id>) — <n> đơn vị"
    StatsView stats;
    std::vector<std::size_t> ladders;         // that apply: positions in CriteriaView::ladders
    std::vector<LadderCountsView> class_counts;  // of the ladders that apply and count, in declaration order
    std::vector<CountedView> counted;
    std::optional<PopulationView> population;  // none: every unit listed and ranked
    std::optional<PreviousBlockView> previous;
    std::vector<UnitView> units;  // in rank order
    std::vector<std::string> node_codes;  // per node id of the block's tree; with ViewNeeds::nodes
    BlockView table;              // only when the view was built with ViewNeeds::tables
};

struct PreviousReportView {
    int year = 0;
    bool partial = false;
    std::vector<PreviousUnitView> vanished_blocks;  // units of blocks the criteria no longer have
    // The same worded for people: a heading ("" when none) and one line per unit.
    std::string vanished_heading;
    std::vector<std::string> vanished_lines;
};

struct ReportView {
    CriteriaView criteria;
    std::optional<PreviousReportView> previous;
    std::vector<BlockReportView> blocks;
};

}  // namespace chiso::report
