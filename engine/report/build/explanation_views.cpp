// A unit's explanation as data (view/explanation_view.hpp): the trace rendered in
// the run's language once, for `chiso explain` and the HTML page alike.
#include <algorithm>

#include "engine/report/build/explanation.hpp"
#include "engine/report/build/publication.hpp"
#include "engine/report/build/report_views.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report {

std::shared_ptr<const ExplainTree> explain_tree(const TreeDef& tree) {
    auto out = std::make_shared<ExplainTree>();
    out->reserve(tree.nodes.size());
    for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
        const NodeDef& node = tree.nodes[i];
        ExplainTreeNode n{static_cast<std::size_t>(node.depth), node.code, node_title(tree, i), {}};
        for (NodeId child : node.children) n.children.push_back(child);
        out->push_back(std::move(n));
    }
    return out;
}

namespace {

// How the interval was computed, as the note ends: "Wilson", "bootstrap, 2000 resamples,
// seed 2025", "normal approximation, weighted, effective sample size".
std::string survey_method(const SurveyFigure& f, Lang lang) {
    if (f.bootstrap)
        return labels::format(f.weighted ? labels::survey_bootstrap_weighted : labels::survey_bootstrap, lang,
                              std::to_string(f.resamples), std::to_string(f.seed));
    std::string method = labels::text(f.wilson ? labels::survey_wilson : labels::survey_normal, lang);
    if (f.weighted) method = labels::format(labels::survey_weighted, lang, method);
    return method;
}

// "phiếu khảo sát `sipas`, cột `cau_1`: 412 phiếu hợp lệ, 87,62%, khoảng tin cậy 95%:
// 84,10–90,55% (Wilson)": what a value computed from the forms rests on.
void add_survey_notes(const NodeDef& node, const std::vector<SurveyFigure>& figures, const Publication& pub,
                      Lang lang, std::vector<std::string>& notes) {
    for (const SurveyFigure& f : figures) {
        if (f.code != node.code) continue;
        const std::string forms = std::to_string(f.forms);
        if (!f.rated) {
            notes.push_back(labels::format(labels::note_survey_unrated, lang, f.survey, f.column, forms,
                                           std::to_string(f.minimum)));
            continue;
        }
        notes.push_back(labels::format(labels::note_survey, lang, f.survey, f.column, forms, pub.text(f.value, lang),
                                       format_exact(f.level, 0, lang), pub.text(f.low, lang), pub.text(f.high, lang),
                                       survey_method(f, lang)));
    }
}

}  // namespace

UnitExplanation unit_explanation(const Definition& def, const BlockFacts& facts, std::size_t position, Lang lang,
                                 const UnitTracer* tracer, std::shared_ptr<const ExplainTree> shared) {
    const BlockResult& block = *facts.block;
    const UnitResult& unit = block.units[position];
    const TreeDef& tree = def.tree_of(*block.block);
    const Publication pub = publication_of(def);
    UnitExplanation out{unit.id, unit.name, block.block->id, block.block->name, unit.rank, unit.published,
                        shared ? std::move(shared) : explain_tree(tree), {}, {}, {}};
    const UnitTrace trace = unit_trace(tracer, block, unit);
    out.nodes.reserve(std::min(tree.nodes.size(), trace.nodes.size()));
    for (std::size_t i = 0; i < tree.nodes.size() && i < trace.nodes.size(); ++i) {
        const NodeTrace& t = trace.nodes[i];
        ExplainNode n{t.value.evaluated, t.value.not_applicable, t.value.points, t.value.max, {}};
        if (n.shown) n.notes = node_notes(tree.nodes[i], t, pub, lang);
        if (n.shown) add_survey_notes(tree.nodes[i], trace.survey, pub, lang, n.notes);
        out.nodes.push_back(std::move(n));
    }
    out.formula = index_formula(def, tree, unit, lang);
    out.standing = standing_lines(def, facts, position, lang);
    return out;
}

}  // namespace chiso::report
