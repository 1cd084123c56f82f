#include <algorithm>
#include <numeric>

#include "engine/kernel/kernel.hpp"
#include "engine/kernel/exact_row.hpp"
#include "engine/kernel/leaf_kernel.hpp"

namespace chiso {
namespace {

using fixed::Fraction;

constexpr std::uint8_t flags_of(NodeSource s, bool evaluated, bool not_applicable) {
    return static_cast<std::uint8_t>(static_cast<std::uint8_t>(s) | (evaluated ? NodeFlags::kEvaluated : 0) |
                                     (not_applicable ? NodeFlags::kNotApplicable : 0));
}

class Kernel {
public:
    Kernel(const CompiledTree& tree, const BoundBlock& bound, KernelBlock& out)
        : tree_(tree), bound_(bound), out_(out), rows_(bound.rows) {
        std::size_t depth = 1;
        for (const CompiledLeaf& leaf : tree.leaves) depth = std::max<std::size_t>(depth, leaf.expr.depth);
        stack_.resize(depth);
        sum_.resize(rows_);
        removed_.resize(rows_);
        overflow_.resize(rows_);
        scale_.assign(rows_, 1);
    }

    void run() {
        fraction_pass();
        for (const CompiledStep& step : tree_.steps) {
            switch (step.kind) {
                case CompiledStep::Kind::Leaf: leaf_step(step); break;
                case CompiledStep::Kind::Sum: sum_step(step); break;
                case CompiledStep::Kind::Weighted: weighted_step(step); break;
            }
        }
        // Nothing applicable at the root: the reference reports the unit.
        const std::int64_t* root_max = out_.columns.max_column(0);
        for (std::size_t row = 0; row < rows_; ++row) {
            if (out_.accepted[row] && root_max[row] == 0) decline(row, 0);
            if (out_.accepted[row] && scale_[row] != 1)
                out_.columns.set_row_denominator(row, tree_.denominator * scale_[row]);
        }
    }

private:
    static constexpr std::int64_t kRowLimit = std::int64_t{1} << 60;

    static bool fraction_op(LeafOp op) {
        return op == LeafOp::Proportional || op == LeafOp::Rate || op == LeafOp::Answers || op == LeafOp::Formula;
    }

    // One pass over the fraction rules (a formula's dat / tong, a share of answers,
    // a ratio, a rate): each cell's points as an exact fraction, kept in
    // `fraction_` for leaf_step (den 0: the fraction did not fit; leaf_step then
    // asks the rule over D itself, as before), and per unit the least k such that
    // all of them are whole over D x k — the incremental LCM of what each
    // denominator lacks of D. The row is then held fixed over its own denominator
    // instead of exactly. k is 0 ("too fine", then 1 and the row goes to the exact
    // form) when k x the largest amount over D would pass 2^60: every cell is then
    // below 2^60, and sums, checked anyway, have room for the bonuses and the
    // children of a node.
    void fraction_pass() {
        std::size_t fraction_leaves = 0;
        fraction_at_.assign(tree_.leaves.size(), kNoFraction);
        for (std::size_t l = 0; l < tree_.leaves.size(); ++l)
            if (fraction_op(tree_.leaves[l].op)) fraction_at_[l] = fraction_leaves++;
        fraction_.assign(fraction_leaves * rows_, Fraction{0, 0});
        for (const CompiledStep& step : tree_.steps)
            if (step.kind == CompiledStep::Kind::Leaf && fraction_at_[step.leaf] != kNoFraction) fraction_leaf(step);
        for (std::int64_t& k : scale_)
            if (k == 0) k = 1;
    }

    // One fraction leaf's cells, the rule chosen once: the formula shapes, a
    // proportional ratio and a rate inline (leaf_kernel.hpp), the rest through
    // leaf_fraction — the same points either way.
    void fraction_leaf(const CompiledStep& step) {
        const CompiledNode& node = tree_.nodes[step.node];
        const CompiledLeaf& leaf = tree_.leaves[step.leaf];
        const Fraction* slots = bound_.slots.data() + bound_.slot_base[step.leaf] * rows_;
        const auto general = [&](std::size_t row, Fraction& points) {
            const kernel::LeafInput in{leaf, node, tree_.denominator, 0, slots + row, rows_, stack_.data()};
            return kernel::leaf_fraction(in, points);
        };
        if (leaf.op == LeafOp::Formula && leaf.expr.shape != ExprCode::Shape::Code)
            return fraction_loop(step, [&](std::size_t row, Fraction& points) {
                const int shaped = kernel::shaped_formula(leaf, slots + row, rows_, points);
                if (shaped < 0) return general(row, points);
                return shaped == 1 && kernel::within_max(node, points);
            });
        if (leaf.op == LeafOp::Proportional && !leaf.has_expr)
            return fraction_loop(step, [&](std::size_t row, Fraction& points) {
                return kernel::proportional_points(node, slots[row], points);
            });
        if (leaf.op == LeafOp::Rate)
            return fraction_loop(step, [&](std::size_t row, Fraction& points) {
                return kernel::rate_points(node, slots[row], points);
            });
        fraction_loop(step, general);
    }

