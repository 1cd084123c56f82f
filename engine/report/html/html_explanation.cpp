#include "engine/report/html/html_explanation.hpp"

#include "engine/core/text.hpp"
#include "engine/report/html/html_writer.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report {
namespace {

struct TreeWriter {
    const UnitExplanation& unit;
    Publication pub;
    Lang lang;
    html::Writer& out;

    const ExplainTree& tree;

    bool shown(std::size_t id) const { return id < unit.nodes.size() && id < tree.size() && unit.nodes[id].shown; }

    bool has_shown_children(std::size_t id) const {
        for (std::size_t child : tree[id].children)
            if (shown(child)) return true;
        return false;
    }

    // Lost points stand out: a reader looks for where the unit fell short.
    static const char* state(const ExplainNode& node) {
        if (node.not_applicable) return "node na";
        if (node.points < node.max) return "node lost";
        return "node full";
    }

    void line(std::size_t id) {
        const ExplainNode& node = unit.nodes[id];
        out.open("span", {{"class", state(node)}});
        out.leaf("span", {{"class", "code"}}, tree[id].code).text(" ");
        out.leaf("span", {{"class", "title"}}, tree[id].title).text(" ");
        out.leaf("span", {{"class", "points"}}, pub.text(node.points, lang) + "/" + pub.text(node.max, lang));
        if (!node.notes.empty()) out.text(" ").leaf("span", {{"class", "notes"}}, join(node.notes, "; "));
        out.close();
    }

    void node(std::size_t id) {
        out.open("li");
        if (!has_shown_children(id)) {
            line(id);
        } else {
            out.open("details", {{"open", "open"}}).open("summary");
            line(id);
            out.close().newline().open("ul").newline();
            for (std::size_t child : tree[id].children)
                if (shown(child)) node(child);
            out.close().close();
        }
        out.close().newline();
    }
};

void head(html::Writer& out, const CriteriaView& criteria, const UnitExplanation& unit) {
    const Lang lang = criteria.lang;
    out.open("ul", {{"class", "explain-head"}}).newline();
    out.leaf("li", labels::format(labels::ex_unit, lang, unit.name, unit.id)).newline();
    out.leaf("li", labels::format(labels::ex_block, lang, unit.block_name, unit.block_id)).newline();
    out.leaf("li", labels::format(labels::ex_index, lang, criteria.index_name, criteria.year)).newline();
    if (!criteria.bases.empty()) {
        std::vector<std::string> bases;
        for (const auto& basis : criteria.bases) bases.push_back(basis.line);
        out.leaf("li", std::string(labels::text(labels::ex_bases, lang)) + " " + join(bases, "; ")).newline();
    }
    out.close().newline();
}

void unit_details(html::Writer& out, const CriteriaView& criteria, const UnitExplanation& unit) {
    const Lang lang = criteria.lang;
    out.open("details", {{"class", "unit"}, {"id", "unit-" + unit.id}}).open("summary");
    out.text(labels::format(labels::html_unit_summary, lang, unit.rank, unit.name, criteria.pub.text(unit.published, lang)));
    out.close().newline();
    head(out, criteria, unit);
    out.open("ul", {{"class", "tree"}}).newline();
    if (unit.tree && !unit.tree->empty() && !unit.nodes.empty() && unit.nodes[0].shown)
        TreeWriter{unit, criteria.pub, lang, out, *unit.tree}.node(0);
    out.close().newline();
    out.leaf("p", {{"class", "formula"}}, unit.formula).newline();
    out.leaf("p", {{"class", "standing"}}, join(unit.standing, " · ")).newline();
    out.close().newline();
}

}  // namespace

std::string render_unit_explanations(const CriteriaView& criteria, const std::vector<UnitExplanation>& units) {
    html::Writer out;
    for (const UnitExplanation& unit : units) unit_details(out, criteria, unit);
    return std::move(out).finish();
}

}  // namespace chiso::report
