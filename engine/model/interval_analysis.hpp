#pragma once
// Gap and overlap analysis of intervals over a domain, shared by rule bands
// (ratio 0..∞) and classification ladders (index 0..100).
#include <optional>
#include <string>
#include <vector>

#include "engine/model/interval.hpp"

namespace chiso {

struct IntervalIssue {
    enum class Kind { Overlap, Gap };
    Kind kind;
    std::size_t first;   // index of the interval (Gap at the domain start: npos)
    std::size_t second;  // index of the other interval (Gap at the domain end: npos)
    std::string where;   // the uncovered or doubly covered range, e.g. "[80, 90)"
};

// Domain [low, high] (high = nullopt: unbounded above). Intervals may be unbounded.
std::vector<IntervalIssue> analyse_intervals(const std::vector<IntervalDef>& intervals, const Rational& low,
                                             const std::optional<Rational>& high);

// Interval notation of a bound pair, e.g. "[80, 100)", "(-∞, 50)".
std::string interval_text(const IntervalDef& interval);

}  // namespace chiso
