#pragma once
// The compiled plan the columnar kernel runs (engine/kernel/): per tree, one step
// per node, children before parents, each carrying its operands — the leaf's rule
// as an op with its constant tables (levels -> points by an interned level number,
// bands -> thresholds, answer weights, caps, a formula as postfix code), the child
// range of a sum, the integer weights of a weighted sum — and the tree's common
// denominator D: every constant amount is an integer over D, so the kernel adds
// int64s. A tree whose constants do not fit is compiled as `declined` (its reason
// kept for the bench and tests): the reference evaluator does all its units.
//
// RuleDef and NodeDef are read only here and in compile_expression.cpp, so a
// change of the resolved model is ported in these two files.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/plan/fraction.hpp"
#include "engine/plan/plan.hpp"

namespace chiso {

// A formula as postfix code over the leaf's input slots (docs/language.md §9).
struct ExprCode {
    enum class Op : std::uint8_t { Slot, Const, Neg, Add, Sub, Mul, Div, Min, Max };
    struct Instr {
        Op op = Op::Const;
        std::uint32_t slot = 0;  // Op::Slot: index into the leaf's inputs
        fixed::Fraction value;   // Op::Const (`max` is compiled as its constant)
    };
    std::vector<Instr> code;
    std::uint32_t depth = 0;  // the stack the code needs
    // The shapes nearly every criteria file writes, recognised once when compiled:
    // `a / b` (code: Slot Slot Div) and `c * a / b` (Const Slot Mul Slot Div), which
    // the kernel runs in one exact step (formula_kernel.cpp); Code: the interpreter.
    enum class Shape : std::uint8_t { Code, Ratio, ScaledRatio };
    Shape shape = Shape::Code;
};

enum class LeafOp : std::uint8_t {
    Points,          // the value entered, over D (bound so)
    YesNo,           // 0/1 -> 0 or max
    Levels,          // level number -> level_points
    Bands,           // measured ratio or formula -> first band containing it
    Proportional,    // max x measured
    Rate,            // max x p / 100
    Answers,         // max x sum(count x weight) / sum(count)
    Bonus,           // + amount (count x per, or the value), up to cap
    Deduction,       // - amount, up to cap
    DeductPerEvent,  // max - count x per_event
    Formula          // the formula's value
};

struct CompiledBound {
    bool present = false;
    Cmp cmp = Cmp::Ge;
    fixed::Fraction value;
};
struct CompiledBand {
    CompiledBound lower, upper;
    std::int64_t points_d = 0;
};

struct CompiledLeaf {
    LeafOp op = LeafOp::Points;
    std::vector<std::int64_t> level_points_d;  // by interned level number (the rule's order)
    std::vector<CompiledBand> bands;           // in the rule's order: the first containing wins
    bool has_expr = false;                     // measured by a formula over the inputs
    ExprCode expr;
    std::vector<fixed::Fraction> answer_weights;  // by answer number (the rule's order)
    std::vector<std::int64_t> answer_weights_b;   // the same over their common denominator B
    std::int64_t answer_b = 1;
    fixed::Fraction cap, per;                     // bonus/deduction cap and amount per event
    std::int64_t per_event_d = 0;                 // deduct per event: the amount over D
    bool has_per = false;
    bool has_limit = false;  // ratio_limit set
    fixed::Fraction ratio_limit;
    bool allow_negative = false;
};

struct CompiledStep {
    enum class Kind : std::uint8_t { Leaf, Sum, Weighted };
    Kind kind = Kind::Leaf;
    NodeId node = 0;
    std::uint32_t leaf = 0;                           // Kind::Leaf: index into CompiledTree::leaves
    std::uint32_t children_begin = 0, children_end = 0;  // range of CompiledTree::children
};

// Per node: what the kernel needs besides the step.
struct CompiledNode {
    std::int64_t max_d = 0;       // declared maximum over D
    fixed::Fraction max;          // the same as a fraction (proportional, formula clamps)
    std::int64_t default_d = 0;   // the points of a missing value (default or `missing = 0`)
    bool has_default = false;
    bool adjustment = false;      // bonus/deduction: adds nothing to the maximum
    bool optional = false;
    bool survey = false;
    NaPolicy na = NaPolicy::Exclude;
    fixed::Fraction weight;       // of a weighted parent's child (0 when none)
};

struct CompiledTree {
    const TreeDef* tree = nullptr;  // in the Definition, which outlives every plan of it
    bool declined = false;
    std::string decline_reason;  // for tests and the bench; never shown to users
    std::int64_t denominator = 1;  // D
    std::int64_t largest_d = 0;    // the largest amount over D (a row's scale k keeps k x this < 2^60)
    std::vector<CompiledStep> steps;  // children before parents; the root last
    std::vector<CompiledNode> nodes;  // by NodeId
    std::vector<CompiledLeaf> leaves;
    std::vector<std::uint32_t> leaf_of;  // NodeId -> index into leaves (kNoLeaf for inner nodes)
    std::vector<NodeId> children;        // children of every node, concatenated
    static constexpr std::uint32_t kNoLeaf = static_cast<std::uint32_t>(-1);
};

struct CompiledPlan {
    std::vector<CompiledTree> trees;  // parallel to Plan::trees
};

CompiledPlan compile_kernel_plan(const Plan& plan);
CompiledTree compile_tree(const Definition& def, const TreePlan& tree);

// A formula compiled to postfix code; false when a constant does not fit 64 bits.
// `slots` are the leaf's declared inputs (NodeDef::inputs), in order.
bool compile_expression(const ExprDef& e, const NodeDef& node, ExprCode& out);
// Which of ExprCode's shapes `code` is.
ExprCode::Shape shape_of(const std::vector<ExprCode::Instr>& code);

// The largest common denominator the plan accepts (D x any maximum must stay below
// this, leaving 2^11 of headroom for sums before 64 bits).
inline constexpr std::int64_t kDenominatorLimit = std::int64_t{1} << 52;

}  // namespace chiso
