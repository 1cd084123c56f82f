#pragma once
// The Excel annex as data (docs/excel.md): its sheets computed cell by cell
// (xlsx_grid.hpp), already named, and the document's properties; the xlsx writer
// (xlsx/) writes exactly this.
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/report/view/xlsx_grid.hpp"

namespace chiso::report::xlsx {

struct WorkbookInfo {
    std::string title;    // document properties, shown by File > Properties
    std::string subject;
    int year = 0;         // the stamped creation date is 1 January of the next year
    Lang lang = Lang::Vi; // of the page footer
};

struct WorkbookView {
    std::vector<Sheet> sheets;  // the blocks, then the summary, then the criteria
    WorkbookInfo info;
};

}  // namespace chiso::report::xlsx
