#include "engine/report/html/html_explanation.hpp"

#include "engine/report/view/explanation.hpp"
#include "engine/report/html/html_writer.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report {
namespace {

struct TreeWriter {
    const TreeDef& tree;
    const UnitTrace& unit;
    Publication pub;
    Lang lang;
    html::Writer& out;

    bool shown(NodeId id) const { return id < unit.nodes.size() && unit.nodes[id].value.evaluated; }

    bool has_shown_children(NodeId id) const {
        for (NodeId child : tree.nodes[id].children)
            if (shown(child)) return true;
        return false;
    }

    // Lost points stand out: a reader looks for where the unit fell short.
    static const char* state(const NodeValue& node) {
        if (node.not_applicable) return "node na";
        if (node.points < node.max) return "node lost";
        return "node full";
    }

    void line(NodeId id) {
        const NodeValue& node = unit.nodes[id].value;
        out.open("span", {{"class", state(node)}});
        out.leaf("span", {{"class", "code"}}, tree.nodes[id].code).text(" ");
        out.leaf("span", {{"class", "title"}}, node_title(tree, id)).text(" ");
        out.leaf("span", {{"class", "points"}},
                 pub.text(node.points, lang) + "/" + pub.text(node.max, lang));
        const auto notes = node_notes(tree.nodes[id], unit.nodes[id], pub, lang);
        if (!notes.empty()) out.text(" ").leaf("span", {{"class", "notes"}}, join(notes, "; "));
        out.close();
    }

    void node(NodeId id) {
        out.open("li");
        if (!has_shown_children(id)) {
            line(id);
        } else {
            out.open("details", {{"open", "open"}}).open("summary");
            line(id);
            out.close().newline().open("ul").newline();
            for (NodeId child : tree.nodes[id].children)
                if (shown(child)) node(child);
            out.close().close();
        }
        out.close().newline();
    }
};

void head(html::Writer& out, const Definition& def, const BlockDef& block, const UnitResult& unit, Lang lang) {
    out.open("ul", {{"class", "explain-head"}}).newline();
    out.leaf("li", labels::format(labels::ex_unit, lang, unit.name, unit.id)).newline();
    out.leaf("li", labels::format(labels::ex_block, lang, block.name, block.id)).newline();
    out.leaf("li", labels::format(labels::ex_index, lang, def.index_name, def.year)).newline();
    if (!def.bases.empty()) {
        std::vector<std::string> bases;
        for (const auto& basis : def.bases) bases.push_back(basis_line(basis, lang));
        out.leaf("li", std::string(labels::text(labels::ex_bases, lang)) + " " + join(bases, "; ")).newline();
    }
    out.close().newline();
}

void unit_details(html::Writer& out, const Definition& def, const BlockFacts& facts, std::size_t position, Lang lang,
                  const UnitTracer* tracer) {
    const BlockResult& block = *facts.block;
    const UnitResult& unit = block.units[position];
    const TreeDef& tree = def.tree_of(*block.block);
    out.open("details", {{"class", "unit"}, {"id", "unit-" + unit.id}}).open("summary");
    out.text(labels::format(labels::html_unit_summary, lang, unit.rank, unit.name,
                            Publication::of(def).text(unit.published, lang)));
    out.close().newline();
    head(out, def, *block.block, unit, lang);
    out.open("ul", {{"class", "tree"}}).newline();
    const UnitTrace trace = unit_trace(tracer, block, unit);
    if (!trace.nodes.empty() && trace.nodes[0].value.evaluated)
        TreeWriter{tree, trace, Publication::of(def), lang, out}.node(0);
    out.close().newline();
    out.leaf("p", {{"class", "formula"}}, index_formula(def, tree, unit, lang)).newline();
    out.leaf("p", {{"class", "standing"}}, join(standing_lines(facts, position, lang), " · ")).newline();
    out.close().newline();
}

}  // namespace

std::string render_unit_explanations(const Definition& def, const BlockFacts& facts, Lang lang,
                                     const UnitTracer* tracer) {
    html::Writer out;
    for (std::size_t u = 0; u < facts.unit_count(); ++u) unit_details(out, def, facts, u, lang, tracer);
    return std::move(out).finish();
}

}  // namespace chiso::report
