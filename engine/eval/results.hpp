#pragma once
// What evaluation, ranking and classification produce; what reports read.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/eval/block_stats.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

// Why a node has its points, for `chiso explain`.
struct NodeOutcome {
    enum class Source { Rule, Given, Children, NotApplicable, Excluded, Default };
    Source source = Source::Children;
    Rational points;
    Rational max;            // applicable maximum (0 when not applicable and excluded)
    Rational declared_max;   // maximum written in the criteria
    bool not_applicable = false;
    std::optional<Rational> self_points;       // from the self-assessed value
    std::optional<Rational> appraised_points;  // from the appraised value
    std::string input_text;  // the value as entered, e.g. "tốt", "8/10", "95%"
    std::string fired;       // which rule branch applied, e.g. ">= 80% < 100% -> 50%"
    bool capped = false;     // clamped to the maximum (bonus over the top)
    bool evaluated = false;  // false: below a node whose total was given
};

struct UnitResult {
    std::string id;
    std::string name;
    std::string block;
    std::string group;
    std::vector<std::string> flags;
    Rational points;     // root points
    Rational max;        // root applicable maximum
    Rational index;      // exact: points / max x scale
    Rational published;  // index rounded per the criteria
    int rank = 0;
    int ranked_among = 0;  // the units ranked together with it (block or group): what `rank <= 10%` is a share of
    std::map<std::string, std::string> classes;  // ladder id -> label (absent: no rung matched)
    std::vector<NodeOutcome> nodes;              // by NodeId of the block's tree
};

struct BlockResult {
    const BlockDef* block = nullptr;
    std::vector<UnitResult> units;  // in rank order (ties: by id for determinism)
    BlockStats stats;
};

struct Results {
    const Definition* definition = nullptr;
    std::vector<BlockResult> blocks;  // in declaration order; blocks without units included
};

// A share as an exact fraction of the block, e.g. 14 of 15.
inline Rational share(std::size_t part, std::size_t whole) {
    return whole == 0 ? Rational(0) : Rational(static_cast<std::int64_t>(part), static_cast<std::int64_t>(whole));
}

}  // namespace chiso
