#pragma once
// The words of the criteria language that the resolved model keeps as they are:
// comparisons, policies and the kinds of tie-breakers and operands. (The rule
// kinds are variants: dsl/ast.hpp and engine/model/rules.hpp, their words
// dsl/rule_words.hpp.) Their one home:
// the syntax tree (dsl/ast.hpp) names these same types, and the parser maps its
// keywords to them, so that no phase translates one enum into a twin.
// Plain enums only: this header includes nothing, and dsl/ may include it.
#include <cstdint>

namespace chiso {

enum class Cmp { Lt, Le, Gt, Ge, Eq };
// The comparison as the language writes it (`>=`): the printer, the model dump and the plan
// dump all spell it here.
constexpr const char* cmp_written(Cmp c) {
    switch (c) {
        case Cmp::Lt: return "<";
        case Cmp::Le: return "<=";
        case Cmp::Gt: return ">";
        case Cmp::Ge: return ">=";
        case Cmp::Eq: return "=";
    }
    return "=";
}
// How a `weighted` node combines its children's shares (docs/language.md §15d):
// `weighted` (arithmetic), `weighted geometric`, `weighted harmonic`.
enum class Mean { Arithmetic, Geometric, Harmonic };
// The word after `weighted` ("" for the arithmetic mean, which has none).
constexpr const char* mean_written(Mean m) {
    switch (m) {
        case Mean::Arithmetic: return "";
        case Mean::Geometric: return "geometric";
        case Mean::Harmonic: return "harmonic";
    }
    return "";
}
// The largest common denominator of a geometric mean's weights: the degree of the
// root its exponents need (wᵢ ÷ Σw over any applicable children divides it).
inline constexpr std::int64_t kMaxMeanDenominator = 1000;
enum class NaPolicy { Exclude, Full, Zero };
enum class Publish { Percent, Points };
enum class RankBy { Index, Points };
enum class TiePolicy { Shared, Dense, Distinct };

// What a tie-breaker compares (`ranking … by points, 1.2, name, id`).
enum class TieKey { Points, Index, NodePoints, Name, Id };  // Id: the unit's id, which always decides

// What an operand of a condition measures (`index`, `points`, `rank`,
// `index(1.2)`, `points(1.2)`), or a number; `Stat`, a statistic of the block's
// distribution (`mean`, `sd(sample)`, `percentile(90, nearest_rank)`), and `Linear`,
// arithmetic over these (`mean + 1.5 * sd(sample)`; docs/language.md §15d).
enum class Measure { Number, Index, Points, Rank, NodeIndex, NodePoints, Stat, Linear };

// The statistics of a block's distribution a condition may compare with, and how the
// two that have more than one textbook definition are computed (declared where used).
enum class StatKind { Mean, Sd, Median, Percentile, Min, Max };
enum class StatMethod {
    None,         // mean, median, min, max: one definition
    Population,   // sd: divide by n
    Sample,       // sd: divide by n - 1
    NearestRank,  // percentile: the ceil(p x n / 100)-th smallest value
    Linear,       // percentile: R-7 / Excel PERCENTILE.INC, interpolated between closest ranks
};
constexpr const char* stat_written(StatKind k) {
    switch (k) {
        case StatKind::Mean: return "mean";
        case StatKind::Sd: return "sd";
        case StatKind::Median: return "median";
        case StatKind::Percentile: return "percentile";
        case StatKind::Min: return "min";
        case StatKind::Max: return "max";
    }
    return "mean";
}
constexpr const char* method_written(StatMethod m) {
    switch (m) {
        case StatMethod::None: return "";
        case StatMethod::Population: return "population";
        case StatMethod::Sample: return "sample";
        case StatMethod::NearestRank: return "nearest_rank";
        case StatMethod::Linear: return "linear";
    }
    return "";
}
// How `top 10%` turns a share of the units into a number of them.
enum class ShareRounding { Up, Down, Nearest };
constexpr const char* rounding_written(ShareRounding r) {
    switch (r) {
        case ShareRounding::Up: return "up";
        case ShareRounding::Down: return "down";
        case ShareRounding::Nearest: return "nearest";
    }
    return "up";
}

// A survey's confidence interval (`interval wilson 95%`, docs/language.md "Survey answer
// sheets") and what a unit with fewer valid forms than `minimum` gets.
enum class IntervalMethod { Normal, Wilson, Bootstrap };
enum class ShortSample { Warn, Unrated };
// How a node is normalised across units (`normalise minmax|goalposts|rank|zscore …`,
// docs/language.md §15d): the population's own minimum and maximum, fixed
// goalposts, the unit's rank among the population, or its distance from the
// population's mean in standard deviations.
enum class NormMethod { MinMax, Goalposts, Rank, ZScore };
constexpr const char* norm_method_written(NormMethod m) {
    switch (m) {
        case NormMethod::MinMax: return "minmax";
        case NormMethod::Goalposts: return "goalposts";
        case NormMethod::Rank: return "rank";
        case NormMethod::ZScore: return "zscore";
    }
    return "minmax";
}

}  // namespace chiso
