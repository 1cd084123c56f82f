#include "engine/report/build/xlsx_criteria_sheet.hpp"

#include <algorithm>

#include "engine/core/text.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/labels/xlsx_labels.hpp"
#include "engine/report/build/xlsx_numbers.hpp"
#include "engine/report/build/xlsx_sheet_parts.hpp"

namespace chiso::report::xlsx {
namespace {

namespace lx = labels::xlsx;

std::vector<TableColumn> columns(Lang lang) {
    return {{"", labels::text(lx::kColCode, lang), {6, 12}},       {"", labels::text(lx::kColTitle, lang), {30, 60}},
            {"", labels::text(lx::kColNodeMax, lang), {8, 10}},    {"", labels::text(lx::kColWeight, lang), {8, 10}},
            {"", labels::text(lx::kColRule, lang), {16, 50}},      {"", labels::text(lx::kColRemarks, lang), {14, 36}}};
}

// The names of the blocks assessed with tree `index`.
std::vector<std::string> blocks_of(const Definition& def, std::size_t index) {
    std::vector<std::string> out;
    for (const auto& b : def.blocks)
        if (b.tree == index) out.push_back(b.name);
    return out;
}

// Blocks using the tree whose `excluded` list holds the node.
std::vector<std::string> blocks_excluding(const Definition& def, std::size_t tree, NodeId id) {
    std::vector<std::string> out;
    for (const auto& b : def.blocks)
        if (b.tree == tree && std::find(b.excluded.begin(), b.excluded.end(), id) != b.excluded.end())
            out.push_back(b.name);
    return out;
}

std::string remarks(const NodeDef& node, NodeId id, std::size_t tree, const Definition& def, Lang lang) {
    std::vector<std::string> out;
    if (node.weighted) out.push_back(labels::text(lx::kRemarkWeighted, lang));
    if (node.survey) out.push_back(labels::text(lx::kRemarkSurvey, lang));
    if (node.optional) out.push_back(labels::text(lx::kRemarkOptional, lang));
    if (node.default_value)
        out.push_back(labels::format(lx::kRemarkDefault, lang, format_exact(*node.default_value, def.places, lang)));
    if (auto cap = adjustment_cap_label(node, def.places, lang); !cap.empty()) out.push_back(cap);
    if (auto blocks = blocks_excluding(def, tree, id); !blocks.empty())
        out.push_back(labels::format(lx::kRemarkExcluded, lang, join(blocks, ", ")));
    return join(out, "; ");
}

// The rule as written in the criteria file (75% stays 75%); for a leaf without
// one, points are entered directly.
std::string rule_text(const NodeDef& node, Lang lang) {
    if (node.written.rule) return *node.written.rule;
    return node.is_leaf() ? labels::text(lx::kRuleEntered, lang) : std::string();
}

Cell wrapped(Cell cell, int indent = 0, bool bold = false) {
    cell.wrap = true;
    cell.indent = indent;
    cell.bold = bold;
    return cell;
}

int put_tree(Sheet& sheet, int row, const Definition& def, std::size_t index, Lang lang) {
    const TreeDef& tree = def.trees[index];
    const std::string heading =
        labels::format(lx::kTreeHeading, lang, tree.title, format_exact(tree.root().max, def.places, lang),
                       join(blocks_of(def, index), "; "));
    put_full_row(sheet, row++, 6, text_cell(heading, Style::Section));
    for (NodeId id = 1; id < tree.nodes.size(); ++id, ++row) {
        const NodeDef& node = tree.nodes[id];
        const int level = node.depth - 1;
        const bool area = node.depth == 1;
        Cell code = text_cell(node.code);
        code.bold = area;
        sheet.at(row, 0) = code;
        sheet.at(row, 1) = wrapped(text_cell(node.title), level, area);
        sheet.at(row, 2) = node.is_adjustment() ? blank_cell() : declared_cell(node.max, def.places, lang);
        sheet.at(row, 3) = node.weight ? weight_cell(*node.weight, lang) : blank_cell();
        sheet.at(row, 4) = wrapped(text_cell(rule_text(node, lang)));
        sheet.at(row, 5) = wrapped(text_cell(remarks(node, id, index, def, lang)));
        if (area) sheet.at(row, 2).bold = true;
    }
    return row;
}

}  // namespace

Sheet criteria_sheet(const Definition& def, Lang lang) {
    const std::vector<TableColumn> table = columns(lang);
    const int width = static_cast<int>(table.size());
    Sheet sheet;
    sheet.frozen_columns = 0;
    int row = put_titles(sheet, width, title_line(lx::kCriteriaTitle, def, lang), def.locality_name, "") - 1;
    for (const auto& basis : def.bases) {
        std::string line = basis_reference(basis, lang);
        if (!basis.title.empty()) line += " — " + basis.title;
        put_full_row(sheet, row++, width, text_cell(labels::format(lx::kBasisLine, lang, line), Style::Note));
    }
    row = put_header(sheet, row + 1, table);
    for (std::size_t t = 0; t < def.trees.size(); ++t) row = put_tree(sheet, row, def, t, lang);
    finish_table(sheet, table, row - 1);
    sheet.filter.reset();  // tree headings inside the table would be filtered away with the nodes
    return sheet;
}

}  // namespace chiso::report::xlsx
