#pragma once
// A ladder rung's or a statistic's condition resolved: typed predicates whose node
// operands are bound to a NodeId in each tree, and whose numbers are already on the
// scale of what they are compared with (55% of the index is 55; of 80 points, 44).
// A condition used by a ladder section that applies to blocks of different trees
// is bound for every tree: `node[t]` and `scaled[t]` are for Definition::trees[t].
#include <string>
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/core/source.hpp"
#include "engine/model/policies.hpp"

namespace chiso {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = static_cast<NodeId>(-1);

struct CondValue {
    Measure kind = Measure::Number;
    // Number: as written (`55%`: 55, percent), and per tree its value on the scale of
    // the other side of its comparison. A share of the rank (`rank <= 10%`) depends
    // on the units ranked: `rank_share`, scaled when evaluated.
    Rational number;
    bool percent = false;
    bool rank_share = false;
    std::vector<Rational> scaled;
    // NodeIndex / NodePoints: the code as written and the node in each tree
    // (kNoNode where the tree has no node of that code: the value is then absent).
    std::string code;
    std::vector<NodeId> node;
    SourceLoc loc;
};

// `lhs cmp rhs`; a chain `80 <= index < 90` is two comparisons that must both hold.
struct Comparison {
    CondValue lhs;
    Cmp cmp = Cmp::Ge;
    CondValue rhs;
};

struct CondDef {
    enum class Kind { Compare, All, Any, Not, Flag };
    Kind kind = Kind::Compare;
    std::vector<Comparison> chain;  // Compare
    std::vector<CondDef> parts;     // All / Any (2+), Not (1)
    std::string flag;               // Flag
    std::string written;            // as written (dsl/print.hpp): diff compares and prints it
    SourceLoc loc;
};

// `80 <= index` is `index >= 80`.
Cmp flipped(Cmp cmp);
// `a cmp b` for any ordered type (Rational; the 128-bit cross products of
// classify's integer bounds), so the comparison table has one home.
template <typename T>
bool compares(const T& a, Cmp cmp, const T& b) {
    switch (cmp) {
        case Cmp::Lt: return a < b;
        case Cmp::Le: return a <= b;
        case Cmp::Gt: return a > b;
        case Cmp::Ge: return a >= b;
        case Cmp::Eq: return a == b;
    }
    return false;
}

}  // namespace chiso
