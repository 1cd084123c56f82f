// The checks of a leaf's rule: amounts within the node's maximum (one generic case
// for the kinds of standard operands), level labels a score file can enter, answer
// weights within 0..100%, bands without gaps or overlaps.
#include <map>
#include <optional>
#include <variant>

#include "engine/check/check.hpp"
#include "engine/check/check_messages.hpp"
#include "engine/core/normalise.hpp"
#include "engine/core/overloaded.hpp"
#include "engine/model/interval_analysis.hpp"

namespace chiso {
namespace {

class RuleChecker {
public:
    RuleChecker(const NodeDef& node, const RuleDef& rule, Diagnostics& diags) : node_(node), rule_(rule), diags_(diags) {}

    // A kind of standard operands: each operand's own check, by its type
    // (dsl/rule_operands.hpp) — an amount at most the node's maximum. (A negative
    // number was refused by resolve, where its position is known.)
    template <OperandsRule Kind>
    void operator()(const Kind& kind) const {
        for_each_operand(kind, [&](auto tag, const auto& field) {
            if constexpr (decltype(tag)::value.type == rule_words::OperandType::Amount) {
                if (const Rational* points = present(field)) amount(*points, rule_.loc);
            }
        });
    }

    // Score files give a level by its normalised key (engine/core/normalise.hpp): two
    // labels of one key, or a label that a score file reads as a reserved word, could
    // never be entered as written.
    void operator()(const rule::Levels& r) const {
        std::map<std::string, const RuleDef::Level*> labels;
        for (const auto& level : r.levels) {
            amount(level.points, level.loc);
            auto [first, inserted] = labels.try_emplace(level.key, &level);
            if (!inserted && first->second->label == level.label)
                diags_.error(level.loc, msg::kDuplicateLevel, level.label, node_.code);
            else if (!inserted)
                diags_.error(level.loc, msg::kLevelsAlike, show_blanks(level.label), node_.code,
                             show_blanks(first->second->label), first->second->loc.line);
            const ReservedWord reserved = reserved_word(level.label);
            if (reserved == ReservedWord::NotApplicable)
                diags_.error(level.loc, msg::kLevelReservedNa, level.label, node_.code);
            else if (reserved != ReservedWord::None)
                diags_.error(level.loc, msg::kLevelReservedYesNo, level.label, node_.code);
        }
    }

    void operator()(const rule::Answers& r) const {
        for (const auto& answer : r.answers)
            if (answer.weight > Rational(1) || answer.weight.is_negative())
                diags_.error(answer.loc, msg::kAnswerWeight, answer.label, node_.code);
    }

    void operator()(const rule::Bands& r) const {
        for (const auto& band : r.bands) amount(band.points, band.loc);
        std::vector<IntervalDef> intervals;
        for (const auto& band : r.bands) intervals.push_back(band.interval);
        for (const auto& issue : analyse_intervals(intervals, Rational(0), std::nullopt)) {
            std::size_t at = issue.second != static_cast<std::size_t>(-1) ? issue.second : issue.first;
            SourceLoc loc = at < r.bands.size() ? r.bands[at].loc : rule_.loc;
            if (issue.kind == IntervalIssue::Kind::Overlap)
                diags_.error(loc, msg::kBandOverlap, node_.code, issue.where);
            else
                diags_.error(loc, msg::kBandGap, node_.code, issue.where);
        }
    }

private:
    static const Rational* present(const Rational& value) { return &value; }
    static const Rational* present(const std::optional<Rational>& value) { return value ? &*value : nullptr; }

    void amount(const Rational& points, const SourceLoc& loc) const {
        if (points > node_.max)
            diags_.error(loc, msg::kAmountAboveMax, points.to_string(), node_.code, node_.max.to_string());
    }

    const NodeDef& node_;
    const RuleDef& rule_;
    Diagnostics& diags_;
};

}  // namespace

void check_rule(const NodeDef& node, const RuleDef& rule, Diagnostics& diags) {
    std::visit(RuleChecker(node, rule, diags), rule.body);
}

}  // namespace chiso
