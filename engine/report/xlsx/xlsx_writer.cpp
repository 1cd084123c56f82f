#include "engine/report/xlsx/xlsx_writer.hpp"

#include <xlsxwriter.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <tuple>

#include "engine/report/labels/labels.hpp"
#include "engine/report/labels/xlsx_labels.hpp"

namespace chiso::report::xlsx {
namespace {

// The font of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP).
constexpr const char* kFont = "Times New Roman";
constexpr double kBodyPoints = 12;
constexpr double kTitlePoints = 14;
constexpr lxw_color_t kHeaderFill = 0xDDEBF7;
constexpr lxw_color_t kSectionFill = 0xF2F2F2;
constexpr std::uint8_t kPaperA4 = 9;

Align resolved_align(const Cell& cell) {
    if (cell.align != Align::Auto) return cell.align;
    switch (cell.style) {
        case Style::Title:
        case Style::Subtitle:
        case Style::Caption:
        case Style::Header: return Align::Center;
        default: return cell.kind == Cell::Kind::Number ? Align::Right : Align::Left;
    }
}

struct FormatKey {
    Style style;
    std::string number;
    bool bold;
    bool wrap;
    int indent;
    Align align;
    auto operator<=>(const FormatKey&) const = default;
};

// One workbook format per distinct look, made on first use.
class Formats {
public:
    explicit Formats(lxw_workbook* workbook) : workbook_(workbook) {}

    lxw_format* of(const Cell& cell) {
        const FormatKey key{cell.style, cell.format, cell.bold, cell.wrap, cell.indent, resolved_align(cell)};
        auto it = made_.find(key);
        if (it == made_.end()) it = made_.emplace(key, make(key)).first;
        return it->second;
    }

private:
    lxw_format* make(const FormatKey& key) {
        lxw_format* f = workbook_add_format(workbook_);
        format_set_font_name(f, kFont);
        format_set_font_size(f, key.style == Style::Title ? kTitlePoints : kBodyPoints);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        switch (key.align) {
            case Align::Center: format_set_align(f, LXW_ALIGN_CENTER); break;
            case Align::Right: format_set_align(f, LXW_ALIGN_RIGHT); break;
            default: format_set_align(f, LXW_ALIGN_LEFT); break;
        }
        const bool bold = key.bold || key.style == Style::Title || key.style == Style::Subtitle ||
                          key.style == Style::Header || key.style == Style::Section;
        if (bold) format_set_bold(f);
        if (key.style == Style::Caption) format_set_italic(f);
        if (key.style == Style::Header || key.style == Style::Section || key.style == Style::Body)
            format_set_border(f, LXW_BORDER_THIN);
        if (key.style == Style::Header) format_set_bg_color(f, kHeaderFill);
        if (key.style == Style::Section) format_set_bg_color(f, kSectionFill);
        if (key.wrap) format_set_text_wrap(f);
        if (key.indent > 0) format_set_indent(f, static_cast<std::uint8_t>(key.indent));
        if (!key.number.empty()) format_set_num_format(f, key.number.c_str());
        return f;
    }

