#include "engine/model/interval_analysis.hpp"

#include <algorithm>
#include <numeric>

namespace chiso {
namespace {

// An interval end: a value (or infinity) and whether the value itself belongs.
struct Edge {
    Rational value;
    bool infinite = false;
    bool closed = false;
    bool percent = false;  // show as a percentage
};

struct Span {
    Edge lo, hi;
    std::size_t source;
};

Span span_of(const IntervalDef& in, std::size_t source) {
    Span s{{Rational(), true, false}, {Rational(), true, false}, source};
    auto apply = [&](const BoundDef& b) {
        switch (b.cmp) {
            case Cmp::Ge: s.lo = {b.value, false, true, b.percent}; break;
            case Cmp::Gt: s.lo = {b.value, false, false, b.percent}; break;
            case Cmp::Le: s.hi = {b.value, false, true, b.percent}; break;
            case Cmp::Lt: s.hi = {b.value, false, false, b.percent}; break;
            case Cmp::Eq:
                s.lo = {b.value, false, true, b.percent};
                s.hi = {b.value, false, true, b.percent};
                break;
        }
    };
    if (in.lower) apply(*in.lower);
    if (in.upper) apply(*in.upper);
    return s;
}

bool lo_before(const Edge& a, const Edge& b) {
    if (a.infinite != b.infinite) return a.infinite;
    if (a.infinite) return false;
    if (a.value != b.value) return a.value < b.value;
    return a.closed && !b.closed;
}

// Does coverage ending at `end` leave a hole before `start`?
bool gap_between(const Edge& end, const Edge& start) {
    if (end.infinite) return false;
    if (start.infinite) return false;
    if (start.value > end.value) return true;
    return start.value == end.value && !start.closed && !end.closed;
}

bool overlaps(const Edge& end, const Edge& start) {
    if (end.infinite) return true;
    if (start.infinite) return true;
    if (start.value < end.value) return true;
    return start.value == end.value && start.closed && end.closed;
}

bool hi_after(const Edge& a, const Edge& b) {
    if (a.infinite != b.infinite) return a.infinite;
    if (a.infinite) return false;
    if (a.value != b.value) return a.value > b.value;
    return a.closed && !b.closed;
}

std::string edge_text(const Edge& e, bool low) {
    if (e.infinite) return low ? "(-∞" : "∞)";
    std::string v = e.percent ? (e.value * Rational(100)).to_string(4) + "%" : e.value.to_string(4);
    return low ? (e.closed ? "[" : "(") + v : v + (e.closed ? "]" : ")");
}

std::string range_text(const Edge& from, const Edge& to) { return edge_text(from, true) + ", " + edge_text(to, false); }

}  // namespace

std::string interval_text(const IntervalDef& interval) {
    Span s = span_of(interval, 0);
    return range_text(s.lo, s.hi);
}

std::vector<IntervalIssue> analyse_intervals(const std::vector<IntervalDef>& intervals, const Rational& low,
                                             const std::optional<Rational>& high) {
    constexpr auto npos = static_cast<std::size_t>(-1);
    std::vector<Span> spans;
    for (std::size_t i = 0; i < intervals.size(); ++i) spans.push_back(span_of(intervals[i], i));
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        if (lo_before(a.lo, b.lo)) return true;
        if (lo_before(b.lo, a.lo)) return false;
        return a.source < b.source;
    });
    std::vector<IntervalIssue> issues;
    // Coverage starts just below the domain: an open edge at `low`.
    Edge covered{low, false, false};
    std::size_t covered_by = npos;
    for (const Span& s : spans) {
        Edge start = s.lo;
        if (start.infinite || start.value < low) start = {low, false, true, s.hi.percent};
        if (covered_by == npos) {
            if (gap_between(Edge{low, false, false}, start) || (start.value == low && !start.closed))
                issues.push_back({IntervalIssue::Kind::Gap, npos, s.source, range_text({low, false, true, start.percent}, {start.value, false, !start.closed, start.percent})});
        } else if (overlaps(covered, start)) {
            issues.push_back({IntervalIssue::Kind::Overlap, covered_by, s.source,
                              range_text(start, hi_after(s.hi, covered) ? covered : s.hi)});
        } else if (gap_between(covered, start)) {
            issues.push_back({IntervalIssue::Kind::Gap, covered_by, s.source,
                              range_text({covered.value, false, !covered.closed, covered.percent}, {start.value, false, !start.closed, start.percent})});
        }
        if (covered_by == npos || hi_after(s.hi, covered)) {
            covered = s.hi;
            covered_by = s.source;
        }
    }
    if (spans.empty()) {
        issues.push_back({IntervalIssue::Kind::Gap, npos, npos, high ? range_text({low, false, true}, {*high, false, true}) : range_text({low, false, true}, {Rational(), true, false})});
        return issues;
    }
    bool open_end = !covered.infinite && (!high || covered.value < *high || (covered.value == *high && !covered.closed));
    if (open_end)
        issues.push_back({IntervalIssue::Kind::Gap, covered_by, npos,
                          range_text({covered.value, false, !covered.closed, covered.percent}, high ? Edge{*high, false, true, covered.percent} : Edge{Rational(), true, false})});
    return issues;
}

}  // namespace chiso
