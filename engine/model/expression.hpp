#pragma once
// A formula resolved: postfix steps over the node's input slots, constants folded
// where trivial. `bands of …`, `proportional of …` and `formula …` evaluate it;
// the compiled plan (engine/plan/compile_expression.cpp) turns it into integer
// steps. No name is looked up when a unit is scored: a variable is the index of
// the node's declared input (`inputs a, b` -> slots 0, 1).
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/rational.hpp"

namespace chiso {

struct ExprDef {
    enum class Op : std::uint8_t {
        Constant,  // push constants[arg]
        Input,     // push the value of input slot `arg` (NodeDef::inputs[arg])
        NodeMax,   // push the node's maximum (`max`)
        Neg,       // pop a, push -a
        Add, Sub, Mul, Div,  // pop b, pop a, push a op b (Div refuses 0 and, unless allowed, b < 0)
        Min2, Max2           // pop b, pop a, push min(a, b) / max(a, b)
    };
    struct Step {
        Op op = Op::Constant;
        std::uint32_t arg = 0;
    };
    std::vector<Step> steps;        // postfix, in the order the operands are written
    std::vector<Rational> constants;
    std::uint32_t stack_depth = 0;  // the most values on the stack at once
    std::string written;            // as written (dsl/print.hpp), for diff and the criteria sheet

    bool empty() const { return steps.empty(); }
};

// The operator's word in the resolved model's dump: "const", "input", "max", "neg", "+", …
const char* op_text(ExprDef::Op op);

}  // namespace chiso
