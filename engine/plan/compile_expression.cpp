// A formula (ast::Expr) as postfix code over the leaf's input slots: the one file
// that reads the expression tree for the kernel (the resolved model's ExprDef will
// replace ast::Expr here, and only here). Meaning as engine/eval/expression.cpp:
// a number written with % is a hundredth, `max` the node's maximum, chains left to
// right; division by zero or (unless `allow negative`) by a negative number is
// refused at run time by the kernel, which then declines the unit.
#include <algorithm>

#include "engine/plan/compiled_plan.hpp"

namespace chiso {
namespace {

using Op = ExprCode::Op;

class ExpressionCompiler {
public:
    ExpressionCompiler(const NodeDef& node, ExprCode& out) : node_(node), out_(out) {}

    bool compile(const ast::Expr& e) {
        using K = ast::Expr::Kind;
        switch (e.kind) {
            case K::Number: return constant(e.number.percent ? e.number.value / Rational(100) : e.number.value);
            case K::Max: return constant(node_.max);
            case K::Variable: return variable(e.name);
            case K::Neg: return compile(*e.lhs) && emit(Op::Neg, 0);
            case K::Sum:
            case K::Product:
                if (!compile(*e.lhs)) return false;
                for (const auto& link : e.rest)
                    if (!compile(*link.operand) || !emit(operator_of(link.op), -1)) return false;
                return true;
            case K::Min2:
            case K::Max2:
                return compile(*e.lhs) && compile(*e.rhs) && emit(e.kind == K::Min2 ? Op::Min : Op::Max, -1);
        }
        return false;
    }

private:
    static Op operator_of(ast::ExprOp op) {
        switch (op) {
            case ast::ExprOp::Add: return Op::Add;
            case ast::ExprOp::Sub: return Op::Sub;
            case ast::ExprOp::Mul: return Op::Mul;
            case ast::ExprOp::Div: return Op::Div;
        }
        return Op::Add;
    }

    bool constant(const Rational& r) {
        ExprCode::Instr instr;
        instr.op = Op::Const;
        if (!fixed::from(r, instr.value)) return false;
        out_.code.push_back(instr);
        return grow(1);
    }

    // A name not among the declared inputs is left to the reference (check refuses it).
    bool variable(const std::string& name) {
        auto it = std::find(node_.inputs.begin(), node_.inputs.end(), name);
        if (it == node_.inputs.end()) return false;
        ExprCode::Instr instr;
        instr.op = Op::Slot;
        instr.slot = static_cast<std::uint32_t>(it - node_.inputs.begin());
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

bool compile_expression(const ast::Expr& e, const NodeDef& node, ExprCode& out) {
    out = ExprCode{};
    return ExpressionCompiler(node, out).compile(e);
}

}  // namespace chiso
