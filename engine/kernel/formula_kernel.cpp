// A formula's postfix code run over one row's input slots, exactly (checked
// fractions); the semantics of engine/eval/expression.cpp.
#include <algorithm>

#include "engine/kernel/leaf_kernel.hpp"

namespace chiso::kernel {

using Op = ExprCode::Op;

bool formula_value(const LeafInput& in, fixed::Fraction& out) {
    if (const int fused = shaped_formula(in.leaf, in.slots, in.stride, out); fused >= 0) return fused == 1;
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
