#include "engine/eval/trace.hpp"

#include <string_view>
#include <unordered_map>

#include "engine/eval/evaluate_unit.hpp"
#include "engine/eval/results.hpp"

namespace chiso {
namespace {

class ReferenceTracer final : public UnitTracer {
public:
    ReferenceTracer(const Plan& plan, const ScoreSheet& sheet, std::shared_ptr<const Normalisations> norms)
        : plan_(plan), sheet_(sheet), norms_(std::move(norms)) {
        // Unit ids are unique in a score sheet (the loader refuses duplicates), and a
        // result keeps its unit's id as entered.
        by_id_.reserve(sheet.units.size());
        for (std::size_t i = 0; i < sheet.units.size(); ++i) by_id_.emplace(sheet.units[i].id, i);
    }

    std::optional<UnitTrace> trace(const BlockResult& block, const UnitResult& unit) const override {
        auto it = by_id_.find(unit.id);
        if (it == by_id_.end() || !block.block) return std::nullopt;
        const TreePlan& tree = plan_.trees.at(block.block->tree);
        TraceRecorder recorder(tree.tree->nodes.size());
        Diagnostics dropped;  // printed by the run that made the results
        if (!evaluate_unit(*plan_.definition, *block.block, tree, sheet_.units[it->second], dropped, nullptr, &recorder,
                            norms_.get()))
            return std::nullopt;
        UnitTrace out = std::move(recorder).take();
        for (const SurveyFigure& f : sheet_.survey_figures)
            if (f.unit == unit.id) out.survey.push_back(f);
        return out;
    }

private:
    const Plan& plan_;
    const ScoreSheet& sheet_;
    std::shared_ptr<const Normalisations> norms_;
    std::unordered_map<std::string_view, std::size_t> by_id_;
};

}  // namespace

std::shared_ptr<const UnitTracer> reference_tracer(const Plan& plan, const ScoreSheet& sheet,
                                                   std::shared_ptr<const Normalisations> norms) {
    return std::make_shared<ReferenceTracer>(plan, sheet, std::move(norms));
}

}  // namespace chiso
