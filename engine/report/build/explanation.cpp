#include "engine/report/build/publication.hpp"
#include "engine/report/build/explanation.hpp"

#include "engine/report/build/block_facts.hpp"
#include "engine/report/build/block_view.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/build/trace_text.hpp"
#include "engine/report/build/cutoff_text.hpp"

namespace chiso::report {
namespace {

// Not applicable: the criteria's policy decides between dropping the maximum,
// granting full points and scoring zero; the outcome shows which one applied.
const MessageDef& na_note(const NodeValue& node) {
    if (node.max.is_zero()) return labels::note_na_excluded;
    return node.points == node.max ? labels::note_na_full : labels::note_na_zero;
}

void add_rule_note(const NodeDef& def, const NodeTrace& t, const Publication& pub, Lang lang,
                   std::vector<std::string>& notes) {
    const std::string rule = rule_text(def, t, pub.places, lang);
    if (!rule.empty()) notes.push_back(labels::format(labels::note_rule, lang, rule));
}

void add_input_notes(const NodeDef& def, const NodeTrace& t, const Publication& pub, Lang lang,
                     std::vector<std::string>& notes) {
    const std::string entered = entered_text(t, lang);
    if (!entered.empty()) notes.push_back(labels::format(labels::note_input, lang, entered));
    add_rule_note(def, t, pub, lang, notes);
}

void add_source_notes(const NodeDef& def, const NodeTrace& t, const Publication& pub, Lang lang,
                      std::vector<std::string>& notes) {
    switch (t.value.source) {
        case NodeSource::Rule: add_input_notes(def, t, pub, lang, notes); break;
        case NodeSource::Given: notes.push_back(labels::text(labels::note_given, lang)); break;
        case NodeSource::NotApplicable: notes.push_back(labels::text(na_note(t.value), lang)); break;
        case NodeSource::Excluded: notes.push_back(labels::text(labels::note_excluded, lang)); break;
        case NodeSource::Default:
            notes.push_back(labels::text(labels::note_default, lang));
            add_input_notes(def, t, pub, lang, notes);
            break;
        case NodeSource::Children:  // a weighted composite shows its arithmetic
            add_rule_note(def, t, pub, lang, notes);
            break;
    }
    for (std::string& note : normalise_notes(def, t, pub.places, lang)) notes.push_back(std::move(note));
}

// "tự chấm 2 · thẩm định 1,5": both values when the self-assessment was revised.
std::string assessment_note(const Assessed& assessed, const Publication& pub, Lang lang) {
    std::vector<std::string> parts;
    if (assessed.self) parts.push_back(labels::format(labels::note_self, lang, pub.text(*assessed.self, lang)));
    if (assessed.appraised)
        parts.push_back(labels::format(labels::note_appraised, lang, pub.text(*assessed.appraised, lang)));
    return join(parts, " · ");
}

}  // namespace

std::string basis_line(const BasisDef& basis, Lang lang) {
    std::string line = basis.number;
    if (!basis.date.empty())
        line = labels::format(labels::ex_basis_dated, lang, basis.number, format_date(basis.date, lang));
    if (!basis.title.empty()) line += " — " + basis.title;
    return line;
}

const std::string& node_title(const TreeDef& tree, std::size_t node) {
    const NodeDef& def = tree.nodes[node];
    return (node == 0 && def.title.empty()) ? tree.title : def.title;
}

std::vector<std::string> node_notes(const NodeDef& def, const NodeTrace& trace, const Publication& pub, Lang lang) {
    std::vector<std::string> notes;
    add_source_notes(def, trace, pub, lang, notes);
    std::string assessed = assessment_note(trace.assessed, pub, lang);
    if (!assessed.empty()) notes.push_back(std::move(assessed));
    if (trace.value.capped) notes.push_back(labels::text(labels::note_capped, lang));
    return notes;
}

UnitTrace unit_trace(const UnitTracer* tracer, const BlockResult& block, const UnitResult& unit) {
    // The values are the columns' (what every table shows); the trace adds the why.
    if (tracer)
        if (auto traced = tracer->trace(block, unit); traced && traced->nodes.size() == block.nodes.nodes()) {
            for (NodeId id = 0; id < traced->nodes.size(); ++id) traced->nodes[id].value = block.node(unit, id);
            return std::move(*traced);
        }
    UnitTrace values;
    values.nodes.resize(block.nodes.nodes());
    for (NodeId id = 0; id < values.nodes.size(); ++id) {
        values.nodes[id].value = block.node(unit, id);
        if (const Assessed* a = block.assessed(unit, id)) values.nodes[id].assessed = *a;
    }
    return values;
}

std::string index_formula(const Definition& def, const TreeDef& tree, const UnitResult& unit, Lang lang) {
    // The derivation of the published index, so it shows the exact values (up to
    // places + 2 decimals) and, after the arrow, the published one.
    const int places = def.places;
    const std::string scale = def.publish == Publish::Points ? format_exact(tree.root().max, places, lang) : "100%";
    return labels::format(labels::ex_formula, lang, format_exact(unit.points, places, lang),
                          format_exact(unit.max, places, lang), scale, format_exact(unit.index, places, lang),
                          publication_of(def).text(unit.published, lang));
}

// The rank and what it is a rank among (docs/language.md, "Partial publications").
std::string rank_line(const BlockFacts& facts, const UnitResult& unit, Lang lang) {
    const Population& p = facts.block->population;
    if (!unit.ranked)
        return unit.unranked_reason.empty() ? labels::text(labels::ex_not_ranked, lang)
                                            : labels::format(labels::ex_not_ranked_reason, lang, unit.unranked_reason);
    if (p.published_ranks) return labels::format(labels::ex_rank_published, lang, unit.rank, p.of);
    if (p.partial()) return labels::format(labels::ex_rank_listed, lang, unit.rank, p.ranked, p.of);
    if (p.declared()) return labels::format(labels::ex_rank_ranked, lang, unit.rank, p.ranked);
    return labels::format(labels::ex_rank, lang, unit.rank, facts.unit_count());
}

// The rung of `ladder` that gave `label` to the block's units (overrides first, as classify tries them).
const RungDef* rung_of(const LadderDef& ladder, const BlockDef& block, const std::string& label) {
    const LadderSectionDef* section = ladder.section_for(block.id);
    if (!section) return nullptr;
    for (const auto& rung : section->rungs)
        if (rung.label == label) return &rung;
    return nullptr;
}

std::vector<std::string> standing_lines(const Definition& def, const BlockFacts& facts, std::size_t position, Lang lang) {
    const UnitResult& unit = facts.block->units[position];
    std::vector<std::string> lines{rank_line(facts, unit, lang)};
    for (const LadderFacts& ladder : facts.ladders) {
        const std::string* label = ladder.class_of[position];
        lines.push_back(labels::format(labels::ex_class, lang, ladder.ladder->name,
                                       label ? *label : labels::text(labels::unclassified, lang)));
        // A cut-off from the distribution is shown computed, with why the rung held.
        if (const RungDef* rung = label ? rung_of(*ladder.ladder, *facts.block->block, *label) : nullptr)
            for (auto& line : cutoff_lines(def, *facts.block, unit, *rung, lang)) lines.push_back(std::move(line));
    }
    if (!facts.block->stats.distribution.empty()) {
        lines.push_back(labels::text(labels::ex_distribution_head, lang));
        for (auto& line : distribution_lines(def, *facts.block, lang)) lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace chiso::report
