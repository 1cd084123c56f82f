#include "engine/eval/distribution.hpp"

#include <algorithm>

#include "engine/eval/conditions.hpp"
#include "engine/eval/eval_messages.hpp"

namespace chiso {
namespace {

// Nearest rank: the ⌈p × n / 100⌉-th smallest value (the first for p = 0).
// Linear (R-7, Excel PERCENTILE.INC): h = (n - 1) × p / 100 counted from 0, and the
// value between the ⌊h⌋-th and the next, in proportion to h - ⌊h⌋.
Rational percentile_of(const std::vector<Rational>& x, const Rational& p, StatMethod method) {
    const auto n = static_cast<std::int64_t>(x.size());
    if (method == StatMethod::NearestRank) {
        const Rational k = (p * Rational(n) / Rational(100)).round(0, RoundingMode::Up);
        const std::int64_t at = std::clamp<std::int64_t>(k.num(), 1, n);
        return x[static_cast<std::size_t>(at - 1)];
    }
    const Rational h = Rational(n - 1) * p / Rational(100);
    const std::int64_t lo = std::clamp<std::int64_t>(h.round(0, RoundingMode::Down).num(), 0, n - 1);
    if (lo + 1 >= n) return x[static_cast<std::size_t>(lo)];
    const Rational frac = h - Rational(lo);
    const auto i = static_cast<std::size_t>(lo);
    return x[i] + frac * (x[i + 1] - x[i]);
}

Rational median_of(const std::vector<Rational>& x) {
    const std::size_t n = x.size();
    if (n % 2 == 1) return x[n / 2];
    return (x[n / 2 - 1] + x[n / 2]) / Rational(2);
}

std::string group_text(const std::string& group, const Definition& def) {
    return def.ranking.within_group ? " / " + group : "";
}

}  // namespace

Rational mean_of(const std::vector<Rational>& x) {
    Rational sum;
    for (const auto& v : x) sum += v;
    return sum / Rational(static_cast<std::int64_t>(x.size()));
}

// The square of the sd.
Rational variance_of(const std::vector<Rational>& x, StatMethod method) {
    const Rational m = mean_of(x);
    Rational squares;
    for (const auto& v : x) squares += (v - m) * (v - m);
    const auto n = static_cast<std::int64_t>(x.size());
    return squares / Rational(method == StatMethod::Sample ? n - 1 : n);
}

Rational statistic_of(const StatSpec& stat, const std::vector<Rational>& sorted) {
    switch (stat.kind) {
        case StatKind::Mean: return mean_of(sorted);
        case StatKind::Sd: return variance_of(sorted, stat.method);
        case StatKind::Median: return median_of(sorted);
        case StatKind::Percentile: return percentile_of(sorted, stat.p, stat.method);
        case StatKind::Min: return sorted.front();
        case StatKind::Max: return sorted.back();
    }
    return Rational(0);
}

BlockDistribution::BlockDistribution(const Definition& def, const BlockResult& block, Diagnostics& diags) {
    if (block.units.empty()) return;  // no unit to class: nothing depends on its statistics
    if (def.ranking.within_group) {
        for (const auto& u : block.units)
            if (std::find(groups_.begin(), groups_.end(), u.group) == groups_.end()) groups_.push_back(u.group);
    } else {
        groups_.push_back("");
    }
    for (const auto& ladder : def.ladders)
        if (const LadderSectionDef* section = ladder.section_for(block.block->id))
            for (const auto& rung : section->rungs)
                if (rung.when) walk(*rung.when, def, block, diags);
    for (const auto& stat : def.stats)
        if (stat.when) walk(*stat.when, def, block, diags);
}

// Recursion follows the written grouping, which the parser bounds.
void BlockDistribution::walk(const CondDef& cond, const Definition& def, const BlockResult& block, Diagnostics& diags) {
    for (const auto& link : cond.chain) {
        walk(link.lhs, def, block, diags);
        walk(link.rhs, def, block, diags);
    }
    for (const auto& part : cond.parts) walk(part, def, block, diags);
}

void BlockDistribution::walk(const CondValue& value, const Definition& def, const BlockResult& block, Diagnostics& diags) {
    for (const auto& term : value.terms)
        if (term.value.kind == Measure::Stat) compute(term.value, def, block, diags);
}

void BlockDistribution::compute(const CondValue& stat, const Definition& def, const BlockResult& block,
                                Diagnostics& diags) {
    const StatSpec& spec = stat.stat;
    if (!seen_.emplace(spec.written, true).second) return;
    const TreeDef& tree = def.tree_of(*block.block);
    CondValue of;  // the value summarised, for unit_value
    of.kind = spec.of;
    of.code = spec.code;
    of.node = spec.node;
    for (const std::string& group : groups_) {
        std::vector<Rational> values;
        for (const auto& u : block.units) {
            if (def.ranking.within_group && u.group != group) continue;
            // A unit declared not ranked is outside the population the block's
            // statistics describe (docs/language.md, "Partial publications").
            if (!u.ranked) continue;
            if (spec.of == Measure::Number) {
                values.push_back(ranked_value(def, u));
                continue;
            }
            const CondContext ctx{def, tree, u, block.block->tree, block.nodes};
            if (auto v = unit_value(of, ctx)) values.push_back(*v);
        }
        if (values.empty()) {
            diags.error(stat.loc, msg::kStatEmpty, block.block->id, group_text(group, def), spec.written);
            continue;
        }
        if (spec.kind == StatKind::Sd && spec.method == StatMethod::Sample && values.size() < 2) {
            diags.error(stat.loc, msg::kSdOneUnit, block.block->id, group_text(group, def), spec.written,
                        std::to_string(values.size()));
            continue;
        }
        std::sort(values.begin(), values.end());
        DistributionFact fact{group, spec.written, spec.kind == StatKind::Sd, statistic_of(spec, values), values.size()};
        index_[{group, spec.written}] = facts_.size();
        facts_.push_back(std::move(fact));
    }
}

const DistributionFact* BlockDistribution::find(const StatSpec& stat, const UnitResult& unit) const {
    const std::string& group = groups_.size() == 1 && groups_.front().empty() ? groups_.front() : unit.group;
    auto it = index_.find({group, stat.written});
    return it == index_.end() ? nullptr : &facts_[it->second];
}

}  // namespace chiso
