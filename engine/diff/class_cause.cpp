#include "engine/diff/class_cause.hpp"

#include "engine/diff/diff_internal.hpp"

#include "engine/model/bind_condition.hpp"
#include "engine/eval/conditions.hpp"

namespace chiso::diff {
namespace {

const LadderDef* find_ladder(const Definition& def, const std::string& id) {
    for (const auto& l : def.ladders)
        if (l.id == id) return &l;
    return nullptr;
}

std::optional<std::string> label_of(const UnitResult& unit, const std::string& ladder) {
    auto it = unit.classes.find(ladder);
    if (it == unit.classes.end()) return std::nullopt;
    return it->second;
}

bool same_section(const LadderSectionDef& a, const LadderSectionDef& b) {
    if (a.rungs.size() != b.rungs.size()) return false;
    for (std::size_t i = 0; i < a.rungs.size(); ++i) {
        const RungDef& x = a.rungs[i];
        const RungDef& y = b.rungs[i];
        if (x.label != y.label || x.override_rung != y.override_rung || !detail::same_when(x.when, y.when)) return false;
    }
    return true;
}

// As classify.cpp: overrides first, then the rungs in order.
std::optional<std::string> classify(const LadderSectionDef& section, const CondContext& ctx) {
    for (int pass = 0; pass < 2; ++pass)
        for (const auto& rung : section.rungs) {
            if (rung.override_rung != (pass == 0)) continue;
            if (!rung.when || holds(*rung.when, ctx)) return rung.label;
        }
    return std::nullopt;
}

}  // namespace

const char* cause_id(ClassCause cause) {
    switch (cause) {
        case ClassCause::Unchanged: return "unchanged";
        case ClassCause::Result: return "result";
        case ClassCause::CutOff: return "cut_off";
        case ClassCause::Both: return "both";
        case ClassCause::Ladder: return "ladder";
        case ClassCause::Unknown: return "unknown";
        case ClassCause::Distribution: return "distribution";
    }
    return "unknown";
}

ClassChange class_change(const std::string& ladder, const Definition& old_def, const Definition& new_def,
                         const BlockDef& new_block, const TreeDef& new_tree, const UnitResult& old_unit,
                         const UnitResult& new_unit, const NodeColumns& new_nodes) {
    ClassChange out;
    out.ladder = ladder;
    const LadderDef* ol = find_ladder(old_def, ladder);
    const LadderDef* nl = find_ladder(new_def, ladder);
    out.name = nl ? nl->name : ol ? ol->name : ladder;
    out.old_label = label_of(old_unit, ladder);
    out.new_label = label_of(new_unit, ladder);
    if (out.old_label == out.new_label) return out;
    const LadderSectionDef* os = ol ? ol->section_for(new_block.id) : nullptr;
    const LadderSectionDef* ns = nl ? nl->section_for(new_block.id) : nullptr;
    if (!os || !ns) {
        out.cause = ClassCause::Ladder;
        return out;
    }
    if (same_section(*os, *ns)) {
        out.cause = ClassCause::Result;
        return out;
    }
    // Last year's cut-offs read on this year's tree: its nodes and its scales.
    LadderSectionDef old_on_new = *os;
    for (auto& rung : old_on_new.rungs) {
        if (!rung.when) continue;
        // Re-reading a statistic for one unit would need the whole block's distribution
        // under the old rungs; saying "cannot tell" beats a rung that silently never holds.
        if (uses_statistic(*rung.when)) {
            out.cause = ClassCause::Distribution;
            return out;
        }
        bind_condition(*rung.when, new_def);
        if (!names_known_nodes(*rung.when, new_block.tree)) {
            out.cause = ClassCause::Unknown;
            return out;
        }
    }
    out.new_under_old = classify(old_on_new, CondContext{new_def, new_tree, new_unit, new_block.tree, new_nodes});
    if (out.new_under_old == out.old_label) out.cause = ClassCause::CutOff;
    else if (out.new_under_old == out.new_label) out.cause = ClassCause::Result;
    else out.cause = ClassCause::Both;
    return out;
}

}  // namespace chiso::diff