    template <typename Rule>
    void fraction_loop(const CompiledStep& step, Rule rule) {
        const std::uint8_t* state = bound_.state.data() + step.node * rows_;
        Fraction* out = fraction_.data() + fraction_at_[step.leaf] * rows_;
        for (std::size_t row = 0; row < rows_; ++row) {
            if (!out_.accepted[row]) continue;
            if ((state[row] & BoundBlock::kStateMask) != static_cast<std::uint8_t>(CellState::Value)) continue;
            Fraction points;
            if (rule(row, points)) keep_fraction(row, points, out[row], step.node);
        }
    }

    // A cell's points kept for leaf_step, and the row's k raised so that they are
    // whole over D x k (or the row declined: too fine).
    void keep_fraction(std::size_t row, Fraction points, Fraction& out, NodeId node) {
        const std::int64_t d = tree_.denominator;
        // Most points are already whole over the row's D x k (a tong seen before,
        // a share of answers): one division, no gcd, the fraction kept unreduced.
        std::int64_t dk = 0;
        if (scale_[row] != 0 && !__builtin_mul_overflow(d, scale_[row], &dk) && dk % points.den == 0) {
            out = points;
            return;
        }
        points = fixed::reduced(points);
        out = points;
        if (scale_[row] == 0) return;
        const std::int64_t need = points.den / static_cast<std::int64_t>(fixed::gcd64(
                                                   static_cast<std::uint64_t>(points.den), static_cast<std::uint64_t>(d)));
        if (need == 1 || scale_[row] % need == 0) return;
        std::int64_t k = 0, limit = 0;
        const auto g = static_cast<std::int64_t>(
            fixed::gcd64(static_cast<std::uint64_t>(scale_[row]), static_cast<std::uint64_t>(need)));
        if (__builtin_mul_overflow(scale_[row] / g, need, &k) || __builtin_mul_overflow(k, tree_.largest_d, &limit) ||
            limit >= kRowLimit) {
            // Too fine: at k = 1 this cell is not whole over D, so the fixed form
            // would decline the row here anyway; declined now, the leaf loops
            // skip it and the exact form takes it.
            scale_[row] = 0;
            decline(row, node);
            return;
        }
        scale_[row] = k;
    }

    void decline(std::size_t row, NodeId node) {
        out_.accepted[row] = 0;
        out_.declined_at[row] = node;
    }

    struct Cells {
        std::int64_t* points;
        std::int64_t* max;
        std::uint8_t* flags;
        const std::uint8_t* state;
        const std::int64_t* value;
    };
    Cells cells(NodeId n) {
        return {out_.columns.points_column(n), out_.columns.max_column(n), out_.columns.flags_column(n),
                bound_.state.data() + n * rows_, bound_.value.data() + n * rows_};
    }

    // The cells that do not depend on the node's kind: covered, excluded, not
    // applicable, a total given. False: the node's own computation is needed.
    bool common_cell(const CompiledNode& node, const Cells& c, std::size_t row) {
        const std::int64_t k = scale_[row];  // k x largest_d < 2^60: no overflow
        switch (static_cast<CellState>(c.state[row] & BoundBlock::kStateMask)) {
            case CellState::Covered: c.flags[row] = flags_of(NodeSource::Children, false, false); return true;
            case CellState::Excluded: c.flags[row] = flags_of(NodeSource::Excluded, true, true); return true;
            case CellState::NotApplicable:
                c.flags[row] = flags_of(NodeSource::NotApplicable, true, true);
                if (node.na == NaPolicy::Full) c.points[row] = node.max_d * k;
                if (node.na != NaPolicy::Exclude) c.max[row] = node.max_d * k;
                return true;
            case CellState::Value:
                if (!(c.state[row] & BoundBlock::kGiven)) return false;
                c.flags[row] = flags_of(NodeSource::Given, true, false);
                c.points[row] = c.value[row] * k;  // a total is at most the maximum
                c.max[row] = node.max_d * k;
                return true;
            case CellState::Missing: return false;
        }
        return false;
    }

