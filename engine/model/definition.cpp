#include "engine/model/definition.hpp"

#include <algorithm>

namespace chiso {
Rational percent_scale(const Definition& def, const TreeDef& tree, const CondValue& other, std::int64_t ranked) {
    switch (other.kind) {
        case Measure::Number: break;
        case Measure::Index: return def.publish == Publish::Percent ? Rational(100) : tree.root().max;
        case Measure::Points: return tree.root().max;
        case Measure::Rank: return Rational(ranked);
        case Measure::NodeIndex: return Rational(100);
        case Measure::NodePoints: {
            const NodeId id = tree.find(other.code);
            if (id != kNoNode) return tree.nodes[id].max;
            break;
        }
        case Measure::Stat: {  // on the scale of the value it summarises
            CondValue of;
            of.kind = other.stat.of;
            of.code = other.stat.code;
            if (of.kind == Measure::Number) of.kind = def.ranking.by == RankBy::Points ? Measure::Points : Measure::Index;
            return percent_scale(def, tree, of, ranked);
        }
        case Measure::Linear:  // on the scale of its first value that is not a number
            for (const auto& term : other.terms)
                if (term.value.kind != Measure::Number) return percent_scale(def, tree, term.value, ranked);
            break;
    }
    return Rational(1);
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
