// `chiso diff` in the terminal: the rule changes, each with where it is written on
// both sides, then per score file and block an aligned table, the summary and the
// reasons per unit that changed.
#include <algorithm>

#include "engine/report/labels/diff_labels.hpp"
#include "engine/report/text/diff_writers.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/text_width.hpp"

namespace chiso::report {
namespace {

using namespace diffview;
namespace dl = labels::diff;

std::string changes_text(const DiffReportView& view, Lang lang) {
    const auto& lines = view.change_lines;
    std::string out = labels::format(dl::kRulesHeading, lang, lines.size()) + "\n";
    if (lines.empty()) return out + labels::text(dl::kNoRuleChanges, lang) + "\n";
    const std::size_t number_width = std::to_string(lines.size()).size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ChangeLine& c = lines[i];
        out += pad_left(std::to_string(i + 1), number_width) + ". " + c.title + ": " + c.old_value + " → " + c.new_value + "\n";
        const std::string indent(number_width + 2, ' ');
        out += indent + labels::format(dl::kOldAt, lang, c.old_at) + "; " + labels::format(dl::kNewAt, lang, c.new_at) + "\n";
    }
    return out;
}

std::string table(const BlockSection& b) {
    std::vector<std::size_t> widths;
    for (const auto& c : b.columns) widths.push_back(display_width(c.header));
    for (const auto& r : b.rows)
        for (std::size_t i = 0; i < r.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], display_width(r[i]));
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            if (i > 0) out += " | ";
            const std::string cell = i < cells.size() ? cells[i] : std::string();
            out += b.columns[i].numeric ? pad_left(cell, widths[i]) : pad_right(cell, widths[i]);
        }
        return out + "\n";
    };
    std::vector<std::string> headers;
    for (const auto& c : b.columns) headers.push_back(c.header);
    std::string out = line(headers);
    for (std::size_t i = 0; i < widths.size(); ++i) out += (i > 0 ? "-+-" : "") + std::string(widths[i], '-');
    out += "\n";
    for (const auto& r : b.rows) out += line(r);
    return out;
}

std::string why_text(const std::vector<UnitWhy>& why, Lang lang) {
    if (why.empty()) return "";
    std::string out = "\n" + std::string(labels::text(dl::kWhyHeading, lang)) + "\n";
    for (const auto& w : why) {
        out += "  " + w.heading + "\n";
        std::size_t width = 0;
        for (const auto& [amount, _] : w.parts) width = std::max(width, display_width(amount));
        for (const auto& [amount, what] : w.parts) out += "    " + pad_left(amount, width) + "  " + what + "\n";
        for (const auto& c : w.classes) out += "    " + c + "\n";
    }
    return out;
}

std::string sheet_text(const SheetSection& s, Lang lang) {
    std::string out = "\n" + s.heading + "\n";
    for (const auto& b : s.blocks) {
        out += "\n" + b.heading + "\n" + table(b) + "\n";
        for (const auto& line : b.summary) out += line + "\n";
        out += why_text(b.why, lang);
    }
    return out;
}

}  // namespace

std::string render_diff_table(const DiffReportView& view) {
    const Lang lang = view.lang;
    std::string out =
        labels::format(dl::kCompared, lang, view.old_side.file, view.new_side.file) + "\n\n" + changes_text(view, lang);
    for (const auto& s : view.scores) out += sheet_text(s.section, lang);
    return out;
}

}  // namespace chiso::report
