#include "engine/model/condition_bounds.hpp"

namespace chiso {
namespace {

bool drawable(Measure m) { return m == Measure::Index || m == Measure::Points || m == Measure::Rank; }

// One comparison: a bound when it sets a number against the index, the points or
// the rank (either side); anything else is `other`.
void collect_comparison(const Comparison& c, std::size_t tree, ConditionBounds& out) {
    const bool number_right = c.rhs.kind == Measure::Number && drawable(c.lhs.kind);
    const bool number_left = c.lhs.kind == Measure::Number && drawable(c.rhs.kind);
    if (!number_right && !number_left) {
        out.other = true;
        return;
    }
    const CondValue& measure = number_right ? c.lhs : c.rhs;
    const CondValue& number = number_right ? c.rhs : c.lhs;
    MeasureBound b;
    b.on = measure.kind;
    b.cmp = number_right ? c.cmp : flipped(c.cmp);
    b.rank_share = number.rank_share;
    b.value = number.rank_share || tree >= number.scaled.size() ? number.number : number.scaled[tree];
    b.number = &number;
    out.bounds.push_back(b);
}

// Only `and` (and a chain) keeps every part necessary.
void collect(const CondDef& cond, std::size_t tree, ConditionBounds& out) {
    switch (cond.kind) {
        case CondDef::Kind::Compare:
            for (const auto& c : cond.chain) collect_comparison(c, tree, out);
            return;
        case CondDef::Kind::All:
            for (const auto& part : cond.parts) collect(part, tree, out);
            return;
        case CondDef::Kind::Any:
        case CondDef::Kind::Not:
        case CondDef::Kind::Flag: out.other = true; return;
    }
}

// `index cmp v` narrows: a lower bound for > >=, an upper bound for < <=; `=` both.
bool narrows(IntervalDef& out, Cmp cmp, const Rational& v) {
    if (cmp == Cmp::Eq) {
        out.lower = BoundDef{Cmp::Eq, v};
        return true;
    }
    const bool lower = cmp == Cmp::Gt || cmp == Cmp::Ge;
    auto& slot = lower ? out.lower : out.upper;
    if (slot) return false;  // two lower bounds on one rung: not a plain interval
    slot = BoundDef{cmp, v};
    return true;
}

}  // namespace

ConditionBounds condition_bounds(const CondDef& cond, std::size_t tree) {
    ConditionBounds out;
    collect(cond, tree, out);
    return out;
}

std::optional<IntervalDef> index_interval(const CondDef& cond, std::size_t tree) {
    const ConditionBounds found = condition_bounds(cond, tree);
    if (found.other) return std::nullopt;
    IntervalDef out;
    for (const auto& b : found.bounds)
        if (b.on != Measure::Index || !narrows(out, b.cmp, b.value)) return std::nullopt;
    return out;
}

}  // namespace chiso
