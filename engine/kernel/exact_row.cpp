#include "engine/kernel/exact_row.hpp"

#include <algorithm>

#include "engine/kernel/leaf_kernel.hpp"

namespace chiso::kernel {
namespace {

using fixed::Fraction;

std::uint8_t flags_of(NodeSource s, bool evaluated, bool not_applicable) {
    return NodeFlags::make(s, evaluated, not_applicable, false);
}

class ExactRow {
public:
    ExactRow(const CompiledTree& tree, const BoundBlock& bound, std::size_t row, ExactScratch& s)
        : tree_(tree), bound_(bound), row_(row), s_(s) {
        const std::size_t n = tree.nodes.size();
        // Values over D, unreduced, wherever they are whole over D: sums add without a gcd.
        s.points.assign(n, Fraction{0, tree.denominator});
        s.max.assign(n, Fraction{0, tree.denominator});
        s.flags.assign(n, 0);
        std::size_t depth = 1;
        for (const CompiledLeaf& leaf : tree.leaves) depth = std::max<std::size_t>(depth, leaf.expr.depth);
        if (s.stack.size() < depth) s.stack.resize(depth);
    }

    bool run() {
        for (const CompiledStep& step : tree_.steps)
            if (!node(step)) return false;
        return s_.max[0].num != 0;  // nothing applicable: reported by the reference
    }

private:
    bool node(const CompiledStep& step) {
        const NodeId id = step.node;
        const CompiledNode& node = tree_.nodes[id];
        const std::uint8_t state = bound_.state[id * bound_.rows + row_];
        switch (static_cast<CellState>(state & BoundBlock::kStateMask)) {
            case CellState::Covered: s_.flags[id] = flags_of(NodeSource::Children, false, false); return true;
            case CellState::Excluded: s_.flags[id] = flags_of(NodeSource::Excluded, true, true); return true;
            case CellState::NotApplicable:
                s_.flags[id] = flags_of(NodeSource::NotApplicable, true, true);
                if (node.na == NaPolicy::Full) s_.points[id] = Fraction{node.max_d, tree_.denominator};
                if (node.na != NaPolicy::Exclude) s_.max[id] = Fraction{node.max_d, tree_.denominator};
                return true;
            case CellState::Value:
            case CellState::Missing: break;
        }
        const bool value = (state & BoundBlock::kStateMask) == static_cast<std::uint8_t>(CellState::Value);
        if (value && (state & BoundBlock::kGiven)) {
            s_.flags[id] = flags_of(NodeSource::Given, true, false);
            s_.max[id] = Fraction{node.max_d, tree_.denominator};
            s_.points[id] = Fraction{bound_.value[id * bound_.rows + row_], tree_.denominator};
            return true;
        }
        switch (step.kind) {
            case CompiledStep::Kind::Leaf: return leaf(step, node, value);
            case CompiledStep::Kind::Sum: return sum(step, node);
            case CompiledStep::Kind::Weighted: return weighted(step, node);
        }
        return false;
    }

    bool leaf(const CompiledStep& step, const CompiledNode& node, bool value) {
        const NodeId id = step.node;
        s_.max[id] = Fraction{node.adjustment ? 0 : node.max_d, tree_.denominator};
        if (!value) {  // bound only with a default or as an adjustment
            s_.flags[id] = flags_of(NodeSource::Default, true, false);
            if (!node.adjustment) s_.points[id] = Fraction{node.default_d, tree_.denominator};
            return true;
        }
        s_.flags[id] = flags_of(NodeSource::Rule, true, false);
        const Fraction* slots = bound_.slots.data() + bound_.slot_base[step.leaf] * bound_.rows + row_;
        bool capped = false;  // a bonus or deduction over its cap: the cap, flagged
        const LeafInput in{tree_.leaves[step.leaf], node, tree_.denominator, bound_.value[id * bound_.rows + row_],
                           slots, bound_.rows, s_.stack.data(), 1, &capped};
        if (!leaf_fraction(in, s_.points[id])) return false;
        if (capped) s_.flags[id] = static_cast<std::uint8_t>(s_.flags[id] | NodeFlags::kCapped);
        return true;
    }

