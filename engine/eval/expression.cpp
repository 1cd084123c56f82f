#include "engine/eval/expression.hpp"

#include "engine/eval/eval_messages.hpp"

namespace chiso {
namespace {

std::optional<Rational> variable(const std::string& name, const NodeDef& node, const InputValue& inputs,
                                 const UnitScope& scope) {
    for (const NamedValue& n : inputs.named)
        if (n.name == name) return n.value;
    scope.diags.error(scope.loc, msg::kMissingVariable, scope.unit, node.code, name);
    return std::nullopt;
}

// `a op b` for one link of a chain; nullopt (reported) on division by zero or,
// unless declared, by a negative number.
std::optional<Rational> apply(ast::ExprOp op, const Rational& a, const Rational& b, const NodeDef& node,
                              const UnitScope& scope) {
    switch (op) {
        case ast::ExprOp::Add: return a + b;
        case ast::ExprOp::Sub: return a - b;
        case ast::ExprOp::Mul: return a * b;
        case ast::ExprOp::Div:
            if (b.is_zero()) {
                scope.diags.error(scope.loc, msg::kDivisionByZero, scope.unit, node.code);
                return std::nullopt;
            }
            // A negative divisor turns a share upside down (-3 / -4 reads as 75%):
            // refused unless the node declares `allow negative`.
            if (b.is_negative() && !(node.rule && node.rule->allow_negative)) {
                scope.diags.error(scope.loc, msg::kNegativeDivisor, scope.unit, node.code, b.to_string(4));
                return std::nullopt;
            }
            return a / b;
    }
    return std::nullopt;
}

}  // namespace

// Recursion follows parentheses, signs and calls only, whose depth the parser bounds
// (100 levels); a chain `a + b + …` of any length is a loop.
std::optional<Rational> evaluate_expression(const ast::Expr& e, const NodeDef& node, const InputValue& inputs,
                                            const UnitScope& scope) {
    using K = ast::Expr::Kind;
    switch (e.kind) {
        case K::Number: return e.number.percent ? e.number.value / Rational(100) : e.number.value;
        case K::Variable: return variable(e.name, node, inputs, scope);
        case K::Max: return node.max;
        case K::Neg: {
            auto v = evaluate_expression(*e.lhs, node, inputs, scope);
            return v ? std::optional<Rational>(-*v) : std::nullopt;
        }
        case K::Sum:
        case K::Product: {
            // Every operand is evaluated, as before, so that each missing input is reported.
            std::optional<Rational> total = evaluate_expression(*e.lhs, node, inputs, scope);
            bool ok = total.has_value();
            for (const auto& link : e.rest) {
                auto v = evaluate_expression(*link.operand, node, inputs, scope);
                if (!v || !ok) {
                    ok = false;
                    continue;
                }
                total = apply(link.op, *total, *v, node, scope);
                ok = total.has_value();
            }
            return ok ? total : std::nullopt;
        }
        case K::Min2:
        case K::Max2: {
            auto a = evaluate_expression(*e.lhs, node, inputs, scope);
            auto b = evaluate_expression(*e.rhs, node, inputs, scope);
            if (!a || !b) return std::nullopt;
            return e.kind == K::Min2 ? min(*a, *b) : max(*a, *b);
        }
    }
    return std::nullopt;
}

}  // namespace chiso
