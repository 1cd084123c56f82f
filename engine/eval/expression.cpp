#include "engine/eval/expression.hpp"

#include "engine/eval/eval_messages.hpp"

namespace chiso {
namespace {

std::optional<Rational> variable(const std::string& name, const NodeDef& node, const InputValue& inputs,
                                 const UnitScope& scope) {
    for (const auto& [key, value] : inputs.named)
        if (key == name) return value;
    scope.diags.error(scope.loc, msg::kMissingVariable, scope.unit, node.code, name);
    return std::nullopt;
}

}  // namespace

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
        default: break;
    }
    auto a = evaluate_expression(*e.lhs, node, inputs, scope);
    auto b = evaluate_expression(*e.rhs, node, inputs, scope);
    if (!a || !b) return std::nullopt;
    switch (e.kind) {
        case K::Add: return *a + *b;
        case K::Sub: return *a - *b;
        case K::Mul: return *a * *b;
        case K::Div:
            if (b->is_zero()) {
                scope.diags.error(scope.loc, msg::kDivisionByZero, scope.unit, node.code);
                return std::nullopt;
            }
            // A negative divisor turns a share upside down (-3 / -4 reads as 75%):
            // refused unless the node declares `allow negative`.
            if (b->is_negative() && !(node.rule && node.rule->allow_negative)) {
                scope.diags.error(scope.loc, msg::kNegativeDivisor, scope.unit, node.code, b->to_string(4));
                return std::nullopt;
            }
            return *a / *b;
        case K::Min2: return min(*a, *b);
        case K::Max2: return max(*a, *b);
        default: return std::nullopt;
    }
}

}  // namespace chiso
