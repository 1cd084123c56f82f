#pragma once
// The explanation of every unit of a block as collapsible trees: one <details>
// per unit (closed), inside it the criteria tree with points and maximum per node
// and why (view/explanation_view.hpp: the words of `chiso explain`), the arithmetic
// to the published index, the rank, the classes and the legal basis.
#include <string>
#include <vector>

#include "engine/report/view/explanation_view.hpp"
#include "engine/report/view/report_view.hpp"

namespace chiso::report {

std::string render_unit_explanations(const CriteriaView& criteria, const std::vector<UnitExplanation>& units);

}  // namespace chiso::report
