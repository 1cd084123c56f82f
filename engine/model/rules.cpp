#include "engine/model/rules.hpp"

#include <variant>

namespace chiso {

// The expression of a kind: its `of` (optional) or its `expr`, found by the member's
// name, so that a new kind with a formula needs no case here.
const ExprDef* RuleDef::expr() const {
    return std::visit(
        [](const auto& kind) -> const ExprDef* {
            if constexpr (requires { kind.of; }) return kind.of ? &*kind.of : nullptr;
            else if constexpr (requires { kind.expr; }) return &kind.expr;
            else return nullptr;
        },
        body);
}

Rational RuleDef::adjustment_cap() const {
    if (const auto* bonus = as<rule::Bonus>()) return bonus->cap;
    if (const auto* deduction = as<rule::Deduction>()) return deduction->cap;
    return Rational();
}

}  // namespace chiso
