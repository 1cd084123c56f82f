#pragma once
// A survey answer sheet's mapping, resolved (`survey <id> "<title>" { … }`,
// docs/language.md "Survey answer sheets"): which columns name the unit, the form and
// its weight, which question gives which leaf and how an answer becomes a share
// (a label's share, or a Likert point's (v − low) / (high − low)), what counts as
// no answer, the interval and the minimum sample. Column names and labels are kept
// as their text keys (engine/core/normalise.hpp), the way the sheet is compared.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/core/source.hpp"
#include "engine/model/policies.hpp"

namespace chiso {

struct SurveyLabelDef {
    std::string label;  // as written
    std::string key;    // text_key(label)
    Rational share;     // 0 … 1
    SourceLoc loc;
};

struct SurveyQuestionDef {
    std::string column;  // as written
    std::string code;    // the leaf (a `rate` leaf of some tree), as written
    bool likert = false;
    std::int64_t low = 1, high = 5;     // likert
    std::vector<SurveyLabelDef> labels;  // otherwise
    SourceLoc loc, column_loc;
    // Every answer is 0 or 1 (a share of satisfied forms): what Wilson needs.
    bool binary() const;
};

// The bootstrap's resamples when `count` is not written, and the range `count` may take:
// fewer than 100 makes the percentile bounds rest on a handful of draws, more than
// 10,000 only costs time (n draws per resample, per unit and question).
inline constexpr std::uint32_t kDefaultResamples = 1000;
inline constexpr std::uint32_t kMinResamples = 100;
inline constexpr std::uint32_t kMaxResamples = 10'000;

struct SurveyDef {
    std::string id;
    std::string title;
    std::string unit_column, form_column;
    std::optional<std::string> weight_column;
    SourceLoc unit_loc, form_loc, weight_loc;
    std::vector<SurveyQuestionDef> questions;
    std::vector<std::string> no_answer;  // text keys; a blank cell is always no answer
    bool exclude_incomplete = false;     // a form with any question unanswered counts for none
    IntervalMethod method = IntervalMethod::Wilson;
    Rational level{95, 100};
    Rational z{196, 100};  // the normal quantile of (1 + level) / 2, as tabulated (see z_for_level)
    // `interval bootstrap … seed <s> count <B>` (engine/survey/bootstrap.hpp): the seed
    // every unit's and question's stream derives from, and the number of resamples.
    std::uint64_t seed = 0;
    std::uint32_t resamples = kDefaultResamples;
    std::uint32_t minimum = 0;
    ShortSample short_sample = ShortSample::Warn;
    char separator = 0;  // 0: detected from the header line
    SourceLoc loc, interval_loc, minimum_loc;
};

// z for the levels a survey may declare (90%, 95%, 99%): 1.645, 1.96, 2.576, the
// rounded quantiles every survey report uses; nullopt for any other level.
std::optional<Rational> z_for_level(const Rational& level);

}  // namespace chiso
