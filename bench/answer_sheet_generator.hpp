#pragma once
// A respondent-level answer sheet of the size issue 14 names (100,000 forms × 40
// questions), for the reader's throughput (engine/input/answer_sheet.cpp): the shape
// KoboToolbox exports — a BOM, a header, one row per form with its id, unit, start time,
// Likert and labelled answers (some blank or "Không trả lời"), and a quoted note with
// commas, quotes and line breaks in one form of eight. Deterministic in `seed`.
#include <cstdint>
#include <string>

namespace chiso::bench {

std::string answer_sheet_csv(int forms, int questions, int units, std::uint64_t seed);

}  // namespace chiso::bench
