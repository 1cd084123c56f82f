// `chiso eval --format xlsx`: the workbook a decision's annex is made from
// (docs/excel.md) — one sheet per block, then the summary, then the criteria.
#include "engine/report/report.hpp"
#include "engine/report/view/xlsx_annex_sheet.hpp"
#include "engine/report/view/xlsx_criteria_sheet.hpp"
#include "engine/report/labels/xlsx_labels.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/xlsx_sheet_names.hpp"
#include "engine/report/view/xlsx_sheet_parts.hpp"
#include "engine/report/view/xlsx_summary_sheet.hpp"
#include "engine/report/xlsx/xlsx_writer.hpp"

namespace chiso {
namespace {

namespace lx = labels::xlsx;

std::vector<report::xlsx::Sheet> workbook_sheets(const Results& results, const ReportOptions& options) {
    using namespace report::xlsx;
    const Definition& def = *results.definition;
    std::vector<Sheet> sheets;
    for (std::size_t i = 0; i < results.blocks.size(); ++i)
        sheets.push_back(annex_sheet(def, results.blocks[i], options.lang, report::year_view(options.previous, i)));
    sheets.push_back(summary_sheet(results, options.lang, options.previous));
    sheets.push_back(criteria_sheet(def, options.lang));
    return sheets;
}

// Block sheets take their block's name; the summary and criteria keep theirs
// (they are named first, so a block called "Tổng hợp" becomes "Tổng hợp (2)").
void name_sheets(std::vector<report::xlsx::Sheet>& sheets, const Results& results, Lang lang) {
    std::vector<std::string> wanted{labels::text(lx::kSummarySheet, lang), labels::text(lx::kCriteriaSheet, lang)};
    for (const auto& block : results.blocks) wanted.push_back(block.block->name);
    const auto names = report::xlsx::sheet_names(wanted, labels::text(lx::kColBlock, lang));
    const std::size_t blocks = results.blocks.size();
    for (std::size_t i = 0; i < blocks; ++i) sheets[i].name = names[i + 2];
    sheets[blocks].name = names[0];
    sheets[blocks + 1].name = names[1];
}

}  // namespace

bool write_xlsx(const Results& results, const ReportOptions& options, const std::string& path, std::string& error) {
    auto sheets = workbook_sheets(results, options);
    name_sheets(sheets, results, options.lang);
    const Definition& def = *results.definition;
    const report::xlsx::WorkbookInfo info{report::xlsx::title_line(lx::kAnnexTitle, def, options.lang),
                                          def.locality_name, def.year, options.lang};
    return report::xlsx::write_workbook(sheets, info, path, error);
}

}  // namespace chiso
