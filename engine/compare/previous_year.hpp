#pragma once
// Last year as the comparison needs it, whatever it came from: a file of
// published results (often only some ranks) or last year's scores evaluated
// under criteria (everything known).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/eval/results.hpp"
#include "engine/input/published_results.hpp"
#include "engine/input/score_sheet.hpp"

namespace chiso {

struct PreviousUnit {
    std::string id;
    std::string name;
    std::string block;
    std::optional<int> rank;
    std::optional<Rational> index;  // as published (rounded)
    std::map<std::string, std::string> classes;
};

// Last year's statistics of a block: the same BlockStats as this year's, and the
// ids of the statistics counted, since last year's criteria may declare other ones
// (a statistic is matched to this year's by id, where the two years are compared).
struct PreviousBlock {
    BlockStats stats;
    std::vector<std::string> stat_ids;  // parallel to stats.counted

    // Last year's count of the statistic `id`, if it was counted.
    std::optional<std::size_t> counted(const std::string& id) const;
};

struct PreviousYear {
    int year = 0;
    std::string index;
    std::string locality;
    bool partial = false;  // only some units published: absence means "chưa có"
    bool computed = false;  // from scores (ranks computed) rather than published
    std::vector<PreviousUnit> units;
    std::map<std::string, PreviousBlock> blocks;  // by text_key of the block id: blocks whose statistics are known
    SourceLoc index_loc, year_loc;  // in last year's file
    // Units are found by normalised id through PreviousIndex (previous_index.hpp).
};

PreviousYear previous_from_published(const PublishedResults& published);
// `sheet` is last year's score file that gave `results`.
PreviousYear previous_from_results(const Results& results, const ScoreSheet& sheet);

}  // namespace chiso
