#include <map>

#include "engine/check/check.hpp"
#include "engine/check/check_messages.hpp"
#include "engine/model/interval_analysis.hpp"
#include "engine/core/normalise.hpp"

namespace chiso {
namespace {

std::string percent_text(const Rational& fraction) { return (fraction * Rational(100)).to_string(4); }

class TreeChecker {
public:
    TreeChecker(const TreeDef& tree, Diagnostics& diags) : tree_(tree), diags_(diags) {}

    void run() {
        if (tree_.root().max.is_zero()) diags_.error(tree_.loc, msg::kZeroMax, tree_.id);
        for (NodeId id = 0; id < tree_.nodes.size(); ++id) {
            const NodeDef& node = tree_.nodes[id];
            if (!node.is_leaf()) {
                node.weighted ? check_weights(node) : check_sum(node);
            } else if (node.rule) {
                check_rule(node, *node.rule);
            }
            if (node.default_value && *node.default_value > node.max && !node.is_adjustment())
                diags_.error(node.default_loc, msg::kDefaultAboveMax, node.default_value->to_string(), node.code,
                             node.max.to_string());
        }
    }

private:
    void check_sum(const NodeDef& node) {
        Rational sum;
        for (NodeId c : node.children) {
            const NodeDef& child = tree_.nodes[c];
            if (child.weight) diags_.error(child.loc, msg::kWeightWithoutComposite, child.code, node.code);
            if (!child.is_adjustment()) sum += child.max;
        }
        if (node.unchecked || sum == node.max) return;
        if (&node == &tree_.root())
            diags_.error(node.loc, msg::kMaxSumMismatchTree, tree_.id, sum.to_string(), node.max.to_string());
        else
            diags_.error(node.loc, msg::kMaxSumMismatch, node.code, sum.to_string(), node.max.to_string());
    }

    void check_weights(const NodeDef& node) {
        Rational total;
        bool complete = true;
        for (NodeId c : node.children) {
            const NodeDef& child = tree_.nodes[c];
            if (!child.weight) {
                diags_.error(child.loc, msg::kMissingWeight, child.code, node.code);
                complete = false;
                continue;
            }
            total += *child.weight;
        }
        if (complete && total != Rational(1))
            diags_.error(node.loc, msg::kWeightsSum, node.code, percent_text(total));
    }

    void check_rule(const NodeDef& node, const RuleDef& rule) {
        using Kind = RuleDef::Kind;
        // Score files give a level by its normalised key (engine/core/normalise.hpp):
        // two labels of one key, or a label that a score file reads as a reserved
        // word, could never be entered as written.
        std::map<std::string, const RuleDef::Level*> labels;
        for (const auto& level : rule.levels) {
            check_amount(node, level.points, level.loc);
            auto [first, inserted] = labels.try_emplace(level.key, &level);
            if (!inserted && first->second->label == level.label)
                diags_.error(level.loc, msg::kDuplicateLevel, level.label, node.code);
            else if (!inserted)
                diags_.error(level.loc, msg::kLevelsAlike, show_blanks(level.label), node.code,
                             show_blanks(first->second->label), first->second->loc.line);
            const ReservedWord reserved = reserved_word(level.label);
            if (reserved == ReservedWord::NotApplicable)
                diags_.error(level.loc, msg::kLevelReservedNa, level.label, node.code);
            else if (reserved != ReservedWord::None)
                diags_.error(level.loc, msg::kLevelReservedYesNo, level.label, node.code);
        }
        for (const auto& band : rule.bands) check_amount(node, band.points, band.loc);
        for (const auto& answer : rule.answers)
            if (answer.weight > Rational(1) || answer.weight.is_negative())
                diags_.error(answer.loc, msg::kAnswerWeight, answer.label, node.code);
        if (rule.kind == Kind::Bands) check_bands(node, rule);
        if (rule.kind == Kind::DeductPerEvent) check_amount(node, rule.per_event_points, rule.loc);
    }

    void check_bands(const NodeDef& node, const RuleDef& rule) {
        std::vector<IntervalDef> intervals;
        for (const auto& band : rule.bands) intervals.push_back(band.interval);
        for (const auto& issue : analyse_intervals(intervals, Rational(0), std::nullopt)) {
            std::size_t at = issue.second != static_cast<std::size_t>(-1) ? issue.second : issue.first;
            SourceLoc loc = at < rule.bands.size() ? rule.bands[at].loc : rule.loc;
            if (issue.kind == IntervalIssue::Kind::Overlap)
                diags_.error(loc, msg::kBandOverlap, node.code, issue.where);
            else
                diags_.error(loc, msg::kBandGap, node.code, issue.where);
        }
    }

    void check_amount(const NodeDef& node, const Rational& points, const SourceLoc& loc) {
        if (points > node.max) diags_.error(loc, msg::kAmountAboveMax, points.to_string(), node.code, node.max.to_string());
    }

    const TreeDef& tree_;
    Diagnostics& diags_;
};

}  // namespace

void check_tree(const TreeDef& tree, Diagnostics& diags) { TreeChecker(tree, diags).run(); }

}  // namespace chiso
