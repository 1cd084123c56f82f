#pragma once
// A node's trace (engine/eval/trace.hpp) as the reader reads it: the value as
// entered and the rule branch that applied, in the report's language, with the
// decimal comma in Vietnamese like every other number of the explanation
// ("\"tốt\" → 1,5" beside "1,50/2,00", never "→ 1.5"). Lists that may hold a
// decimal comma are separated by "; " in Vietnamese, so "[0,8; 1)" stays readable.
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/eval/trace.hpp"

namespace chiso::report {

// "8", "95%", "tốt", "{hoan_thanh=15; duoc_giao=20}"; empty when nothing was entered.
std::string entered_text(const NodeTrace& trace, Lang lang);

// "có → max", "75% ∈ (-∞; 80%) → 0", "40 × (0,6 × 8/10 + 0,4 × 7/10) ÷ 1"; empty
// when the node applied no rule (points entered as such, a plain sum).
std::string rule_text(const NodeDef& node, const NodeTrace& trace, int places, Lang lang);

// A normalised node's arithmetic and its population (docs/language.md §15d):
// "chuẩn hóa: 7,2 → (7,2 − 4,1) ÷ (8,9 − 4,1) × 9 + 1 = 6,81", "tập so sánh: khối xa —
// 12 đơn vị; thấp nhất 4,1 (xa-b), cao nhất 8,9 (xa-c, ddci-2022.yaml)"; none when the
// node is not normalised.
std::vector<std::string> normalise_notes(const NodeDef& node, const NodeTrace& trace, int places, Lang lang);

}  // namespace chiso::report
