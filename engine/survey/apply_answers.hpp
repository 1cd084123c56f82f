#pragma once
// Answer sheets into the score sheet (docs/language.md "Survey answer sheets"): every
// form of the sheet is matched to a unit of the score file (its id or its name, as
// normalised everywhere), each question's answer becomes a share on its scale, and per
// unit and question the share of the valid forms — weighted when the survey says so —
// is entered as the leaf's percentage, with the number of forms and the confidence
// interval beside it (ScoreSheet::survey_figures). A value also entered in the score
// file, a column the sheet lacks, an answer off the scale, a form id given twice, a unit
// the score file does not know: refused, at the cell.
#include "engine/core/diagnostics.hpp"
#include "engine/input/answer_sheet.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

// Applies every survey of `def` to `table`. `at`: where the entered values are said to
// come from in the score file (its `answers:` line, or unknown). False on any error.
bool apply_answer_sheet(const Definition& def, const AnswerTable& table, ScoreSheet& sheet, const SourceLoc& at,
                        Diagnostics& diags);

}  // namespace chiso
