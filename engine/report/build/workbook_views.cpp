// The Excel annex's view (view/workbook_view.hpp, docs/excel.md): one sheet per
// block, then the summary, then the criteria, named, and the document's properties.
#include "engine/report/build/block_view.hpp"
#include "engine/report/build/report_views.hpp"
#include "engine/report/build/xlsx_annex_sheet.hpp"
#include "engine/report/build/xlsx_criteria_sheet.hpp"
#include "engine/report/build/xlsx_sheet_parts.hpp"
#include "engine/report/build/xlsx_summary_sheet.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/labels/xlsx_labels.hpp"
#include "engine/report/view/xlsx_sheet_names.hpp"

namespace chiso::report {
namespace {

namespace lx = labels::xlsx;

std::vector<xlsx::Sheet> workbook_sheets(const Results& results, Lang lang, const YearComparison* previous) {
    const Definition& def = *results.definition;
    std::vector<xlsx::Sheet> sheets;
    for (std::size_t i = 0; i < results.blocks.size(); ++i)
        sheets.push_back(xlsx::annex_sheet(def, results.blocks[i], lang, year_view(previous, i)));
    sheets.push_back(xlsx::summary_sheet(results, lang, previous));
    sheets.push_back(xlsx::criteria_sheet(def, lang));
    return sheets;
}

// Block sheets take their block's name; the summary and criteria keep theirs
// (they are named first, so a block called "Tổng hợp" becomes "Tổng hợp (2)").
void name_sheets(std::vector<xlsx::Sheet>& sheets, const Results& results, Lang lang) {
    std::vector<std::string> wanted{labels::text(lx::kSummarySheet, lang), labels::text(lx::kCriteriaSheet, lang)};
    for (const auto& block : results.blocks) wanted.push_back(block.block->name);
    const auto names = xlsx::sheet_names(wanted, labels::text(lx::kColBlock, lang));
    const std::size_t blocks = results.blocks.size();
    for (std::size_t i = 0; i < blocks; ++i) sheets[i].name = names[i + 2];
    sheets[blocks].name = names[0];
    sheets[blocks + 1].name = names[1];
}

}  // namespace

xlsx::WorkbookView workbook_view(const Results& results, Lang lang, const YearComparison* previous) {
    const Definition& def = *results.definition;
    xlsx::WorkbookView view{workbook_sheets(results, lang, previous), {}};
    name_sheets(view.sheets, results, lang);
    view.info = {xlsx::title_line(lx::kAnnexTitle, def, lang), def.locality_name, def.year, lang};
    return view;
}

}  // namespace chiso::report
