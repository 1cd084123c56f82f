// A formula's postfix code run over one row's input slots, exactly (checked
// fractions); the semantics of engine/eval/expression.cpp.
#include <algorithm>

#include "engine/kernel/leaf_kernel.hpp"

namespace chiso::kernel {
namespace {

using Op = ExprCode::Op;

bool small(std::int64_t v) { return v > -(std::int64_t{1} << 31) && v < (std::int64_t{1} << 31); }

// The shapes nearly every criteria file writes (ExprCode::Shape, recognised when
// compiled) — `c * a / b`, the national index's `max * dat / tong`, and `a / b` — in one step: 1 done (out set), 0 declined, -1 not this shape
// or operands too large for one 128-bit product (the interpreter then runs). The
// same refusals as the interpreter: an input absent, a division by 0 or (unless
// allowed) by a negative number; the value is exact, reduced only if it must be.
int scaled_ratio(const LeafInput& in, fixed::Fraction& out) {
    const std::vector<ExprCode::Instr>& code = in.leaf.expr.code;
    if (in.leaf.expr.shape == ExprCode::Shape::Code) return -1;
    if (in.leaf.expr.shape == ExprCode::Shape::Ratio) {
        // `a / b` (bands of dat / tong): the interpreter's one division, without its loop.
        const fixed::Fraction& a = in.slots[code[0].slot * in.stride];
        const fixed::Fraction& b = in.slots[code[1].slot * in.stride];
        if (a.den == 0 || b.den == 0) return 0;
        if (b.num == 0 || (b.num < 0 && !in.leaf.allow_negative)) return 0;
        return fixed::div(a, b, out) ? 1 : 0;
    }
    const fixed::Fraction& c = code[0].value;
    const fixed::Fraction& a = in.slots[code[1].slot * in.stride];
    const fixed::Fraction& b = in.slots[code[3].slot * in.stride];
    if (a.den == 0 || b.den == 0) return 0;  // not entered: the reference names it
    if (b.num == 0 || (b.num < 0 && !in.leaf.allow_negative)) return 0;
    if (!small(c.num) || !small(c.den) || !small(a.num) || !small(a.den) || !small(b.num) || !small(b.den)) return -1;
    // Three factors below 2^31 each: both products fit 128 bits.
    const fixed::i128 num = static_cast<fixed::i128>(c.num) * a.num * b.den;
    const fixed::i128 den = static_cast<fixed::i128>(c.den) * a.den * b.num;
    return fixed::make(num, den, out) ? 1 : 0;
}

}  // namespace

bool formula_value(const LeafInput& in, fixed::Fraction& out) {
    if (const int fused = scaled_ratio(in, out); fused >= 0) return fused == 1;
    fixed::Fraction* top = in.stack;  // one past the last value
    for (const ExprCode::Instr& instr : in.leaf.expr.code) {
        switch (instr.op) {
            case Op::Slot: {
                const fixed::Fraction& v = in.slots[instr.slot * in.stride];
                if (v.den == 0) return false;  // not entered: the reference names it
                *top++ = v;
                continue;
            }
            case Op::Const: *top++ = instr.value; continue;
            case Op::Neg:
                if (top[-1].num == INT64_MIN) return false;
                top[-1].num = -top[-1].num;
                continue;
            default: break;
        }
        const fixed::Fraction b = *--top;
        fixed::Fraction& a = top[-1];
        bool ok = true;
        switch (instr.op) {
            case Op::Add: ok = fixed::add(a, b, a); break;
            case Op::Sub: ok = fixed::sub(a, b, a); break;
            case Op::Mul: ok = fixed::mul(a, b, a); break;
            case Op::Div:
                // By 0, or by a negative number without `allow negative`: reported by the reference.
                if (b.num == 0 || (b.num < 0 && !in.leaf.allow_negative)) return false;
                ok = fixed::div(a, b, a);
                break;
            case Op::Min: a = fixed::compare(b, a) < 0 ? b : a; break;
            case Op::Max: a = fixed::compare(a, b) < 0 ? b : a; break;
            default: return false;
        }
        if (!ok) return false;
    }
    if (top != in.stack + 1) return false;
    out = in.stack[0];
    return true;
}

}  // namespace chiso::kernel
