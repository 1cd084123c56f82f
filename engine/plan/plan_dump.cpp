#include "engine/plan/plan_dump.hpp"

#include <fmt/format.h>

namespace chiso {
namespace {

const char* op_name(LeafOp op) {
    switch (op) {
        case LeafOp::Points: return "points";
        case LeafOp::YesNo: return "yesno";
        case LeafOp::Levels: return "levels";
        case LeafOp::Bands: return "bands";
        case LeafOp::Proportional: return "proportional";
        case LeafOp::Rate: return "rate";
        case LeafOp::Answers: return "answers";
        case LeafOp::Bonus: return "bonus";
        case LeafOp::Deduction: return "deduction";
        case LeafOp::DeductPerEvent: return "deduct_per_event";
        case LeafOp::Formula: return "formula";
    }
    return "?";
}

std::string fraction(const fixed::Fraction& f) {
    const fixed::Fraction r = fixed::reduced(f);
    return r.den == 1 ? fmt::format("{}", r.num) : fmt::format("{}/{}", r.num, r.den);
}

std::string expression(const ExprCode& e) {
    std::string out;
    for (const auto& i : e.code) {
        if (!out.empty()) out += ' ';
        switch (i.op) {
            case ExprCode::Op::Slot: out += fmt::format("${}", i.slot); break;
            case ExprCode::Op::Const: out += fraction(i.value); break;
            case ExprCode::Op::Neg: out += "neg"; break;
            case ExprCode::Op::Add: out += '+'; break;
            case ExprCode::Op::Sub: out += '-'; break;
            case ExprCode::Op::Mul: out += '*'; break;
            case ExprCode::Op::Div: out += '/'; break;
            case ExprCode::Op::Min: out += "min"; break;
            case ExprCode::Op::Max: out += "max"; break;
        }
    }
    return out;
}

std::string operands(const CompiledLeaf& leaf) {
    std::string out = op_name(leaf.op);
    if (!leaf.level_points_d.empty()) out += fmt::format(" levels_d=[{}]", fmt::join(leaf.level_points_d, ", "));
    for (const auto& b : leaf.bands) {
        out += " band(";
        if (b.lower.present) out += fmt::format("{} {}", cmp_written(b.lower.cmp), fraction(b.lower.value));
        if (b.upper.present) out += fmt::format("{}{} {}", b.lower.present ? " " : "", cmp_written(b.upper.cmp), fraction(b.upper.value));
        out += fmt::format(" -> {})", b.points_d);
    }
    if (leaf.has_expr) out += " expr=[" + expression(leaf.expr) + "]";
    if (!leaf.answer_weights_b.empty())
        out += fmt::format(" answers_b=[{}]/{}", fmt::join(leaf.answer_weights_b, ", "), leaf.answer_b);
    if (leaf.op == LeafOp::Bonus || leaf.op == LeafOp::Deduction) {
        out += " cap=" + fraction(leaf.cap);
        if (leaf.has_per) out += " per=" + fraction(leaf.per);
    }
    if (leaf.op == LeafOp::DeductPerEvent) out += fmt::format(" per_event_d={}", leaf.per_event_d);
    if (leaf.has_limit) out += " limit=" + fraction(leaf.ratio_limit);
    if (leaf.allow_negative) out += " allow_negative";
    return out;
}

}  // namespace

std::string dump_compiled_tree(const CompiledTree& tree) {
    const TreeDef& def = *tree.tree;
    if (tree.declined) return fmt::format("tree {}: declined ({})\n", def.id, tree.decline_reason);
    std::string out = fmt::format("tree {}: D = {}\n", def.id, tree.denominator);
    for (const CompiledStep& step : tree.steps) {
        const CompiledNode& node = tree.nodes[step.node];
        const NodeDef& n = def.nodes[step.node];
        out += fmt::format("{:>4} {:<8} max_d={}", step.node, n.code, node.max_d);
        if (node.has_default) out += fmt::format(" default_d={}", node.default_d);
        if (node.optional) out += " optional";
        if (node.survey) out += " survey";
        if (node.weight.num != 0) out += " weight=" + fraction(node.weight);
        if (step.kind == CompiledStep::Kind::Leaf) {
            out += " leaf " + operands(tree.leaves[step.leaf]);
        } else {
            std::vector<std::string> children;
            for (std::uint32_t i = step.children_begin; i < step.children_end; ++i)
                children.push_back(def.nodes[tree.children[i]].code);
            out += fmt::format(" {} [{}]", step.kind == CompiledStep::Kind::Weighted ? "weighted" : "sum",
                               fmt::join(children, ", "));
        }
        out += '\n';
    }
    return out;
}

}  // namespace chiso