    // One loop per leaf, the rule chosen once: the common cell (a value entered at a
    // leaf) goes straight to `rule`, the rare ones (missing, not applicable,
    // excluded, covered) to common_cell.
    void leaf_step(const CompiledStep& step) {
        const CompiledNode& node = tree_.nodes[step.node];
        const CompiledLeaf& leaf = tree_.leaves[step.leaf];
        const Cells c = cells(step.node);
        switch (leaf.op) {
            case LeafOp::Points:
                return leaf_loop(step, node, c, [&](std::size_t row, std::int64_t k, std::int64_t& p) {
                    return !__builtin_mul_overflow(c.value[row], k, &p);
                });
            case LeafOp::YesNo:
                return leaf_loop(step, node, c, [&](std::size_t row, std::int64_t k, std::int64_t& p) {
                    return !__builtin_mul_overflow(c.value[row] != 0 ? node.max_d : 0, k, &p);
                });
            case LeafOp::Levels: {
                const std::int64_t* table = leaf.level_points_d.data();
                return leaf_loop(step, node, c, [&](std::size_t row, std::int64_t k, std::int64_t& p) {
                    return !__builtin_mul_overflow(table[c.value[row]], k, &p);
                });
            }
            case LeafOp::DeductPerEvent:
                return leaf_loop(step, node, c, [&](std::size_t row, std::int64_t k, std::int64_t& p) {
                    return kernel::per_event_points(c.value[row], leaf, node, p) && (k == 1 || !__builtin_mul_overflow(p, k, &p));
                });
            case LeafOp::Bands:
                if (leaf.has_expr) return measured_bands_step(step, node, c);
                {
                    // The ratio as bound (bind checked its range): straight to the bands.
                    const Fraction* ratio = bound_.slots.data() + bound_.slot_base[step.leaf] * rows_;
                    return leaf_loop(step, node, c, [&](std::size_t row, std::int64_t k, std::int64_t& p) {
                        return kernel::band_points(leaf, ratio[row], p) && (k == 1 || !__builtin_mul_overflow(p, k, &p));
                    });
                }
            case LeafOp::Bonus:
            case LeafOp::Deduction: return adjustment_step(step, node, c);
            default: break;
        }
        const Fraction* slots = bound_.slots.data() + bound_.slot_base[step.leaf] * rows_;
        const Fraction* fractions =
            fraction_at_[step.leaf] == kNoFraction ? nullptr : fraction_.data() + fraction_at_[step.leaf] * rows_;
        const std::int64_t d = tree_.denominator;
        leaf_loop(step, node, c, [&](std::size_t row, std::int64_t k, std::int64_t& p) {
            // The fraction found by fraction_pass: x over D x k, whole by the choice of k
            // unless k was too fine (then declined here, and the exact form takes it).
            if (fractions && fractions[row].den != 0) {
                Fraction x = fractions[row];
                std::int64_t dk = 0, max_dk = 0;  // as leaf_points: D x k and max x D x k fit
                if (__builtin_mul_overflow(d, k, &dk) || __builtin_mul_overflow(node.max_d, k, &max_dk)) return false;
                if (dk % x.den != 0) x = fixed::reduced(x);  // kept unreduced by fraction_pass
                return dk % x.den == 0 && fixed::narrow(static_cast<fixed::i128>(x.num) * (dk / x.den), p);
            }
            const kernel::LeafInput in{leaf, node, d, c.value[row], slots + row, rows_, stack_.data(), k};
            return kernel::leaf_points(in, p);
        });
    }

    // Bands of a formula's value (`bands of dat / tong`): a formula shape inline, the
    // interpreter through leaf_points.
    void measured_bands_step(const CompiledStep& step, const CompiledNode& node, const Cells& c) {
        const CompiledLeaf& leaf = tree_.leaves[step.leaf];
        const Fraction* slots = bound_.slots.data() + bound_.slot_base[step.leaf] * rows_;
        const std::int64_t d = tree_.denominator;
        leaf_loop(step, node, c, [&](std::size_t row, std::int64_t k, std::int64_t& p) {
            Fraction x;
            const int shaped = kernel::shaped_formula(leaf, slots + row, rows_, x);
            if (shaped < 0) {
                const kernel::LeafInput in{leaf, node, d, c.value[row], slots + row, rows_, stack_.data(), k};
                return kernel::leaf_points(in, p);
            }
            return shaped == 1 && kernel::measured_in_range(leaf, x) && kernel::band_points(leaf, x, p) &&
                   (k == 1 || !__builtin_mul_overflow(p, k, &p));
        });
    }

