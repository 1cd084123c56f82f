// A resolved formula (ExprDef, engine/model/expression.hpp) as the kernel's postfix
// code over the leaf's input slots. Meaning as engine/eval/expression.cpp: `max` the
// node's maximum; division by zero or (unless `allow negative`) by a negative
// number is refused at run time by the kernel, which then declines the unit.
#include <algorithm>

#include "engine/plan/compiled_plan.hpp"

namespace chiso {
namespace {

using Op = ExprCode::Op;

// ExprDef is postfix already: each step maps to one instruction, constants
// checked to fit the kernel's 64-bit fractions, the stack depth tracked.
class ExpressionCompiler {
public:
    ExpressionCompiler(const NodeDef& node, ExprCode& out) : node_(node), out_(out) {}

    bool compile(const ExprDef& e) {
        for (const ExprDef::Step& step : e.steps)
            if (!compile_step(e, step)) return false;
        return depth_ == 1;
    }

private:
    bool compile_step(const ExprDef& e, const ExprDef::Step& step) {
        using In = ExprDef::Op;
        switch (step.op) {
            case In::Constant: return step.arg < e.constants.size() && constant(e.constants[step.arg]);
            case In::Input: return slot(step.arg);
            case In::NodeMax: return constant(node_.max);
            case In::Neg: return emit(Op::Neg, 0);
            case In::Add: return emit(Op::Add, -1);
            case In::Sub: return emit(Op::Sub, -1);
            case In::Mul: return emit(Op::Mul, -1);
            case In::Div: return emit(Op::Div, -1);
            case In::Min2: return emit(Op::Min, -1);
            case In::Max2: return emit(Op::Max, -1);
        }
        return false;
    }

    bool constant(const Rational& r) {
        ExprCode::Instr instr;
        instr.op = Op::Const;
        if (!fixed::from(r, instr.value)) return false;
        out_.code.push_back(instr);
        return grow(1);
    }

    // A slot beyond the declared inputs is left to the reference (resolve refuses it).
    bool slot(std::uint32_t index) {
        if (index >= node_.inputs.size()) return false;
        ExprCode::Instr instr;
        instr.op = Op::Slot;
        instr.slot = index;
        out_.code.push_back(instr);
        return grow(1);
    }

    bool emit(Op op, int stack_change) {
        ExprCode::Instr instr;
        instr.op = op;
        out_.code.push_back(instr);
        return grow(stack_change);
    }

    bool grow(int change) {
        depth_ += change;
        out_.depth = std::max(out_.depth, static_cast<std::uint32_t>(depth_));
        return depth_ >= 1;
    }

    const NodeDef& node_;
    ExprCode& out_;
    int depth_ = 0;
};

}  // namespace

ExprCode::Shape shape_of(const std::vector<ExprCode::Instr>& code) {
    if (code.size() == 3 && code[0].op == Op::Slot && code[1].op == Op::Slot && code[2].op == Op::Div)
        return ExprCode::Shape::Ratio;
    if (code.size() == 5 && code[0].op == Op::Const && code[1].op == Op::Slot && code[2].op == Op::Mul &&
        code[3].op == Op::Slot && code[4].op == Op::Div)
        return ExprCode::Shape::ScaledRatio;
    return ExprCode::Shape::Code;
}

bool compile_expression(const ExprDef& e, const NodeDef& node, ExprCode& out) {
    out = ExprCode{};
    if (!ExpressionCompiler(node, out).compile(e)) return false;
    out.shape = shape_of(out.code);
    return true;
}

}  // namespace chiso
