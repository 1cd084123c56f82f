#pragma once
// The resolved criteria definition: names bound, percentages turned into
// fractions, every node knowing its parent, formulas as postfix steps over input
// slots, conditions and tie-breakers bound to node ids. Produced by resolve,
// verified by check, compiled into a plan. No syntax-tree type: what diff and the
// criteria sheet show of the written form is kept here as text and positions.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/core/source.hpp"
#include "engine/model/condition.hpp"
#include "engine/model/expression.hpp"
#include "engine/model/interval.hpp"
#include "engine/model/normalise.hpp"
#include "engine/model/policies.hpp"
#include "engine/model/ranking.hpp"
#include "engine/model/rules.hpp"  // RuleDef: the rule kinds as a variant
#include "engine/model/survey.hpp"

namespace chiso {

// Where a node's attributes were written and its rule as written (75% stays 75%,
// not 1.5 points): what `chiso diff` compares and shows and the criteria sheet
// prints, kept so that neither reaches back to the syntax tree. A position is
// unknown when the attribute was not written.
struct WrittenNode {
    std::optional<std::string> rule;  // nullopt: no rule written (points entered directly)
    SourceLoc max, weight, default_value, na, up_to, allow_negative;
};

struct NodeDef {
    std::string code;  // "total" for the root of a tree
    std::string title;
    Rational max;
    std::optional<Rational> weight;  // fraction of the weighted parent
    bool weighted = false;
    Mean mean = Mean::Arithmetic;  // of a weighted node: how its children's shares combine
    bool unchecked = false;
    bool survey = false;
    bool optional = false;
    NaPolicy na = NaPolicy::Exclude;
    std::optional<Rational> default_value;
    SourceLoc default_loc;
    std::vector<std::string> inputs;
    std::optional<RuleDef> rule;  // set on leaves (Points when unstated)
    std::optional<NormaliseDef> normalise;  // points from the population's raw values (normalise.hpp)
    WrittenNode written;
    NodeId parent = kNoNode;
    std::vector<NodeId> children;
    int depth = 0;
    SourceLoc loc;

    bool is_leaf() const { return children.empty(); }
    // Bonus and deduction leaves move points but add nothing to the maximum.
    bool is_adjustment() const {
        return rule && (rule->is<rule::Bonus>() || rule->is<rule::Deduction>());
    }
};

struct TreeDef {
    std::string id;
    std::string title;
    std::vector<NodeDef> nodes;  // nodes[0] is the root, code "total"; pre-order
    std::map<std::string, NodeId> by_code;
    SourceLoc loc;
    SourceLoc max_loc;  // where the tree's `max` is written (unknown: not written)

    const NodeDef& root() const { return nodes[0]; }
    NodeId find(const std::string& code) const {
        auto it = by_code.find(code);
        return it == by_code.end() ? kNoNode : it->second;
    }
};

struct BlockDef {
    std::string id;
    std::string name;
    std::size_t tree = 0;  // index into Definition::trees
    std::vector<NodeId> excluded;
    SourceLoc loc;
};

struct RungDef {
    std::string label;
    std::optional<CondDef> when;  // none: otherwise
    bool override_rung = false;
    SourceLoc loc;
};
struct LadderSectionDef {
    std::vector<std::string> blocks;  // empty: default section
    std::vector<RungDef> rungs;
    SourceLoc loc;
};
struct LadderDef {
    std::string id;
    std::string name;
    std::vector<LadderSectionDef> sections;
    // The section that applies to a block: its own, else the default, else none.
    const LadderSectionDef* section_for(const std::string& block) const;
    SourceLoc loc;
};

struct StatDef {
    std::string id;
    std::string label;
    std::optional<CondDef> when;  // none: every unit (written `count index >= 0`)
    SourceLoc loc;
};

struct BasisDef {
    std::string number;
    std::string date;
    std::string title;
    SourceLoc loc;
};

// Where the header statements are written (unknown: not written), for `chiso diff`.
struct HeaderLocs {
    SourceLoc index, locality, year, publish, rounding, ranking, na, missing;
};

struct Definition {
    std::string index_id;
    std::string index_name;
    std::string locality_id;
    std::string locality_name;
    int year = 0;
    std::vector<BasisDef> bases;
    Publish publish = Publish::Percent;
    int places = 2;
    RoundingMode rounding = RoundingMode::HalfUp;
    RankingDef ranking;
    NaPolicy default_na = NaPolicy::Exclude;
    bool missing_is_zero = false;
    std::vector<TreeDef> trees;
    std::vector<BlockDef> blocks;
    std::vector<LadderDef> ladders;
    std::vector<StatDef> stats;
    std::vector<SurveyDef> surveys;  // engine/model/survey.hpp
    HeaderLocs header_locs;
    const SourceFile* source = nullptr;

    const BlockDef* find_block(const std::string& id) const;
    const TreeDef& tree_of(const BlockDef& b) const { return trees[b.tree]; }
    // The published value of points, a maximum, an index or a block statistic: at
    // the criteria's `rounding` (places and mode). Reports print it through
    // report::Publication (engine/report/view/number_format.hpp), built from these two.
    Rational published(const Rational& exact) const { return exact.round(places, rounding); }
};

// The one meaning of `%` in a condition (docs/language.md §14): a share of the scale
// of the operand it is compared with. The index is already a percentage when published
// as one (55% = 55), else a share of the tree's maximum; points a share of the tree's
// (or the node's) maximum; a node's index is a percentage; a rank a share of the
// `ranked` units ranked together. Next to a plain number there is no scale: 55% = 0.55.
// Resolve scales every number of a condition through it once (CondValue::scaled);
// evaluation calls it only for a share of the rank.
Rational percent_scale(const Definition& def, const TreeDef& tree, const CondValue& other, std::int64_t ranked);
inline Rational condition_number(const Rational& number, bool percent, const Rational& scale) {
    return percent ? number / Rational(100) * scale : number;
}

}  // namespace chiso
