#pragma once
// The only user of libxlsxwriter: sheets computed as data (xlsx_grid.hpp) written
// as a workbook, through a temporary file beside the target and a rename, so a
// failed run never leaves a half-written workbook.
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/report/xlsx_grid.hpp"

namespace chiso::report::xlsx {

struct WorkbookInfo {
    std::string title;    // document properties, shown by File > Properties
    std::string subject;
    int year = 0;         // the stamped creation date is 1 January of the next year
    Lang lang = Lang::Vi; // of the page footer
};

// False with `error` (libxlsxwriter's or the system's reason, in English) when
// the workbook could not be written; `path` is then untouched.
bool write_workbook(const std::vector<Sheet>& sheets, const WorkbookInfo& info, const std::string& path,
                    std::string& error);

// The creation time stamped into the workbook: fixed for a year, so the same
// inputs give the same bytes (libxlsxwriter would stamp the current time).
long long creation_time(int year);

}  // namespace chiso::report::xlsx
