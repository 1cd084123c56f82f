#pragma once
// What a unit's value computed from survey answer sheets rests on, for the reports:
// the number of valid forms and the confidence interval (docs/language.md "Survey
// answer sheets"). Plain data: engine/survey fills it beside the value it enters in
// the score sheet, evaluation carries it into the results, the views word it.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/rational.hpp"

namespace chiso {

struct SurveyFigure {
    std::string unit;     // the unit's id, as in the score file
    std::string code;     // the leaf, as the survey's question names it
    std::string survey;   // the survey's id
    std::string column;   // the question's column in the answer sheet
    std::uint64_t forms = 0;  // valid forms for this question
    Rational value;           // the share in percent, exact (87.6 for 87.6%)
    Rational low, high;       // the interval's bounds in percent, at the criteria's rounding
    Rational level;           // the confidence level in percent (95)
    bool wilson = true;       // Wilson score interval, else the normal approximation (or the bootstrap)
    bool bootstrap = false;   // percentile bootstrap: `resamples` resamples from `seed`
    std::uint32_t resamples = 0;
    std::uint64_t seed = 0;
    bool weighted = false;    // sampling weights: n is the effective sample size for the interval
    bool rated = true;        // false: fewer forms than the survey's `minimum unrated`
    std::uint32_t minimum = 0;
};

}  // namespace chiso
