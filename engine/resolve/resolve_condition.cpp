#include "engine/resolve/resolve_condition.hpp"

#include "dsl/print.hpp"
#include "engine/model/bind_condition.hpp"

namespace chiso {
namespace {

CondValue value_of(const ast::Operand& op) {
    CondValue v;
    v.kind = op.kind;
    v.number = op.number.value;
    v.percent = op.number.percent;
    v.loc = op.loc;
    if (op.kind == Measure::NodeIndex || op.kind == Measure::NodePoints) v.code = op.code.text;
    return v;
}

CondDef::Kind kind_of(ast::Cond::Kind kind) {
    switch (kind) {
        case ast::Cond::Kind::Compare: return CondDef::Kind::Compare;
        case ast::Cond::Kind::And: return CondDef::Kind::All;
        case ast::Cond::Kind::Or: return CondDef::Kind::Any;
        case ast::Cond::Kind::Not: return CondDef::Kind::Not;
        case ast::Cond::Kind::Flag: return CondDef::Kind::Flag;
    }
    return CondDef::Kind::Compare;
}

// Recursion follows the written grouping, which the parser bounds.
CondDef resolve(const ast::Cond& c) {
    CondDef out;
    out.kind = kind_of(c.kind);
    out.flag = c.flag;
    out.loc = c.loc;
    for (std::size_t i = 0; i < c.cmps.size() && i + 1 < c.operands.size(); ++i) {
        out.chain.push_back({value_of(c.operands[i]), c.cmps[i], value_of(c.operands[i + 1])});
    }
    for (const auto& part : c.parts)
        if (part) out.parts.push_back(resolve(*part));
    return out;
}

}  // namespace

CondDef resolve_condition(const ast::Cond& cond, const Definition& def) {
    CondDef out = resolve(cond);
    out.written = condition_source_text(cond);  // the whole condition's; its parts keep none
    bind_condition(out, def);
    return out;
}

TieBreakDef resolve_tie_break(const ast::TieBreak& tie, const Definition& def) {
    TieBreakDef out{tie.kind, {}, {}, tie.loc};
    if (tie.kind == TieKey::NodePoints) {
        out.code = tie.code.text;
        for (const auto& tree : def.trees) out.node.push_back(tree.find(out.code));
    }
    return out;
}

}  // namespace chiso
