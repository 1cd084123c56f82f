#include "engine/resolve/resolve_expression.hpp"

#include <algorithm>

#include "dsl/print.hpp"

namespace chiso {
namespace {

using Op = ExprDef::Op;

class Emitter {
public:
    explicit Emitter(const std::vector<std::string>& inputs) : inputs_(inputs) {}

    // Recursion follows parentheses, signs and calls only (at most 100 levels, the
    // parser's limit); the operands of a chain are a loop.
    void emit(const ast::Expr& e) {
        using K = ast::Expr::Kind;
        switch (e.kind) {
            case K::Number: constant(e.number.percent ? e.number.value / Rational(100) : e.number.value); return;
            case K::Variable: push({Op::Input, slot(e.name)}); return;
            case K::Max: push({Op::NodeMax, 0}); return;
            case K::Neg:
                emit(*e.lhs);
                unary_minus();
                return;
            case K::Sum:
            case K::Product:
                emit(*e.lhs);
                for (const auto& link : e.rest) {
                    emit(*link.operand);
                    binary(op_of(link.op));
                }
                return;
            case K::Min2:
            case K::Max2:
                emit(*e.lhs);
                emit(*e.rhs);
                binary(e.kind == K::Min2 ? Op::Min2 : Op::Max2);
                return;
        }
    }

    ExprDef take() { return std::move(out_); }

private:
    static Op op_of(ast::ExprOp op) {
        switch (op) {
            case ast::ExprOp::Add: return Op::Add;
            case ast::ExprOp::Sub: return Op::Sub;
            case ast::ExprOp::Mul: return Op::Mul;
            case ast::ExprOp::Div: return Op::Div;
        }
        return Op::Add;
    }

    std::uint32_t slot(const std::string& name) const {
        const auto it = std::find(inputs_.begin(), inputs_.end(), name);
        return static_cast<std::uint32_t>(it - inputs_.begin());
    }

    void constant(const Rational& value) {
        out_.constants.push_back(value);
        push({Op::Constant, static_cast<std::uint32_t>(out_.constants.size() - 1)});
    }

    void push(ExprDef::Step step) {
        out_.steps.push_back(step);
        const bool pushes = step.op == Op::Constant || step.op == Op::Input || step.op == Op::NodeMax;
        const bool pops = step.op != Op::Neg && !pushes;
        if (pushes) ++depth_;
        if (pops) --depth_;
        out_.stack_depth = std::max(out_.stack_depth, depth_);
    }

    bool last_constant(std::size_t from_end) const {
        const auto& s = out_.steps;
        return s.size() >= from_end && s[s.size() - from_end].op == Op::Constant;
    }
    Rational& constant_at(std::size_t from_end) { return out_.constants[out_.steps[out_.steps.size() - from_end].arg]; }

    void unary_minus() {
        if (!last_constant(1)) return push({Op::Neg, 0});
        constant_at(1) = -constant_at(1);
    }

    // The two last steps are whole operands when they are constants: fold them into
    // the first one's slot. The second's constant is the last one kept: drop it.
    void binary(Op op) {
        const bool foldable = last_constant(1) && last_constant(2) &&
                              !(op == Op::Div && (constant_at(1).is_zero() || constant_at(1).is_negative()));
        if (!foldable) return push({op, 0});
        const Rational b = constant_at(1);
        Rational& a = constant_at(2);
        switch (op) {
            case Op::Add: a = a + b; break;
            case Op::Sub: a = a - b; break;
            case Op::Mul: a = a * b; break;
            case Op::Div: a = a / b; break;
            case Op::Min2: a = min(a, b); break;
            case Op::Max2: a = max(a, b); break;
            default: break;
        }
        out_.constants.pop_back();
        out_.steps.pop_back();
        --depth_;
    }

    const std::vector<std::string>& inputs_;
    ExprDef out_;
    std::uint32_t depth_ = 0;
};

}  // namespace

ExprDef resolve_expression(const ast::Expr& expr, const std::vector<std::string>& inputs) {
    Emitter emitter(inputs);
    emitter.emit(expr);
    ExprDef out = emitter.take();
    out.written = expression_source_text(expr);
    return out;
}

}  // namespace chiso
