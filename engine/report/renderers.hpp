#pragma once
// The per-format renderers behind render_results (report.cpp dispatches).
#include <string>

#include "engine/core/messages.hpp"
#include "engine/compare/year_comparison.hpp"
#include "engine/eval/results.hpp"

namespace chiso::report {

// `previous`, when given, adds last year's ranks and the changes (docs/years.md).
std::string render_table(const Results& results, Lang lang, const YearComparison* previous = nullptr);
std::string render_markdown(const Results& results, Lang lang, const YearComparison* previous = nullptr);
// Machine formats: language-neutral ids and the decimal point.
std::string render_csv(const Results& results, const YearComparison* previous = nullptr);
std::string render_json(const Results& results, const YearComparison* previous = nullptr);

}  // namespace chiso::report
