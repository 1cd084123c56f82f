#include "engine/report/view/explanation.hpp"

#include "engine/report/view/block_facts.hpp"
#include "engine/report/view/block_view.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report {
namespace {

// Not applicable: the criteria's policy decides between dropping the maximum,
// granting full points and scoring zero; the outcome shows which one applied.
const MessageDef& na_note(const NodeOutcome& node) {
    if (node.max.is_zero()) return labels::note_na_excluded;
    return node.points == node.max ? labels::note_na_full : labels::note_na_zero;
}

void add_input_notes(const NodeOutcome& node, Lang lang, std::vector<std::string>& notes) {
    if (!node.input_text.empty()) notes.push_back(labels::format(labels::note_input, lang, node.input_text));
    if (!node.fired.empty()) notes.push_back(labels::format(labels::note_rule, lang, node.fired));
}

void add_source_notes(const NodeOutcome& node, Lang lang, std::vector<std::string>& notes) {
    using Source = NodeOutcome::Source;
    switch (node.source) {
        case Source::Rule: add_input_notes(node, lang, notes); break;
        case Source::Given: notes.push_back(labels::text(labels::note_given, lang)); break;
        case Source::NotApplicable: notes.push_back(labels::text(na_note(node), lang)); break;
        case Source::Excluded: notes.push_back(labels::text(labels::note_excluded, lang)); break;
        case Source::Default:
            notes.push_back(labels::text(labels::note_default, lang));
            add_input_notes(node, lang, notes);
            break;
        case Source::Children:  // a weighted composite shows its arithmetic
            if (!node.fired.empty()) notes.push_back(labels::format(labels::note_rule, lang, node.fired));
            break;
    }
}

// "tự chấm 2 · thẩm định 1,5": both values when the self-assessment was revised.
std::string assessment_note(const NodeOutcome& node, const Publication& pub, Lang lang) {
    std::vector<std::string> parts;
    if (node.self_points)
        parts.push_back(labels::format(labels::note_self, lang, pub.text(*node.self_points, lang)));
    if (node.appraised_points)
        parts.push_back(
            labels::format(labels::note_appraised, lang, pub.text(*node.appraised_points, lang)));
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

std::vector<std::string> node_notes(const NodeOutcome& node, const Publication& pub, Lang lang) {
    std::vector<std::string> notes;
    add_source_notes(node, lang, notes);
    std::string assessed = assessment_note(node, pub, lang);
    if (!assessed.empty()) notes.push_back(std::move(assessed));
    if (node.capped) notes.push_back(labels::text(labels::note_capped, lang));
    return notes;
}

std::string index_formula(const Definition& def, const TreeDef& tree, const UnitResult& unit, Lang lang) {
    // The derivation of the published index, so it shows the exact values (up to
    // places + 2 decimals) and, after the arrow, the published one.
    const int places = def.places;
    const std::string scale = def.publish == Publish::Points ? format_exact(tree.root().max, places, lang) : "100%";
    return labels::format(labels::ex_formula, lang, format_exact(unit.points, places, lang),
                          format_exact(unit.max, places, lang), scale, format_exact(unit.index, places, lang),
                          Publication::of(def).text(unit.published, lang));
}

std::vector<std::string> standing_lines(const BlockFacts& facts, std::size_t position, Lang lang) {
    const UnitResult& unit = facts.block->units[position];
    std::vector<std::string> lines{labels::format(labels::ex_rank, lang, unit.rank, facts.unit_count())};
    for (const LadderFacts& ladder : facts.ladders) {
        const std::string* label = ladder.class_of[position];
        lines.push_back(labels::format(labels::ex_class, lang, ladder.ladder->name,
                                       label ? *label : labels::text(labels::unclassified, lang)));
    }
    return lines;
}

}  // namespace chiso::report
