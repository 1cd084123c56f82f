#pragma once
// The resolved criteria definition: names bound, percentages turned into
// fractions, every node knowing its parent. Produced by resolve, verified by check,
// compiled into a plan. Free of any parser type.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dsl/ast.hpp"  // plain value types only (enums, Number, Expr, Cond); no PEGTL

namespace chiso {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = static_cast<NodeId>(-1);

using ast::Cmp;
using ast::NaPolicy;
using ast::Publish;
using ast::RankBy;
using ast::TiePolicy;

// A band boundary with the percent already applied (80% -> 0.8 when the band
// variable is a ratio; see Rule::value_is_percent).
struct BoundDef {
    Cmp cmp = Cmp::Ge;
    Rational value;
    bool percent = false;  // written as 80%: shown back to users as 80%, not 0.8
};
struct IntervalDef {
    std::optional<BoundDef> lower;
    std::optional<BoundDef> upper;
    bool contains(const Rational& x) const;
};

struct RuleDef {
    using Kind = ast::Rule::Kind;
    Kind kind = Kind::Points;
    struct Level { std::string label; Rational points; SourceLoc loc; };
    struct Band { IntervalDef interval; Rational points; SourceLoc loc; };
    struct Answer { std::string label; Rational weight; SourceLoc loc; };  // weight as fraction
    std::vector<Level> levels;
    std::vector<Band> bands;
    std::vector<Answer> answers;
    const ast::Expr* expr = nullptr;  // owned by the AST kept alive in Definition
    Rational cap;
    std::optional<Rational> per;
    Rational per_event_points;
    // The range of the rule's input — one home for every rule kind, set by resolve
    // from the kind and the node's declared exceptions (docs/language.md §11).
    // `ratio_limit`: the highest ratio accepted (1 = 100%; `up to 150%` makes it 1.5),
    // unset when what the rule measures is not a ratio (a formula's points, a count).
    // `allow_negative` (`allow negative`): ratios, formula inputs, divisors and the
    // measured value may be below 0; otherwise a value below 0 is refused.
    std::optional<Rational> ratio_limit;
    bool allow_negative = false;
    SourceLoc loc;
};

struct NodeDef {
    std::string code;  // "total" for the root of a tree
    std::string title;
    Rational max;
    std::optional<Rational> weight;  // fraction of the weighted parent
    bool weighted = false;
    bool unchecked = false;
    bool survey = false;
    bool optional = false;
    NaPolicy na = NaPolicy::Exclude;
    std::optional<Rational> default_value;
    SourceLoc default_loc;
    std::vector<std::string> inputs;
    std::optional<RuleDef> rule;  // set on leaves (Points when unstated)
    NodeId parent = kNoNode;
    std::vector<NodeId> children;
    int depth = 0;
    SourceLoc loc;

    bool is_leaf() const { return children.empty(); }
    // Bonus and deduction leaves move points but add nothing to the maximum.
    bool is_adjustment() const {
        return rule && (rule->kind == RuleDef::Kind::Bonus || rule->kind == RuleDef::Kind::Deduction);
    }
};

struct TreeDef {
    std::string id;
    std::string title;
    std::vector<NodeDef> nodes;  // nodes[0] is the root, code "total"; pre-order
    std::map<std::string, NodeId> by_code;
    SourceLoc loc;

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
    const ast::Cond* when = nullptr;  // null: otherwise
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
    const ast::Cond* when = nullptr;
    SourceLoc loc;
};

struct BasisDef {
    std::string number;
    std::string date;
    std::string title;
};

struct RankingDef {
    RankBy by = RankBy::Index;
    bool on_rounded = true;
    TiePolicy ties = TiePolicy::Shared;
    std::vector<ast::TieBreak> tie_breaks;
    bool within_group = false;
    SourceLoc loc;  // the `ranking` statement: where an undecided `ties distinct` is reported
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
    const SourceFile* source = nullptr;
    std::shared_ptr<const ast::File> syntax;  // keeps Expr/Cond pointers alive

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
// Evaluation, the checker and the charts all read thresholds through these two.
Rational percent_scale(const Definition& def, const TreeDef& tree, const ast::Operand& other, std::int64_t ranked);
inline Rational condition_number(const ast::Number& n, const Rational& scale) {
    return n.percent ? n.value / Rational(100) * scale : n.value;
}

}  // namespace chiso