    // A bonus or deduction: over its cap, the cap, the cell flagged capped and the row
    // `warned` (evaluate() gives the reference's eval.capped warning).
    void adjustment_step(const CompiledStep& step, const CompiledNode& node, const Cells& c) {
        const CompiledLeaf& leaf = tree_.leaves[step.leaf];
        const Fraction* slots = bound_.slots.data() + bound_.slot_base[step.leaf] * rows_;
        const std::int64_t d = tree_.denominator;
        leaf_loop(step, node, c, [&](std::size_t row, std::int64_t k, std::int64_t& p) {
            bool capped = false;
            const kernel::LeafInput in{leaf, node, d, c.value[row], slots + row, rows_, stack_.data(), k, &capped};
            if (!kernel::leaf_points(in, p)) return false;
            if (capped) {
                c.flags[row] = static_cast<std::uint8_t>(c.flags[row] | NodeFlags::kCapped);
                out_.warned[row] = 1;
            }
            return true;
        });
    }

    template <typename Rule>
    void leaf_loop(const CompiledStep& step, const CompiledNode& node, const Cells& c, Rule rule) {
        constexpr auto value = static_cast<std::uint8_t>(CellState::Value);
        const std::uint8_t rule_flags = flags_of(NodeSource::Rule, true, false);
        const std::int64_t max = node.adjustment ? 0 : node.max_d;
        const std::uint8_t* ok = out_.accepted.data();
        for (std::size_t row = 0; row < rows_; ++row) {
            if (!ok[row]) continue;
            const std::int64_t k = scale_[row];
            if ((c.state[row] & (BoundBlock::kStateMask | BoundBlock::kGiven)) == value) {
                c.max[row] = max * k;
                c.flags[row] = rule_flags;
                if (!rule(row, k, c.points[row])) decline(row, step.node);
                continue;
            }
            if (common_cell(node, c, row)) continue;
            // Bind accepted a missing leaf only with a default or as an adjustment.
            c.max[row] = max * k;
            c.flags[row] = flags_of(NodeSource::Default, true, false);
            c.points[row] = node.adjustment ? 0 : node.default_d * k;
        }
    }

    // Points: the children's sum; maximum: the declared one less what children that
    // do not (fully) apply take out. Beyond [0, max] the reference warns: declined.
    void sum_step(const CompiledStep& step) {
        const CompiledNode& node = tree_.nodes[step.node];
        const Cells c = cells(step.node);
        // Column by column over locals (no member reloads, no branch per cell): the
        // overflow of any addition is or-ed into `overflow_` and declined once after.
        std::int64_t* const sum = sum_.data();
        std::int64_t* const removed = removed_.data();
        std::uint8_t* const overflow = overflow_.data();
        const std::int64_t* const scale = scale_.data();
        const std::size_t rows = rows_;
        std::fill_n(sum, rows, 0);
        std::fill_n(removed, rows, 0);
        std::fill_n(overflow, rows, 0);
        std::uint8_t* ok = out_.accepted.data();
        for (std::uint32_t i = step.children_begin; i < step.children_end; ++i) {
            const NodeId child = tree_.children[i];
            const std::int64_t* p = out_.columns.points_column(child);
            const std::int64_t* m = out_.columns.max_column(child);
            const std::int64_t declared = tree_.nodes[child].max_d;
            if (tree_.nodes[child].adjustment) {  // adds nothing to the maximum
                for (std::size_t row = 0; row < rows; ++row)
                    overflow[row] |= static_cast<std::uint8_t>(__builtin_add_overflow(sum[row], p[row], &sum[row]));
                continue;
            }
            for (std::size_t row = 0; row < rows; ++row) {
                // declared x k < 2^60 and m <= declared x k: the difference cannot overflow.
                const bool a = __builtin_add_overflow(sum[row], p[row], &sum[row]);
                const bool b = __builtin_add_overflow(removed[row], declared * scale[row] - m[row], &removed[row]);
                overflow[row] |= static_cast<std::uint8_t>(a | b);
            }
        }
        for (std::size_t row = 0; row < rows; ++row)
            if (overflow[row] && ok[row]) decline(row, step.node);
        const bool has_children = step.children_end > step.children_begin;
        for (std::size_t row = 0; row < rows_; ++row) {
            if (!ok[row] || common_cell(node, c, row)) continue;
            std::int64_t max = 0;
            if (__builtin_sub_overflow(node.max_d * scale_[row], removed_[row], &max)) decline(row, step.node);
            const bool all_out = has_children && max == 0 && node.max_d != 0;
            c.flags[row] = flags_of(NodeSource::Children, true, all_out);
            c.points[row] = sum_[row];
            c.max[row] = max;
            if (sum_[row] > max || sum_[row] < 0) decline(row, step.node);
        }
    }

