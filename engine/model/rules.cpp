#include "engine/model/rules.hpp"

#include "engine/core/overloaded.hpp"

namespace chiso {

const ExprDef* RuleDef::expr() const {
    const auto of = [](const std::optional<ExprDef>& e) { return e ? &*e : nullptr; };
    return std::visit(overloaded{
                          [](const rule::Points&) -> const ExprDef* { return nullptr; },
                          [](const rule::YesNo&) -> const ExprDef* { return nullptr; },
                          [](const rule::Levels&) -> const ExprDef* { return nullptr; },
                          [&](const rule::Bands& r) { return of(r.of); },
                          [&](const rule::Proportional& r) { return of(r.of); },
                          [](const rule::Rate&) -> const ExprDef* { return nullptr; },
                          [](const rule::Answers&) -> const ExprDef* { return nullptr; },
                          [](const rule::Bonus&) -> const ExprDef* { return nullptr; },
                          [](const rule::Deduction&) -> const ExprDef* { return nullptr; },
                          [](const rule::DeductPerEvent&) -> const ExprDef* { return nullptr; },
                          [](const rule::Formula& r) { return &r.expr; },
                      },
                      body);
}

Rational RuleDef::adjustment_cap() const {
    if (const auto* bonus = as<rule::Bonus>()) return bonus->cap;
    if (const auto* deduction = as<rule::Deduction>()) return deduction->cap;
    return Rational();
}

}  // namespace chiso
