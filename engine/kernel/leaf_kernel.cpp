#include "engine/kernel/leaf_kernel.hpp"

namespace chiso::kernel {
namespace {

using fixed::Fraction;
using fixed::i128;

// t / q as an int64 when q > 0 divides t exactly (64-bit division when t fits).
bool exact_quotient(i128 t, i128 q, std::int64_t& out) {
    if (q <= 0) return false;
    if (t >= INT64_MIN && t <= INT64_MAX && q <= INT64_MAX) {
        const auto a = static_cast<std::int64_t>(t), b = static_cast<std::int64_t>(q);
        if (a % b != 0) return false;
        out = a / b;
        return true;
    }
    return t % q == 0 && fixed::narrow(t / q, out);
}

bool satisfies(const Fraction& x, const CompiledBound& b) {
    const int c = fixed::compare(x, b.value);
    switch (b.cmp) {
        case Cmp::Lt: return c < 0;
        case Cmp::Le: return c <= 0;
        case Cmp::Gt: return c > 0;
        case Cmp::Ge: return c >= 0;
        case Cmp::Eq: return c == 0;
    }
    return false;
}

bool contains(const CompiledBand& band, const Fraction& x) {
    return (!band.lower.present || satisfies(x, band.lower)) && (!band.upper.present || satisfies(x, band.upper));
}

// What a band or proportional rule looks at: the ratio as bound, or the formula's
// value checked against the rule's range (the bound ratio was checked by bind).
bool measured(const LeafInput& in, Fraction& x) {
    if (!in.leaf.has_expr) {
        x = in.slots[0];
        return true;
    }
    return formula_value(in, x) && measured_in_range(in.leaf, x);
}


bool bands(const LeafInput& in, std::int64_t& points_d) {
    Fraction x;
    return measured(in, x) && band_points(in.leaf, x, points_d);
}

// max x the measured value.
bool proportional(const LeafInput& in, Fraction& points) {
    Fraction x;
    return measured(in, x) && proportional_points(in.node, x, points);
}

bool rate(const LeafInput& in, Fraction& points) { return rate_points(in.node, in.slots[0], points); }

// max x sum(count x weight) / sum(count).
bool answers(const LeafInput& in, Fraction& points) {
    Fraction weighted{0, 1};
    std::int64_t total = 0;
    for (std::size_t a = 0; a < in.leaf.answer_weights.size(); ++a) {
        const std::int64_t count = in.slots[a * in.stride].num;
        if (count == 0) continue;
        Fraction term;
        if (!fixed::mul(Fraction{count, 1}, in.leaf.answer_weights[a], term) || !fixed::add(weighted, term, weighted))
            return false;
        if (__builtin_add_overflow(total, count, &total)) return false;
    }
    if (total == 0) return false;
    Fraction share;
    return fixed::div(weighted, Fraction{total, 1}, share) && fixed::mul(in.node.max, share, points);
}

bool formula(const LeafInput& in, Fraction& points) { return formula_value(in, points) && within_max(in.node, points); }

// + or − the amount (count x per, or the value); over the cap, the cap (the
// reference warns: the caller is told through in.capped, or declines).
bool adjustment(const LeafInput& in, bool bonus, std::int64_t& points_d) {
    Fraction amount = in.slots[0];
    if (in.leaf.has_per && !fixed::mul(amount, in.leaf.per, amount)) return false;
    if (fixed::compare(amount, in.leaf.cap) > 0) {
        if (!in.capped) return false;
        *in.capped = true;
        amount = in.leaf.cap;
    }
    if (!fixed::over(amount, in.denominator, points_d)) return false;
    if (!bonus) points_d = -points_d;
    return true;
}


// The rules whose points are a fraction of the inputs (not a table over D).
bool fraction_rule(const LeafInput& in, Fraction& points) {
    switch (in.leaf.op) {
        case LeafOp::Proportional: return proportional(in, points);
        case LeafOp::Rate: return rate(in, points);
        case LeafOp::Answers: return answers(in, points);
        case LeafOp::Formula: return formula(in, points);
        default: return false;
    }
}

// The fixed form of the fraction rules: max_d x the rule's fraction, whole over D
// or declined — the same values as fraction_rule(...) x D, without reducing fractions.
bool fraction_rule_over_d(const LeafInput& in, std::int64_t& points_d) {
    std::int64_t max_d = 0, d = 0;
    if (__builtin_mul_overflow(in.node.max_d, in.scale, &max_d) || __builtin_mul_overflow(in.denominator, in.scale, &d))
        return false;
    switch (in.leaf.op) {
        case LeafOp::Proportional: {
            Fraction x;
            return measured(in, x) && exact_quotient(static_cast<i128>(max_d) * x.num, x.den, points_d) &&
                   points_d >= 0 && points_d <= max_d;
        }
        case LeafOp::Rate: {
            const Fraction& p = in.slots[0];
            return exact_quotient(static_cast<i128>(max_d) * p.num, static_cast<i128>(p.den) * 100, points_d);
        }
        case LeafOp::Answers: {
            i128 weighted = 0, total = 0;  // counts < 2^63 each, a few answers: no overflow in 128 bits
            for (std::size_t a = 0; a < in.leaf.answer_weights_b.size(); ++a) {
                const std::int64_t count = in.slots[a * in.stride].num;
                weighted += static_cast<i128>(count) * in.leaf.answer_weights_b[a];
                total += count;
            }
            if (total == 0 || weighted > INT64_MAX || weighted < INT64_MIN) return false;
            return exact_quotient(static_cast<i128>(max_d) * static_cast<std::int64_t>(weighted),
                                  static_cast<i128>(in.leaf.answer_b) * total, points_d);
        }
        default: {
            Fraction points;
            return fraction_rule(in, points) && fixed::over(points, d, points_d);
        }
    }
}

}  // namespace

bool band_points(const CompiledLeaf& leaf, const Fraction& x, std::int64_t& points_d) {
    for (const CompiledBand& band : leaf.bands)
        if (contains(band, x)) {
            points_d = band.points_d;
            return true;
        }
    return false;  // no band: reported
}

bool leaf_points(const LeafInput& in, std::int64_t& points_d) {
    bool ok = false;
    switch (in.leaf.op) {
        case LeafOp::Points: points_d = in.value, ok = true; break;
        case LeafOp::YesNo: points_d = in.value != 0 ? in.node.max_d : 0, ok = true; break;
        case LeafOp::Levels: points_d = in.leaf.level_points_d[static_cast<std::size_t>(in.value)], ok = true; break;
        case LeafOp::Bands: ok = bands(in, points_d); break;
        case LeafOp::Bonus: ok = adjustment(in, true, points_d); break;
        case LeafOp::Deduction: ok = adjustment(in, false, points_d); break;
        case LeafOp::DeductPerEvent: ok = per_event_points(in.value, in.leaf, in.node, points_d); break;
        case LeafOp::Proportional:
        case LeafOp::Rate:
        case LeafOp::Answers:
        case LeafOp::Formula: return fraction_rule_over_d(in, points_d);  // over D x scale already
    }
    return ok && (in.scale == 1 || !__builtin_mul_overflow(points_d, in.scale, &points_d));
}

bool leaf_fraction(const LeafInput& in, Fraction& points) {
    if (fraction_rule(in, points)) return true;
    switch (in.leaf.op) {
        case LeafOp::Proportional:
        case LeafOp::Rate:
        case LeafOp::Answers:
        case LeafOp::Formula: return false;
        default: break;
    }
    // Kept over D, unreduced: the sums of the exact row then add without a gcd.
    LeafInput unscaled = in;
    unscaled.scale = 1;
    std::int64_t points_d = 0;
    if (!leaf_points(unscaled, points_d)) return false;
    points = Fraction{points_d, in.denominator};
    return true;
}

}  // namespace chiso::kernel