    bool sum(const CompiledStep& step, const CompiledNode& node) {
        // Children over D add as integers; only the others (a formula's dat / tong)
        // cost a fraction addition each, and one more to join the two.
        const std::int64_t d = tree_.denominator;
        std::int64_t over_d = 0;
        Fraction others{0, 1}, max{node.max_d, d};
        for (std::uint32_t i = step.children_begin; i < step.children_end; ++i) {
            const NodeId c = tree_.children[i];
            const Fraction& p = s_.points[c];
            if (p.den == d) {
                if (__builtin_add_overflow(over_d, p.num, &over_d) || over_d == INT64_MIN) return false;
            } else if (!fixed::add(others, p, others)) {
                return false;
            }
            const Fraction declared{tree_.nodes[c].max_d, d};
            if (tree_.nodes[c].adjustment || fixed::compare(s_.max[c], declared) == 0) continue;
            Fraction taken;
            if (!fixed::sub(declared, s_.max[c], taken) || !fixed::sub(max, taken, max)) return false;
        }
        Fraction points{over_d, d};
        if (others.num != 0 && !fixed::add(points, others, points)) return false;
        const NodeId id = step.node;
        const bool all_out = step.children_end > step.children_begin && max.num == 0 && node.max.num != 0;
        s_.flags[id] = flags_of(NodeSource::Children, true, all_out);
        s_.points[id] = points;
        s_.max[id] = max;
        return points.num >= 0 && fixed::compare(points, max) <= 0;  // capped: the reference warns
    }

    bool weighted(const CompiledStep& step, const CompiledNode& node) {
        Fraction weighted{0, 1}, weights{0, 1};
        for (std::uint32_t i = step.children_begin; i < step.children_end; ++i) {
            const NodeId c = tree_.children[i];
            if (s_.max[c].num == 0) continue;  // not applicable: its weight is shared out
            const Fraction& w = tree_.nodes[c].weight;
            Fraction share, term;
            if (!fixed::div(s_.points[c], s_.max[c], share) || !fixed::mul(w, share, term) ||
                !fixed::add(weighted, term, weighted) || !fixed::add(weights, w, weights))
                return false;
        }
        const NodeId id = step.node;
        if (weights.num == 0) {
            s_.flags[id] = flags_of(NodeSource::Children, true, true);
            return true;
        }
        Fraction share;
        if (!fixed::div(weighted, weights, share) || !fixed::mul(node.max, share, s_.points[id])) return false;
        s_.flags[id] = flags_of(NodeSource::Children, true, false);
        s_.max[id] = node.max;
        return s_.points[id].num >= 0 && fixed::compare(s_.points[id], node.max) <= 0;
    }

    const CompiledTree& tree_;
    const BoundBlock& bound_;
    const std::size_t row_;
    ExactScratch& s_;
};

}  // namespace

bool exact_row(const CompiledTree& tree, const BoundBlock& bound, std::size_t row, ExactScratch& scratch,
               PackedRow& out, bool& capped) {
    if (!ExactRow(tree, bound, row, scratch).run()) return false;
    const std::size_t n_nodes = tree.nodes.size();
    std::vector<std::int64_t> cells(n_nodes * 4);
    capped = false;
    for (NodeId n = 0; n < n_nodes; ++n) {
        std::int64_t* c = cells.data() + n * 4;
        c[0] = scratch.points[n].num;
        c[1] = scratch.points[n].den;
        c[2] = scratch.max[n].num;
        c[3] = scratch.max[n].den;
        capped = capped || (scratch.flags[n] & NodeFlags::kCapped) != 0;
    }
    out = PackedRow(std::move(cells), scratch.flags);
    return true;
}

}  // namespace chiso::kernel
