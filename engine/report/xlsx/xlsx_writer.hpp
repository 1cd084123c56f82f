#pragma once
// The only user of libxlsxwriter: sheets computed as data (xlsx_grid.hpp) written
// as a workbook into the file it is given. Where that file is and what becomes of
// it (a temporary file renamed over the target, permissions, clean-up on failure
// or interrupt) is the caller's: the CLI's one output mechanism (docs/output.md).
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/report/view/workbook_view.hpp"
#include "engine/report/view/xlsx_grid.hpp"

namespace chiso::report::xlsx {

// Writes the workbook to `path`, created or truncated. False with `error`
// (libxlsxwriter's or the system's reason, in English) when it could not be
// written; `path` may then hold part of a workbook, for the caller to remove.
bool write_workbook(const std::vector<Sheet>& sheets, const WorkbookInfo& info, const std::string& path,
                    std::string& error);

// The creation time stamped into the workbook: fixed for a year, so the same
// inputs give the same bytes (libxlsxwriter would stamp the current time).
long long creation_time(int year);

}  // namespace chiso::report::xlsx
