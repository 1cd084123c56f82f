#include "engine/report/build/publication.hpp"
#include "engine/report/build/xlsx_annex_sheet.hpp"

#include <algorithm>
#include <functional>

#include "engine/report/labels/labels.hpp"
#include "engine/report/build/block_facts.hpp"
#include "engine/report/build/block_view.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/labels/xlsx_labels.hpp"
#include "engine/report/build/xlsx_numbers.hpp"
#include "engine/report/build/xlsx_sheet_parts.hpp"
#include "engine/report/build/year_view.hpp"

namespace chiso::report::xlsx {
namespace {

namespace lx = labels::xlsx;

struct Annex {
    const Definition& def;
    const BlockResult& block;
    Lang lang;
    YearView previous;
    BlockFacts facts;

    const UnitResult& unit(std::size_t i) const { return block.units[i]; }
    std::string text(const MessageDef& label) const { return labels::text(label, lang); }
};

struct AnnexColumn {
    TableColumn column;
    std::function<Cell(std::size_t)> cell;  // for the unit at this position of the block
};

Cell centred(Cell cell) {
    cell.align = Align::Center;
    return cell;
}

// The areas: children of the root that the block assesses.
std::vector<NodeId> area_ids(const TreeDef& tree, const BlockDef& block) {
    std::vector<NodeId> out;
    for (NodeId id : tree.root().children)
        if (std::find(block.excluded.begin(), block.excluded.end(), id) == block.excluded.end()) out.push_back(id);
    return out;
}

std::string area_header(const NodeDef& node, const Annex& a) {
    const int places = a.def.places;
    if (!node.is_adjustment())
        return labels::format(lx::kAreaHeader, a.lang, node.code, node.title, format_exact(node.max, places, a.lang));
    const std::string limit = adjustment_cap_label(node, places, a.lang);
    if (limit.empty()) return labels::format(lx::kAreaHeaderPlain, a.lang, node.code, node.title);
    return labels::format(lx::kAdjustmentHeader, a.lang, node.code, node.title, limit);
}

// Points of an area; "không áp dụng" when it left the denominator; blank when
// only a total above it was entered.
Cell area_cell(const UnitResult& unit, NodeId id, const Annex& a) {
    if (id >= a.block.nodes.nodes()) return blank_cell();
    const NodeValue node = a.block.node(unit, id);
    if (!node.evaluated) return blank_cell();
    if (node.not_applicable && node.max.is_zero()) return centred(text_cell(a.text(lx::kNotApplicable)));
    return published_cell(node.points, publication_of(a.def), a.lang);
}

bool maxima_differ(const BlockResult& block) {
    return std::any_of(block.units.begin(), block.units.end(),
                       [&](const UnitResult& u) { return u.max != block.units.front().max; });
}

void add_unit_columns(std::vector<AnnexColumn>& cols, const Annex& a) {
    cols.push_back({{"", a.text(lx::kColNumber), {5, 6}}, [](std::size_t i) {
                        return centred(whole_cell(static_cast<long long>(i) + 1));
                    }});
    cols.push_back({{"", a.text(labels::col_unit), {18, 42}}, [&a](std::size_t i) { return text_cell(a.unit(i).name); }});
}

void add_area_columns(std::vector<AnnexColumn>& cols, const Annex& a) {
    const TreeDef& tree = a.def.tree_of(*a.block.block);
    for (NodeId id : area_ids(tree, *a.block.block)) {
        cols.push_back({{a.text(lx::kAreasGroup), area_header(tree.nodes[id], a), {9, 16}},
                        [&a, id](std::size_t i) { return area_cell(a.unit(i), id, a); }});
    }
}

void add_result_columns(std::vector<AnnexColumn>& cols, const Annex& a) {
    const Publication pub = publication_of(a.def);
    cols.push_back({{"", a.text(lx::kColTotal), {8, 12}},
                    [&a, pub](std::size_t i) { return published_cell(a.unit(i).points, pub, a.lang); }});
    if (maxima_differ(a.block))
        cols.push_back({{"", a.text(lx::kColMax), {8, 12}},
                        [&a, pub](std::size_t i) { return published_cell(a.unit(i).max, pub, a.lang); }});
    const auto& index = a.def.publish == Publish::Points ? labels::col_index_points : labels::col_index_percent;
    cols.push_back({{"", a.text(index), {8, 12}},
                    [&a, pub](std::size_t i) { return published_cell(a.unit(i).published, pub, a.lang); }});
    cols.push_back({{"", a.text(labels::col_rank), {6, 8}},
                    [&a](std::size_t i) {
                        const UnitResult& u = a.unit(i);  // a unit not ranked: "—", as in the tables
                        return centred(u.ranked ? whole_cell(u.rank) : text_cell(rank_text(u, a.lang)));
                    }});
    for (const LadderFacts& ladder : a.facts.ladders) {
        cols.push_back({{"", ladder.ladder->name, {12, 30}}, [&ladder](std::size_t i) {
                            return ladder.class_of[i] ? text_cell(*ladder.class_of[i]) : blank_cell();
                        }});
    }
}

void add_previous_columns(std::vector<AnnexColumn>& cols, const Annex& a) {
    const BlockChange* change = a.previous.change;
    if (!change) return;
    const int year = a.previous.year;
    const Publication pub = publication_of(a.def);
    const std::string group = labels::format(labels::yr_heading, a.lang, year);
    auto of = [change](std::size_t i) -> const UnitChange& { return change->units[i]; };
    cols.push_back({{group, labels::format(labels::yr_col_rank, a.lang, year), {7, 10}}, [of](std::size_t i) {
                        const auto& rank = of(i).previous_rank;
                        return rank ? centred(whole_cell(*rank)) : blank_cell();
                    }});
    cols.push_back({{group, a.text(labels::yr_col_rank_change), {8, 12}}, [&a, of](std::size_t i) {
                        const auto& c = of(i);
                        return centred(c.rank_change ? rank_change_cell(*c.rank_change)
                                                     : text_cell(rank_change_text(c, a.lang)));
                    }});
    const bool indices = std::any_of(change->units.begin(), change->units.end(),
                                     [](const UnitChange& c) { return c.previous_index.has_value(); });
    if (!indices) return;
    cols.push_back({{group, labels::format(labels::yr_col_index, a.lang, year), {8, 12}}, [&a, of, pub](std::size_t i) {
                        const auto& index = of(i).previous_index;
                        return index ? published_cell(*index, pub, a.lang) : blank_cell();
                    }});
    cols.push_back({{group, a.text(labels::yr_col_index_change), {8, 12}}, [&a, of, pub](std::size_t i) {
                        const auto& delta = of(i).index_change;
                        return delta ? published_change_cell(*delta, pub, a.lang) : blank_cell();
                    }});
}

std::vector<AnnexColumn> annex_columns(const Annex& a) {
    std::vector<AnnexColumn> cols;
    add_unit_columns(cols, a);
    add_area_columns(cols, a);
    add_result_columns(cols, a);
    add_previous_columns(cols, a);
    cols.push_back({{"", a.text(labels::col_id), {6, 20}}, [&a](std::size_t i) { return text_cell(a.unit(i).id); }});
    return cols;
}

std::string block_line(const BlockResult& block, Lang lang) {
    if (block.units.size() == 1) return labels::format(lx::kBlockLineOne, lang, block.block->name);
    return labels::format(lx::kBlockLine, lang, block.block->name, block.units.size());
}

// Lines under the table: why a unit is compared as it is, units no longer assessed.
int put_notes(Sheet& sheet, int row, int columns, const Annex& a) {
    std::vector<std::string> notes;
    if (a.block.units.empty()) notes.push_back(a.text(labels::no_units));
    for (auto& note : make_block_view(a.def, a.facts, a.lang, a.previous).notes) notes.push_back(std::move(note));
    if (notes.empty()) return row;
    ++row;  // a gap after the table
    put_full_row(sheet, row++, columns, text_cell(a.text(lx::kNotesHeading), Style::Note));
    for (auto& note : notes) put_full_row(sheet, row++, columns, text_cell("- " + note, Style::Note));
    return row;
}

}  // namespace

Sheet annex_sheet(const Definition& def, const BlockResult& block, Lang lang, YearView previous) {
    const Annex a{def, block, lang, previous, block_facts(def, block)};
    const std::vector<AnnexColumn> cols = annex_columns(a);
    std::vector<TableColumn> table;
    for (const auto& c : cols) table.push_back(c.column);
    const int width = static_cast<int>(cols.size());

    Sheet sheet;
    sheet.frozen_columns = 2;  // STT and the unit stay in view beside the areas
    int row = put_titles(sheet, width, title_line(lx::kAnnexTitle, def, lang), block_line(block, lang),
                         caption_line(def, lang));
    row = put_header(sheet, row, table);
    for (std::size_t i = 0; i < block.units.size(); ++i, ++row)
        for (int c = 0; c < width; ++c) sheet.at(row, c) = cols[static_cast<std::size_t>(c)].cell(i);
    const int last_data_row = row - 1;
    put_notes(sheet, row, width, a);
    finish_table(sheet, table, last_data_row);
    return sheet;
}

}  // namespace chiso::report::xlsx
