// `minimum <n> unrated` (docs/language.md "Survey answer sheets") makes a leaf "not
// applicable" for a unit with too few forms; the criteria allow that only for an
// `optional` leaf. Checked here, before any sheet is read, so that `check` says it at
// the survey's `minimum` line instead of eval saying it for the first short unit.
#include "engine/check/check.hpp"
#include "engine/check/check_messages.hpp"

namespace chiso {

void check_surveys(const Definition& def, Diagnostics& diags) {
    for (const SurveyDef& s : def.surveys) {
        if (s.short_sample != ShortSample::Unrated || s.minimum == 0) continue;
        std::string leaves;
        for (const SurveyQuestionDef& q : s.questions)
            for (const TreeDef& tree : def.trees) {
                const NodeId id = tree.find(q.code);
                if (id == kNoNode || tree.nodes[id].optional) continue;
                leaves += (leaves.empty() ? "`" : ", `") + q.code + "` (" + tree.id + ")";
            }
        if (!leaves.empty()) diags.error(s.minimum_loc, msg::kSurveyUnratedNotOptional, s.id, s.minimum, leaves);
    }
}

}  // namespace chiso
