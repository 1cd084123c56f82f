#pragma once
// Where the classification cut-offs of a block lie, as the bar chart draws them.
// Read from the ladders' and statistics' conditions: `index >= 90` and
// `80 <= index < 90` give cut-offs on the index, `rank <= 5` a line between the
// 5th and the 6th. A rung that needs more (a component, a flag, `or`) still shows
// its index cut-off, marked partial; one with nothing drawable is left out.
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/model/definition.hpp"

namespace chiso::report {

// A rung (or statistic) that starts (Ge, Gt) or ends (Lt, Le) at `value`, with
// the index on the left of the comparison.
struct ValueCut {
    Rational value;
    Cmp cmp = Cmp::Ge;
    std::string label;
    bool partial = false;  // the rung also needs other conditions
};

// A rung that holds for the ranks above the line (`top`: rank <= after_rank) or
// below it (rank > after_rank).
struct RankCut {
    int after_rank = 0;
    bool top = true;
    std::string label;
    bool partial = false;
};

// One ladder's cut-offs for a block, or the statistics' ("Thống kê").
struct CutLane {
    std::string name;
    std::vector<ValueCut> index;   // on the published index
    std::vector<ValueCut> points;  // on the unit's points: comparable with the index only on a points scale
    std::vector<RankCut> ranks;

    bool empty() const { return index.empty() && points.empty() && ranks.empty(); }
};

// The lanes of `block`: its ladders in declaration order, then the statistics;
// lanes with nothing to draw are left out.
std::vector<CutLane> cut_lanes(const Definition& def, const BlockDef& block, Lang lang);

// "≥", ">", "≤", "<", "=".
const char* cmp_symbol(Cmp cmp);

}  // namespace chiso::report
