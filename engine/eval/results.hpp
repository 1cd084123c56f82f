#pragma once
// What evaluation, ranking and classification produce; what reports read.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/eval/block_stats.hpp"
#include "engine/columns/node_columns.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

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
                           // (under a partial publication with published ranks: the `of` units assessed in all)
    // `ranked: false` in the score file: no rank (0), no rank condition holds, and the
    // unit is left out of the block's statistics; `unranked_reason` as written.
    bool ranked = true;
    std::string unranked_reason;
    std::optional<int> published_rank;  // as the score file gives it (a partial publication)
    std::map<std::string, std::string> classes;  // ladder id -> label (absent: no rung matched)
    // The unit's row in its block's NodeColumns (evaluation order, not rank order):
    // its nodes are read through BlockResult::node, never stored per unit.
    std::size_t row = 0;
};

class UnitTracer;
struct Normalisations;

// Which units a block's ranks and statistics describe (docs/language.md, "Partial
// publications"), decided once in evaluation (engine/eval/listing.cpp) and worded by
// the views. Nothing declared: `declared()` is false and every output is as before.
struct Population {
    std::size_t ranked = 0;      // the units ranked: the statistics' population
    std::size_t not_ranked = 0;  // `ranked: false`: shown, classified, neither ranked nor counted
    int of = 0;                  // > 0: a partial publication listing `ranked + not_ranked` of `of` units
    bool published_ranks = false;  // the ranks are the published ones; else ranks among the listed
    bool partial() const { return of > 0; }
    bool declared() const { return partial() || not_ranked > 0; }
};

struct BlockResult {
    const BlockDef* block = nullptr;
    std::vector<UnitResult> units;  // in rank order (ties: by id for determinism)
    BlockStats stats;
    NodeColumns nodes;
    Population population;  // every node of every unit, by column; UnitResult::row picks a unit's row

    // The one accessor of a unit's node values (reports, diff, ranking, conditions,
    // testing, the bench): `unit` must be one of this block's units.
    NodeValue node(const UnitResult& unit, NodeId id) const { return nodes.at(unit.row, id); }
    Rational points(const UnitResult& unit, NodeId id) const { return nodes.points(unit.row, id); }
    // The self-assessed and appraised points, where the unit entered them; else nullptr.
    const Assessed* assessed(const UnitResult& unit, NodeId id) const { return nodes.assessed(unit.row, id); }
};

struct Results {
    const Definition* definition = nullptr;
    std::vector<BlockResult> blocks;  // in declaration order; blocks without units included
    // Re-runs the reference evaluator with a trace listener for the units an
    // explanation shows (engine/eval/trace.hpp); null when the inputs are not at hand
    // (results read back from a file, built by a test): explanations then show the
    // values without what was entered and which rule branch applied.
    std::shared_ptr<const UnitTracer> tracer;
    // The populations of the normalised nodes (engine/eval/normalisation.hpp); null
    // when none is normalised. The tracer re-runs units with them.
    std::shared_ptr<const Normalisations> normalisations;
};

// A share as an exact fraction of the block, e.g. 14 of 15.
inline Rational share(std::size_t part, std::size_t whole) {
    return whole == 0 ? Rational(0) : Rational(static_cast<std::int64_t>(part), static_cast<std::int64_t>(whole));
}

}  // namespace chiso
