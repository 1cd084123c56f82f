#include "engine/model/definition.hpp"

#include <algorithm>

namespace chiso {
namespace {

bool satisfies(const Rational& x, Cmp cmp, const Rational& v) {
    switch (cmp) {
        case Cmp::Lt: return x < v;
        case Cmp::Le: return x <= v;
        case Cmp::Gt: return x > v;
        case Cmp::Ge: return x >= v;
        case Cmp::Eq: return x == v;
    }
    return false;
}

}  // namespace

Rational percent_scale(const Definition& def, const TreeDef& tree, const ast::Operand& other, std::int64_t ranked) {
    using K = ast::Operand::Kind;
    switch (other.kind) {
        case K::Number: break;
        case K::Index: return def.publish == Publish::Percent ? Rational(100) : tree.root().max;
        case K::Points: return tree.root().max;
        case K::Rank: return Rational(ranked);
        case K::NodeIndex: return Rational(100);
        case K::NodePoints: {
            const NodeId id = tree.find(other.code.text);
            if (id != kNoNode) return tree.nodes[id].max;
            break;
        }
    }
    return Rational(1);
}

bool IntervalDef::contains(const Rational& x) const {
    if (lower && !satisfies(x, lower->cmp, lower->value)) return false;
    if (upper && !satisfies(x, upper->cmp, upper->value)) return false;
    return true;
}

const LadderSectionDef* LadderDef::section_for(const std::string& block) const {
    const LadderSectionDef* fallback = nullptr;
    for (const auto& section : sections) {
        if (section.blocks.empty()) {
            if (!fallback && !section.rungs.empty()) fallback = &section;
            continue;
        }
        if (std::find(section.blocks.begin(), section.blocks.end(), block) != section.blocks.end()) return &section;
    }
    return fallback;
}

const BlockDef* Definition::find_block(const std::string& id) const {
    for (const auto& b : blocks)
        if (b.id == id) return &b;
    return nullptr;
}

}  // namespace chiso