    lxw_workbook* workbook_;
    std::map<FormatKey, lxw_format*> made_;
};

lxw_row_t row_at(int row) { return static_cast<lxw_row_t>(row); }
lxw_col_t col_at(int col) { return static_cast<lxw_col_t>(col); }

lxw_error write_cell(lxw_worksheet* ws, int row, int col, const Cell& cell, lxw_format* format) {
    switch (cell.kind) {
        case Cell::Kind::Text:
            if (!cell.text.empty()) return worksheet_write_string(ws, row_at(row), col_at(col), cell.text.c_str(), format);
            return worksheet_write_blank(ws, row_at(row), col_at(col), format);
        case Cell::Kind::Number: return worksheet_write_number(ws, row_at(row), col_at(col), cell.number, format);
        case Cell::Kind::Empty:
            if (cell.style == Style::None) return LXW_NO_ERROR;
            return worksheet_write_blank(ws, row_at(row), col_at(col), format);
    }
    return LXW_NO_ERROR;
}

// A merged range: blanks in the first cell's format, then its content on top.
lxw_error write_merge(lxw_worksheet* ws, const Range& m, const Cell& first, lxw_format* format) {
    if (lxw_error e = worksheet_merge_range(ws, row_at(m.first_row), col_at(m.first_col), row_at(m.last_row),
                                            col_at(m.last_col), "", format))
        return e;
    return write_cell(ws, m.first_row, m.first_col, first, format);
}

lxw_error write_cells(lxw_worksheet* ws, const Sheet& sheet, Formats& formats) {
    for (const Range& m : sheet.merges) {
        const Cell* first = sheet.find(m.first_row, m.first_col);
        if (lxw_error e = write_merge(ws, m, first ? *first : Cell{}, formats.of(first ? *first : Cell{}))) return e;
    }
    for (int r = 0; r < sheet.row_count(); ++r) {
        const auto& cells = sheet.rows[static_cast<std::size_t>(r)];
        for (int c = 0; c < static_cast<int>(cells.size()); ++c) {
            if (sheet.merge_at(r, c)) continue;
            const Cell& cell = cells[static_cast<std::size_t>(c)];
            if (lxw_error e = write_cell(ws, r, c, cell, formats.of(cell))) return e;
        }
    }
    return LXW_NO_ERROR;
}

lxw_error set_layout(lxw_worksheet* ws, const Sheet& sheet) {
    for (std::size_t c = 0; c < sheet.widths.size(); ++c)
        if (lxw_error e = worksheet_set_column(ws, col_at(static_cast<int>(c)), col_at(static_cast<int>(c)),
                                               sheet.widths[c], nullptr))
            return e;
    for (const auto& [row, points] : sheet.heights)
        if (lxw_error e = worksheet_set_row(ws, row_at(row), points, nullptr)) return e;
    if (sheet.header_last >= 0) {
        worksheet_freeze_panes(ws, row_at(sheet.header_last + 1), col_at(sheet.frozen_columns));
        if (lxw_error e = worksheet_repeat_rows(ws, row_at(sheet.header_first), row_at(sheet.header_last))) return e;
    }
    if (sheet.filter) {
        const Range& f = *sheet.filter;
        return worksheet_autofilter(ws, row_at(f.first_row), col_at(f.first_col), row_at(f.last_row),
                                    col_at(f.last_col));
    }
    return LXW_NO_ERROR;
}

// A4, landscape, as many pages down as needed but one page wide, centred, page
// numbers at the foot.
lxw_error set_printing(lxw_worksheet* ws, const Sheet& sheet, Lang lang) {
    worksheet_set_paper(ws, kPaperA4);
    if (sheet.landscape) worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.7);
    worksheet_center_horizontally(ws);
    const std::string footer = std::string("&C") + labels::text(labels::xlsx::kPageFooter, lang);
    return worksheet_set_footer(ws, footer.c_str());
}

lxw_error write_sheet(lxw_workbook* workbook, const Sheet& sheet, Formats& formats, Lang lang) {
    // sheet_names() makes valid names; the library's reason if one slips through.
    if (lxw_error e = workbook_validate_sheet_name(workbook, sheet.name.c_str())) return e;
    lxw_worksheet* ws = workbook_add_worksheet(workbook, sheet.name.c_str());
    if (!ws) return LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (lxw_error e = write_cells(ws, sheet, formats)) return e;
    if (lxw_error e = set_layout(ws, sheet)) return e;
    return set_printing(ws, sheet, lang);
}

lxw_error set_properties(lxw_workbook* workbook, const WorkbookInfo& info) {
    std::string title = info.title;
    std::string subject = info.subject;
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    properties.created = static_cast<time_t>(creation_time(info.year));
    return workbook_set_properties(workbook, &properties);  // copies the strings
}

// Whether `path` can be written, with the system's reason when not. libxlsxwriter
// would find out only when closing and print its own message to standard error.
bool can_create(const std::string& path, std::string& error) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) {
        error = std::strerror(errno);
        return false;
    }
    std::fclose(file);
    return true;
}

}  // namespace

long long creation_time(int year) {
    using namespace std::chrono;
    const int stamped = std::max(year + 1, 1980);  // zip and Excel dates start in 1980 and 1900
    return duration_cast<seconds>(sys_days{std::chrono::year{stamped} / January / 1}.time_since_epoch()).count();
}

bool write_workbook(const std::vector<Sheet>& sheets, const WorkbookInfo& info, const std::string& path,
                    std::string& error) {
    if (!can_create(path, error)) return false;
    lxw_workbook* workbook = workbook_new(path.c_str());
    if (!workbook) {
        error = "cannot create a workbook";
        return false;
    }
    Formats formats(workbook);
    lxw_error failed = set_properties(workbook, info);
    for (const Sheet& sheet : sheets)
        if (!failed) failed = write_sheet(workbook, sheet, formats, info.lang);
    errno = 0;
    const lxw_error closed = workbook_close(workbook);  // writes the file, frees the workbook
    const int system_error = errno;
    if (!failed) failed = closed;
    if (!failed) return true;
    // Writing the zip fails for a system reason (a full disk, a size limit), which
    // says more than the library's "Zip generic error ZIP_ERRNO".
    const bool zip_write = closed == LXW_ERROR_ZIP_FILE_OPERATION || closed == LXW_ERROR_CREATING_XLSX_FILE ||
                           closed == LXW_ERROR_ZIP_FILE_ADD || closed == LXW_ERROR_ZIP_CLOSE;
    error = zip_write && system_error != 0 ? std::strerror(system_error) : lxw_strerror(failed);
    return false;
}

}  // namespace chiso::report::xlsx
