#pragma once
// A ladder rung's or a statistic's condition resolved: typed predicates whose node
// operands are bound to a NodeId in each tree, and whose numbers are already on the
// scale of what they are compared with (55% of the index is 55; of 80 points, 44).
// A condition used by a ladder section that applies to blocks of different trees
// is bound for every tree: `node[t]` and `scaled[t]` are for Definition::trees[t].
#include <optional>
#include <string>
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/core/source.hpp"
#include "engine/model/policies.hpp"

namespace chiso {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = static_cast<NodeId>(-1);

// A statistic of the distribution of a value over the units ranked together with the
// unit (its block, or its group with `within group`): `sd(sample)`, `percentile(90,
// linear, index(2))`. `of` is Measure::Number when written without a value: the one
// the ranking compares (the index or the points, rounded or exact per `ranking`).
struct StatSpec {
    StatKind kind = StatKind::Mean;
    StatMethod method = StatMethod::None;
    Rational p;                   // Percentile: 0..100
    Measure of = Measure::Number;  // Number, Index, Points, NodeIndex, NodePoints
    std::string code;             // NodeIndex / NodePoints
    std::vector<NodeId> node;     // per tree, kNoNode where absent
    // One text per distinct statistic (`sd(sample)`, `percentile(90, linear, index(2))`):
    // what evaluation computes once per block and what reports print.
    std::string written;
};

struct CondTerm;

struct CondValue {
    Measure kind = Measure::Number;
    // Number: as written (`55%`: 55, percent), and per tree its value on the scale of
    // the other side of its comparison. A share of the rank (`rank <= 10%`) depends
    // on the units ranked: `rank_share`, scaled when evaluated.
    Rational number;
    bool percent = false;
    bool rank_share = false;
    // `top 10% rounded up`: the share of the units turned into a number of units so.
    std::optional<ShareRounding> top;
    std::vector<Rational> scaled;
    // NodeIndex / NodePoints: the code as written and the node in each tree
    // (kNoNode where the tree has no node of that code: the value is then absent).
    std::string code;
    std::vector<NodeId> node;
    // Stat: the statistic. Linear: the value is the sum of `terms`, each a coefficient
    // times a value that is neither Linear nor arithmetic (docs/language.md §15d); the
    // numbers among them are scaled like a number compared alone.
    StatSpec stat;
    std::vector<CondTerm> terms;
    SourceLoc loc;
};

struct CondTerm {
    Rational coef;
    CondValue value;
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
