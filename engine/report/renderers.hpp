#pragma once
// The per-format renderers behind render_results (report.cpp dispatches).
#include <string>

#include "engine/core/messages.hpp"
#include "engine/eval/results.hpp"

namespace chiso::report {

std::string render_table(const Results& results, Lang lang);
std::string render_markdown(const Results& results, Lang lang);
// Machine formats: language-neutral ids and the decimal point.
std::string render_csv(const Results& results);
std::string render_json(const Results& results);

}  // namespace chiso::report
