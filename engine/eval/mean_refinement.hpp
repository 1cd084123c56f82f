#pragma once
// What makes results computed with bounded geometric means provably right
// (docs/language.md §15d): the run with every such mean rounded down and the run
// with every one rounded up must publish the same thing.
#include <string>

#include "engine/eval/results.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

// Whether some tree of the definition has a value known by bounds only: a `weighted
// geometric` node or a `normalise zscore` (a square root).
bool has_bounded_values(const Definition& def);

// Every node value of the runs rounded down (`lower`) and up (`upper`) bounds the
// exact one, and everything published is monotone in them: the same published
// index, node points as published, rank and class in both runs, and the same block
// statistics, mean the exact values give these too. Under `ranking … exact`, units
// next to each other must also be apart: the upper bound of the one below under
// the lower bound of the one above (or both exact). Returns "" when decided, else the
// id of a unit not yet decided.
std::string undecided_unit(const Definition& def, const Results& lower, const Results& upper);

}  // namespace chiso
