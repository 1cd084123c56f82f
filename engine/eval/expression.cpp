#include "engine/eval/expression.hpp"

#include <algorithm>

#include "engine/eval/eval_messages.hpp"

namespace chiso {
namespace {

using Op = ExprDef::Op;

// `a / b`; nullopt (reported) on division by zero or, unless declared, by a negative number.
std::optional<Rational> divide(const Rational& a, const Rational& b, const NodeDef& node, const UnitScope& scope) {
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

std::optional<Rational> binary(Op op, const Rational& a, const Rational& b, const NodeDef& node,
                               const UnitScope& scope) {
    switch (op) {
        case Op::Add: return a + b;
        case Op::Sub: return a - b;
        case Op::Mul: return a * b;
        case Op::Div: return divide(a, b, node, scope);
        case Op::Min2: return min(a, b);
        case Op::Max2: return max(a, b);
        default: return std::nullopt;
    }
}

}  // namespace

InputSlots input_slots(const NodeDef& node, const InputValue& inputs) {
    InputSlots slots(node.inputs.size());
    for (const NamedValue& named : inputs.named) {
        const auto it = std::find(node.inputs.begin(), node.inputs.end(), named.name);
        if (it == node.inputs.end()) continue;
        auto& slot = slots[static_cast<std::size_t>(it - node.inputs.begin())];
        if (!slot) slot = named.value;  // a name given twice: the first, as it always was
    }
    return slots;
}

// A value that could not be computed stays absent up the stack: no operation is
// applied to it, so one missing input gives one message, not one per operator.
std::optional<Rational> evaluate_expression(const ExprDef& e, const NodeDef& node, const InputSlots& inputs,
                                            const UnitScope& scope) {
    std::vector<std::optional<Rational>> stack;
    stack.reserve(e.stack_depth);
    for (const auto& step : e.steps) {
        switch (step.op) {
            case Op::Constant: stack.push_back(e.constants[step.arg]); continue;
            case Op::NodeMax: stack.push_back(node.max); continue;
            case Op::Input: {
                const bool given = step.arg < inputs.size() && inputs[step.arg];
                if (!given) {
                    const std::string name = step.arg < node.inputs.size() ? node.inputs[step.arg] : "?";
                    scope.diags.error(scope.loc, msg::kMissingVariable, scope.unit, node.code, name);
                }
                stack.push_back(given ? inputs[step.arg] : std::nullopt);
                continue;
            }
            case Op::Neg:
                if (stack.back()) stack.back() = -*stack.back();
                continue;
            default: break;
        }
        std::optional<Rational> b = std::move(stack.back());
        stack.pop_back();
        std::optional<Rational>& a = stack.back();
        a = a && b ? binary(step.op, *a, *b, node, scope) : std::nullopt;
    }
    return stack.empty() ? std::nullopt : stack.back();
}

}  // namespace chiso
