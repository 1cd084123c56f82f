#pragma once
// `chiso report`: the results as one self-contained HTML page for people to read
// on a screen, project at a conference or print (docs/reports.md). Per block a
// bar chart of the index with the classification cut-offs, the ranking table, a
// heat map of points by area, the rank moves since last year when `previous` is
// given, and every unit's explanation. No network: styles, charts (inline SVG)
// and the little script are in the file. Same inputs, same bytes.
#include <string>

#include "engine/compare/year_comparison.hpp"
#include "engine/core/messages.hpp"
#include "engine/eval/results.hpp"

namespace chiso {

std::string render_html_report(const Results& results, Lang lang, const YearComparison* previous = nullptr);

}  // namespace chiso
