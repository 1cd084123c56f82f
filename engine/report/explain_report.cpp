// `chiso explain`: one unit's tree with the reason for every node's points, then
// the arithmetic from the total to the published index, the rank and classes.
// A reader should be able to recompute every number from this text alone.
#include "engine/report/block_view.hpp"
#include "engine/report/labels.hpp"
#include "engine/report/number_format.hpp"
#include "engine/report/report.hpp"

namespace chiso {
namespace {

using report::ladders_for;

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += separator;
        out += parts[i];
    }
    return out;
}

std::string basis_line(const BasisDef& basis, Lang lang) {
    std::string line = basis.number;
    if (!basis.date.empty())
        line = labels::format(labels::ex_basis_dated, lang, basis.number, format_date(basis.date, lang));
    if (!basis.title.empty()) line += " — " + basis.title;
    return line;
}

std::string header(const Definition& def, const BlockDef& block, const UnitResult& unit, Lang lang) {
    std::string out = labels::format(labels::ex_unit, lang, unit.name, unit.id) + "\n";
    out += labels::format(labels::ex_block, lang, block.name, block.id) + "\n";
    out += labels::format(labels::ex_index, lang, def.index_name, def.year) + "\n";
    if (def.bases.empty()) return out;
    out += std::string(labels::text(labels::ex_bases, lang)) + "\n";
    for (const auto& basis : def.bases) out += "  - " + basis_line(basis, lang) + "\n";
    return out;
}

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
std::string assessment_note(const NodeOutcome& node, int places, Lang lang) {
    std::vector<std::string> parts;
    if (node.self_points)
        parts.push_back(labels::format(labels::note_self, lang, format_points(*node.self_points, places, lang)));
    if (node.appraised_points)
        parts.push_back(
            labels::format(labels::note_appraised, lang, format_points(*node.appraised_points, places, lang)));
    return join(parts, " · ");
}

std::string node_notes(const NodeOutcome& node, int places, Lang lang) {
    std::vector<std::string> notes;
    add_source_notes(node, lang, notes);
    std::string assessed = assessment_note(node, places, lang);
    if (!assessed.empty()) notes.push_back(std::move(assessed));
    if (node.capped) notes.push_back(labels::text(labels::note_capped, lang));
    return notes.empty() ? std::string() : "  [" + join(notes, "; ") + "]";
}

std::string node_line(const TreeDef& tree, std::size_t i, const NodeOutcome& node, int places, Lang lang) {
    const NodeDef& def = tree.nodes[i];
    // The root usually has no title of its own: the tree's title names it.
    const std::string& title = (i == 0 && def.title.empty()) ? tree.title : def.title;
    std::string line(static_cast<std::size_t>(def.depth) * 2, ' ');
    line += def.code + "  " + title + "  " + format_points(node.points, places, lang) + "/" +
            format_points(node.max, places, lang);
    return line + node_notes(node, places, lang) + "\n";
}

std::string tree_text(const TreeDef& tree, const UnitResult& unit, int places, Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < tree.nodes.size() && i < unit.nodes.size(); ++i)
        if (unit.nodes[i].evaluated) out += node_line(tree, i, unit.nodes[i], places, lang);
    return out;
}

std::string formula(const Definition& def, const TreeDef& tree, const UnitResult& unit, Lang lang) {
    const int places = def.places;
    const std::string scale = def.publish == Publish::Points ? format_points(tree.root().max, places, lang) : "100%";
    return labels::format(labels::ex_formula, lang, format_points(unit.points, places, lang),
                          format_points(unit.max, places, lang), scale, format_points(unit.index, places, lang),
                          format_index(unit.published, places, lang)) +
           "\n";
}

std::string standing(const Definition& def, const BlockResult& block, const UnitResult& unit, Lang lang) {
    std::string out = labels::format(labels::ex_rank, lang, unit.rank, block.units.size()) + "\n";
    for (const auto* ladder : ladders_for(def, *block.block)) {
        auto it = unit.classes.find(ladder->id);
        const std::string label = it != unit.classes.end() ? it->second : labels::text(labels::unclassified, lang);
        out += labels::format(labels::ex_class, lang, ladder->name, label) + "\n";
    }
    return out;
}

}  // namespace

std::string render_explanation(const Results& results, const BlockResult& block, const UnitResult& unit,
                               const ReportOptions& options) {
    const Definition& def = *results.definition;
    const Lang lang = options.lang;
    const TreeDef& tree = def.tree_of(*block.block);
    return header(def, *block.block, unit, lang) + "\n" + tree_text(tree, unit, def.places, lang) + "\n" +
           formula(def, tree, unit, lang) + standing(def, block, unit, lang);
}

}  // namespace chiso
