#pragma once
// The syntax tree of one .chiso file, exactly as written: names are not yet
// resolved, nothing is checked. Every node remembers where it came from.
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/core/source.hpp"
#include "dsl/box.hpp"  // the copyable owner of a recursive child
#include "dsl/rule_words.hpp"
#include "engine/model/policies.hpp"  // the enums the model keeps: one home

namespace chiso::ast {

struct Name {
    std::string text;
    SourceLoc loc;
};

// A number as written; `percent` when followed by '%' (value is then 0..100, not 0..1).
struct Number {
    Rational value;
    bool percent = false;
    bool fraction = false;  // written `1/9` (weights): printed back as a fraction
    SourceLoc loc;
};

// ---- expressions (formulas, `bands of`, `proportional of`) -------------------
struct Expr;
using ExprPtr = Box<Expr>;  // copyable: copying an Expr copies its operands
enum class ExprOp { Add, Sub, Mul, Div };
// One step of a chain: `- b` in `a - b + c`.
struct ExprLink {
    ExprOp op = ExprOp::Add;
    ExprPtr operand;
};
// A chain of one precedence — `a + b - c` (Sum) or `a * b / c` (Product) — is one
// node with its operands in a list, evaluated left to right, not a nested pair per
// operator: a formula of 50,000 terms is then one level deep, and the depth of any
// expression is bounded by the 100 levels of parentheses and signs the parser allows.
struct Expr {
    enum class Kind { Number, Variable, Max, Neg, Sum, Product, Min2, Max2 };
    Kind kind = Kind::Number;
    Number number;               // Kind::Number
    std::string name;            // Kind::Variable (a declared input)
    ExprPtr lhs, rhs;            // Neg: lhs; Min2/Max2: both; Sum/Product: lhs is the first operand
    std::vector<ExprLink> rest;  // Sum (Add/Sub) and Product (Mul/Div): the operands after the first
    SourceLoc loc;
};

// ---- amounts and intervals ---------------------------------------------------
// `max`, `75%` (of the node's maximum) or `1.5` (points).
struct Amount {
    enum class Kind { Max, PercentOfMax, Points };
    Kind kind = Kind::Max;
    Rational value;
    SourceLoc loc;
};

using Cmp = chiso::Cmp;

// One side of an interval: `>= 80%`, `< 100%`.
struct Bound {
    Cmp cmp = Cmp::Ge;
    Number value;
};

// `>= 80% < 100%` : a lower and/or an upper bound.
struct Interval {
    std::optional<Bound> lower;
    std::optional<Bound> upper;
    SourceLoc loc;
};

// ---- leaf rules ----------------------------------------------------------------
struct LevelEntry {
    std::string label;
    Amount amount;
    SourceLoc loc;
};
struct BandEntry {
    Interval interval;
    Amount amount;
    SourceLoc loc;
};
struct AnswerEntry {
    std::string label;
    Number weight;  // percent
    SourceLoc loc;
};

// One struct per rule kind with exactly what its syntax writes; the order of
// RuleBody is the order of the rows in dsl/rule_words.hpp. A kind of standard
// operands has them as its fields in the order of its row (no other field).
struct PointsRule {};        // points
struct YesNoRule {};         // yesno
struct LevelsRule {          // levels { "tốt" -> 75% … }
    std::vector<LevelEntry> levels;
};
struct BandsRule {           // bands [of <expr>] { >= 80% -> max … }
    ExprPtr of;
    std::vector<BandEntry> bands;
};
struct ProportionalRule {    // proportional [of <expr>]
    ExprPtr of;
};
struct RateRule {};          // rate
struct AnswersRule {         // answers { "A" -> 100% … }
    std::vector<AnswerEntry> answers;
};
struct BonusRule {           // bonus cap N
    std::optional<Number> cap;
};
struct DeductionRule {       // deduction cap N [per N]
    std::optional<Number> cap;
    std::optional<Number> per;
};
struct DeductPerEventRule {  // deduct <amount> per event
    std::optional<Amount> per_event;
};
struct FormulaRule {         // formula <expr>
    ExprPtr expr;
};

using RuleBody = std::variant<PointsRule, YesNoRule, LevelsRule, BandsRule, ProportionalRule, RateRule, AnswersRule,
                              BonusRule, DeductionRule, DeductPerEventRule, FormulaRule>;
static_assert(std::variant_size_v<RuleBody> == rule_words::kWords.size(), "one word per rule kind");

// The index of a kind in RuleBody: its row in dsl/rule_words.hpp.
template <class Kind>
inline constexpr std::size_t rule_index_v = rule_words::row_of<Kind, RuleBody>::value;
template <class Kind>
inline constexpr std::string_view rule_word_v = rule_words::kWords[rule_index_v<Kind>];
// A kind written as its word and its row's operands (dsl/rule_operands.hpp): its struct
// has exactly those operands as fields, in order — std::optional<Number> (number,
// points), std::optional<Amount> (amount), ExprPtr (expression) — and the parser, the
// printer and resolve handle it generically.
template <class Kind>
concept OperandsRule = rule_words::OperandsRuleOf<Kind, RuleBody>;
template <class Kind>
inline constexpr const rule_words::Row& rule_row_v = rule_words::kRows[rule_index_v<Kind>];
// f(operand_tag, field) for each operand of a kind, in the order written.
template <OperandsRule Kind, class F>
void for_each_operand(Kind& kind, F&& f) {
    rule_words::for_each_operand<RuleBody>(kind, f);
}

struct Rule {
    RuleBody body;
    SourceLoc loc;
    std::string_view word() const { return rule_words::kWords[body.index()]; }
};

using NaPolicy = chiso::NaPolicy;

// ---- normalisation across units (docs/language.md §15d) ---------------------------
//   normalise minmax 1 to 10 [lower better] [over block | over blocks a, b | over years "f.yaml", …] [if equal -> 5.5]
//   normalise goalposts 0 to 50 onto 1 to 10 …
//   normalise rank 1 to 10 …
//   normalise zscore sd(sample) onto mean 5 sd 2 …
struct Normalise {
    NormMethod method = NormMethod::MinMax;
    bool z_sample = false;                       // zscore: sd(sample), else sd(population)
    std::optional<Number> z_mean, z_sd;          // zscore: the target mean and sd
    std::optional<Number> post_low, post_high;  // goalposts only
    std::optional<Number> from, to;             // the range the points go onto
    bool lower_better = false;
    SourceLoc direction_loc;                    // `lower better` / `higher better` (unknown: not written)
    std::vector<Name> blocks;                   // `over blocks so, huyen` (empty: the unit's own block)
    std::vector<Name> years;                    // `over years "ddci-2022.yaml"`: paths as written
    SourceLoc over_loc;
    std::optional<Number> if_equal;             // `if equal -> 5.5`
    SourceLoc loc;
};

// ---- the tree ------------------------------------------------------------------
struct Node {
    std::string keyword;        // area | criterion | item | node (all equivalent)
    Name code;                  // "1.2.3"
    std::string title;
    std::optional<Number> max;
    std::optional<Number> weight;
    bool weighted = false;
    Mean mean = Mean::Arithmetic;  // `weighted geometric`, `weighted harmonic`
    bool unchecked = false;
    bool survey = false;
    bool optional = false;      // may be marked không áp dụng
    std::optional<NaPolicy> na;
    SourceLoc na_loc;
    std::optional<Number> default_value;
    // The declared exceptions to the range of the rule's input (docs/language.md
    // §11): `allow negative` (ratios, formula inputs and denominators may be below 0)
    // and `up to 150%` (a ratio may exceed 100%, up to this).
    bool allow_negative = false;
    SourceLoc allow_negative_loc;
    std::optional<Number> up_to;
    std::optional<Normalise> normalise;  // `normalise …`: points from the population's values
    std::vector<Name> inputs;
    std::optional<Rule> rule;
    std::vector<Node> children;
    SourceLoc loc;
};

struct Tree {
    Name id;
    std::string title;
    std::optional<Number> max;
    bool weighted = false;
    Mean mean = Mean::Arithmetic;
    bool unchecked = false;
    std::vector<Node> children;
    SourceLoc loc;
};

// ---- blocks ------------------------------------------------------------------
struct Block {
    Name id;
    std::string name;
    std::optional<Name> tree;
    std::vector<Name> exclude;  // node codes not assessed in this block
    SourceLoc loc;
};

// ---- conditions (ladders, stats) -----------------------------------------------
struct Operand;
using OperandPtr = Box<Operand>;
// One step of a chain in a condition's arithmetic: `+ 1.5 * sd(sample)`.
struct OperandLink {
    ExprOp op = ExprOp::Add;
    OperandPtr operand;
};
// A value in a condition: a number, a measure of the unit, a statistic of the block
// (`Stat`), or arithmetic over them: `Sum` (`a + b - c`) and `Product` (`a * b / c`),
// chains of one precedence as in formulas (`first`, then `rest`). Measure::Linear is
// the model's, never the parser's.
struct Operand {
    using Kind = Measure;
    Kind kind = Kind::Number;
    Number number;
    Name code;  // NodeIndex / NodePoints
    // Stat: which, its method (sd, percentile), the percentile's p, and the value it
    // summarises when written (`mean(index(2))`; null: what the ranking compares).
    StatKind stat = StatKind::Mean;
    StatMethod method = StatMethod::None;
    Number p;
    OperandPtr of;
    // Sum / Product (kind Number, arith set): the first operand and the rest.
    enum class Arith { None, Sum, Product };
    Arith arith = Arith::None;
    OperandPtr first;
    std::vector<OperandLink> rest;
    bool grouped = false;  // written in parentheses
    SourceLoc loc;
};

struct Cond;
using CondPtr = Box<Cond>;  // copyable: copying a Cond copies its parts
struct Cond {
    enum class Kind { Compare, And, Or, Not, Flag };
    Kind kind = Kind::Compare;
    // Compare: a chain `80 <= index < 90` = operands[0] cmps[0] operands[1] cmps[1] operands[2]
    std::vector<Operand> operands;
    std::vector<Cmp> cmps;
    std::vector<CondPtr> parts;  // And / Or (2+), Not (1)
    std::string flag;            // Flag
    // `top 10% rounded up`: a Compare `rank <= 10%` whose share is rounded to a number
    // of units as declared; printed back as written.
    std::optional<ShareRounding> top;
    SourceLoc loc;
};

struct Rung {
    std::string label;
    CondPtr when;          // null for `otherwise`
    bool override_rung = false;
    SourceLoc loc;
};

struct LadderSection {
    std::vector<Name> blocks;  // empty: the default section
    std::vector<Rung> rungs;
    SourceLoc loc;
};

struct Ladder {
    Name id;
    std::string name;
    std::vector<LadderSection> sections;  // sections[0] is the default (may be empty)
    SourceLoc loc;
};

struct Stat {
    Name id;
    std::string label;
    CondPtr when;
    SourceLoc loc;
};

// ---- survey answer sheets ----------------------------------------------------------
// `survey <id> "<title>" { unit "…" form "…" [weight "…"] question "<column>" -> <code> … }`
struct SurveyScaleEntry {  // "Hài lòng" -> 100%
    std::string label;
    Number value;
    SourceLoc loc;
};
struct SurveyQuestion {  // question "cau_1" -> HL1 { … } | likert 1 to 5
    std::string column;
    SourceLoc column_loc;
    Name code;
    bool likert = false;
    Number low, high;                     // likert
    std::vector<SurveyScaleEntry> scale;  // labels
    SourceLoc loc;
};
struct SurveyColumn {
    std::string name;
    SourceLoc loc;
};
struct Survey {
    Name id;
    std::string title;
    std::optional<SurveyColumn> unit, form, weight;
    std::vector<SurveyQuestion> questions;
    std::vector<SurveyColumn> no_answer;  // labels that count as not answered
    std::optional<bool> exclude_incomplete;
    SourceLoc incomplete_loc;
    std::optional<IntervalMethod> method;
    std::optional<Number> level;
    SourceLoc interval_loc;
    std::optional<Number> seed, count;  // `interval bootstrap … seed <n> count <n>`
    SourceLoc seed_loc, count_loc;      // their words
    std::optional<Number> minimum;
    ShortSample short_sample = ShortSample::Warn;
    SourceLoc minimum_loc;
    std::optional<SurveyColumn> separator;
    SourceLoc loc;
};

// ---- policies ------------------------------------------------------------------
struct Basis {
    std::string number;  // "1091/QĐ-UBND"
    std::optional<std::string> date;  // ISO yyyy-mm-dd
    std::optional<std::string> title;
    SourceLoc loc;
};

using Publish = chiso::Publish;
using RankBy = chiso::RankBy;
using TiePolicy = chiso::TiePolicy;

struct Rounding {
    int places = 2;
    RoundingMode mode = RoundingMode::HalfUp;
    SourceLoc loc;
};

struct TieBreak {
    using Kind = TieKey;
    Kind kind = Kind::Points;
    Name code;
    SourceLoc loc;
};

struct Ranking {
    RankBy by = RankBy::Index;
    bool on_rounded = true;
    TiePolicy ties = TiePolicy::Shared;
    std::vector<TieBreak> tie_breaks;
    bool within_group = false;
    SourceLoc loc;
};

// ---- inheritance: a file that extends another states its changes as changes ----
// `extends "../vn/par-tinh-2022.chiso"` (path relative to this file).
struct Extends {
    std::string path;
    SourceLoc loc;
};

// One change inside `edit tree <id> { … }`.
//   change <code> <attributes…>            (Set: only the attributes written apply)
//   add <kind> <code> "<title>" <attributes…> [{ children }] in <parent code|total> [after <code> | first]
//   remove <code>
//   move <code> to <parent code|total> [after <code> | first] [as <new code>]
struct NodeEdit {
    enum class Kind { Set, Add, Remove, Move };
    Kind kind = Kind::Set;
    Name code;                        // the node changed, removed, moved (Add: node.code)
    Node node;                        // Set: the attributes written; Add: the new node
    std::vector<std::string> given;   // Set: the attribute words written: "title", "max", "weight",
                                      // "weighted", "unchecked", "survey", "optional", "na",
                                      // "default", "inputs", "rule", "allow negative", "up to",
                                      // "normalise"
    std::optional<Name> parent;       // Add / Move: `in` / `to`
    std::optional<Name> after;        // Add / Move: `after <code>`
    bool first = false;               // Add / Move: `first`
    std::optional<Name> new_code;     // Move: `as <code>`
    SourceLoc loc;
};

// `edit tree <id> [title "…"] [max N] [weighted] [unchecked] { <node edits> }`
struct TreeEdit {
    Name tree;
    std::optional<std::string> title;
    std::optional<Number> max;
    std::vector<std::string> given;   // tree attribute words written: "title", "max", "weighted", "unchecked"
    bool weighted = false;
    Mean mean = Mean::Arithmetic;
    bool unchecked = false;
    std::vector<NodeEdit> edits;      // applied in the order written
    SourceLoc loc;
};

// `edit block <id> ["<name>"] [tree <id>] [exclude <codes>]`: replaces what is written.
struct BlockEdit {
    Block block;
    std::vector<std::string> given;   // "name", "tree", "exclude"
    SourceLoc loc;
};

// `edit ladder <id> { "<label>" when <cond> … block <ids> { … } }`: each rung written
// replaces the condition of the rung with that label in that section (a threshold change).
struct LadderEdit {
    Name ladder;
    std::optional<std::string> title;  // `edit ladder <id> title "…"`: the ladder's new title
    SourceLoc title_loc;
    std::vector<LadderSection> sections;  // sections[0]: the default section (may be empty)
    SourceLoc loc;
};

// `remove block|tree|ladder|stat <id>`
struct Removal {
    enum class Kind { Block, Tree, Ladder, Stat };
    Kind kind = Kind::Block;
    Name id;
    SourceLoc loc;
};

struct File {
    const SourceFile* source = nullptr;
    std::optional<Extends> extends;
    std::vector<TreeEdit> tree_edits;
    std::vector<BlockEdit> block_edits;
    std::vector<LadderEdit> ladder_edits;
    std::vector<Ladder> ladder_replacements;  // `replace ladder <id> "<name>" { … }`
    std::vector<Stat> stat_replacements;      // `replace stat <id> "<label>" count <cond>`
    std::vector<Removal> removals;
    std::optional<Name> index_id;
    std::string index_name;
    std::optional<Name> locality_id;
    std::string locality_name;
    std::optional<Number> year;
    std::vector<Basis> bases;
    std::optional<Publish> publish;
    SourceLoc publish_loc;
    std::optional<Rounding> rounding;
    std::optional<Ranking> ranking;
    std::optional<NaPolicy> not_applicable;
    SourceLoc not_applicable_loc;
    std::optional<bool> missing_is_zero;
    SourceLoc missing_loc;
    std::vector<Block> blocks;
    std::vector<Tree> trees;
    std::vector<Ladder> ladders;
    std::vector<Stat> stats;
    std::vector<Survey> surveys;
};

}  // namespace chiso::ast