    // max x sum(weight x points / max) / sum(weight) over the children that apply,
    // whole over D x k or declined. The common case — every applicable child with
    // the same maximum, as a weighted area's criteria usually are — is one integer
    // quotient: max x sum(wb x points) / (m x sum(wb)), wb the weights over their
    // common denominator (integer_weights). Otherwise exact fractions per unit.
    void weighted_step(const CompiledStep& step) {
        const CompiledNode& node = tree_.nodes[step.node];
        const Cells c = cells(step.node);
        const std::vector<std::int64_t> wb = integer_weights(step);
        for (std::size_t row = 0; row < rows_; ++row) {
            if (!out_.accepted[row] || common_cell(node, c, row)) continue;
            const int fast = wb.empty() ? -1 : weighted_same_max(step, node, c, row, wb);
            if (fast == 0 || (fast < 0 && !weighted_cell(step, node, c, row))) decline(row, step.node);
        }
    }

    // The children's weights as integers over their common denominator, each of at
    // most 2^31 (so that a sum of weight x points stays far inside 128 bits), or
    // empty: the fraction form is used for every row.
    std::vector<std::int64_t> integer_weights(const CompiledStep& step) const {
        std::int64_t common = 1;
        for (std::uint32_t i = step.children_begin; i < step.children_end; ++i) {
            const Fraction& w = tree_.nodes[tree_.children[i]].weight;
            const std::int64_t g = std::gcd(common, w.den);
            if (__builtin_mul_overflow(common / g, w.den, &common) || common > (std::int64_t{1} << 31)) return {};
        }
        std::vector<std::int64_t> wb;
        for (std::uint32_t i = step.children_begin; i < step.children_end; ++i) {
            const Fraction& w = tree_.nodes[tree_.children[i]].weight;
            std::int64_t v = 0;
            if (__builtin_mul_overflow(w.num, common / w.den, &v) || v > (std::int64_t{1} << 31) ||
                v < -(std::int64_t{1} << 31))
                return {};
            wb.push_back(v);
        }
        return wb;
    }

    // 1: done, 0: declined (not whole, beyond [0, max]), -1: not this form (children
    // of different maxima, a product beyond 128 bits) — ask weighted_cell.
    int weighted_same_max(const CompiledStep& step, const CompiledNode& node, const Cells& c, std::size_t row,
                          const std::vector<std::int64_t>& wb) {
        using fixed::i128;
        i128 acc = 0;
        std::int64_t weights = 0, m = 0;
        for (std::uint32_t i = step.children_begin; i < step.children_end; ++i) {
            const NodeId child = tree_.children[i];
            const std::int64_t mi = out_.columns.max_column(child)[row];
            if (mi == 0) continue;  // not applicable: its weight is shared out
            if (m == 0) m = mi;
            if (mi != m) return -1;
            const std::int64_t w = wb[i - step.children_begin];
            acc += static_cast<i128>(w) * out_.columns.points_column(child)[row];  // < 2^31 x 2^63 each
            weights += w;                                                         // < 2^31 each
        }
        if (weights == 0) {
            c.flags[row] = flags_of(NodeSource::Children, true, true);
            return 1;
        }
        const std::int64_t max = node.max_d * scale_[row];
        i128 t = 0;
        if (__builtin_mul_overflow(static_cast<i128>(max), acc, &t)) return -1;
        const i128 q = static_cast<i128>(m) * weights;
        std::int64_t points = 0;
        if (t % q != 0 || !fixed::narrow(t / q, points)) return 0;
        c.flags[row] = flags_of(NodeSource::Children, true, false);
        c.points[row] = points;
        c.max[row] = max;
        return points >= 0 && points <= max ? 1 : 0;
    }

    bool weighted_cell(const CompiledStep& step, const CompiledNode& node, const Cells& c, std::size_t row) {
        Fraction weighted{0, 1}, weights{0, 1};
        for (std::uint32_t i = step.children_begin; i < step.children_end; ++i) {
            const NodeId child = tree_.children[i];
            const std::int64_t m = out_.columns.max_column(child)[row];
            if (m == 0) continue;  // not applicable: its weight is shared out
            const Fraction& w = tree_.nodes[child].weight;
            Fraction share, term;
            if (!fixed::make(out_.columns.points_column(child)[row], m, share) || !fixed::mul(w, share, term) ||
                !fixed::add(weighted, term, weighted) || !fixed::add(weights, w, weights))
                return false;
        }
        if (weights.num == 0) {
            c.flags[row] = flags_of(NodeSource::Children, true, true);
            return true;
        }
        Fraction share;
        if (!fixed::div(weighted, weights, share)) return false;
        std::int64_t points = 0;
        const std::int64_t max = node.max_d * scale_[row];
        const fixed::i128 t = static_cast<fixed::i128>(max) * share.num;
        if (t % share.den != 0 || !fixed::narrow(t / share.den, points)) return false;
        c.flags[row] = flags_of(NodeSource::Children, true, false);
        c.points[row] = points;
        c.max[row] = max;
        return points >= 0 && points <= max;
    }

    const CompiledTree& tree_;
    const BoundBlock& bound_;
    KernelBlock& out_;
    const std::size_t rows_;
    std::vector<Fraction> stack_;
    std::vector<std::int64_t> sum_, removed_;
    std::vector<std::uint8_t> overflow_;  // sum_step: row -> an addition overflowed
    std::vector<std::int64_t> scale_;  // row -> k: the row is held over D x k
    static constexpr std::size_t kNoFraction = static_cast<std::size_t>(-1);
    std::vector<std::size_t> fraction_at_;  // leaf -> its column of fraction_, or kNoFraction
    std::vector<Fraction> fraction_;        // reduced points of the fraction rules, leaf-major
};

}  // namespace

std::size_t KernelBlock::accepted_count() const {
    return static_cast<std::size_t>(std::count(accepted.begin(), accepted.end(), std::uint8_t{1}));
}

KernelBlock concatenate(std::vector<KernelBlock>& parts) {
    if (parts.size() == 1) return std::move(parts[0]);
    KernelBlock out;
    std::vector<NodeColumns> columns;
    columns.reserve(parts.size());
    for (KernelBlock& p : parts) {
        columns.push_back(std::move(p.columns));
        out.accepted.insert(out.accepted.end(), p.accepted.begin(), p.accepted.end());
        out.declined_at.insert(out.declined_at.end(), p.declined_at.begin(), p.declined_at.end());
        out.warned.insert(out.warned.end(), p.warned.begin(), p.warned.end());
        p = KernelBlock();
    }
    out.columns = NodeColumns::concatenate(columns);
    return out;
}

KernelBlock run_kernel(const CompiledTree& tree, const BoundBlock& bound) {
    KernelBlock out;
    out.columns = NodeColumns(tree.nodes.size(), bound.rows, tree.denominator);
    out.accepted.resize(bound.rows);
    out.declined_at.assign(bound.rows, kNoNode);
    out.warned.assign(bound.rows, 0);
    for (std::size_t row = 0; row < bound.rows; ++row) out.accepted[row] = bound.declined[row] ? 0 : 1;
    if (tree.declined) return out;
    Kernel(tree, bound, out).run();
    // The units the fixed form declined, bind having accepted them: exact fractions.
    kernel::ExactScratch scratch;
    PackedRow values;
    for (std::size_t row = 0; row < bound.rows; ++row) {
        if (out.accepted[row] || bound.declined[row]) continue;
        bool capped = false;
        if (!kernel::exact_row(tree, bound, row, scratch, values, capped)) continue;
        out.warned[row] = capped ? 1 : 0;
        out.columns.set_exact(row, std::move(values));
        out.accepted[row] = 1;
        out.declined_at[row] = kNoNode;
    }
    for (std::size_t row = 0; row < bound.rows; ++row)
        if (!out.accepted[row]) out.warned[row] = 0;  // the reference reports the row
    return out;
}

}  // namespace chiso
