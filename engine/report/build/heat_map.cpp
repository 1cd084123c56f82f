#include "engine/report/build/publication.hpp"
#include "engine/report/build/charts.hpp"

#include <algorithm>
#include <optional>

#include "engine/report/build/explanation.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/view/chart_geometry.hpp"

namespace chiso::report {
namespace {

constexpr double kPad = 12;
constexpr double kNameFont = 15;
constexpr double kHeaderFont = 13;
constexpr double kHeaderLine = 16;
constexpr std::size_t kMaxTitleLines = 4;
constexpr double kCellWidth = 124;
constexpr double kCellHeight = 30;
constexpr double kSwatch = 18;
constexpr double kLegendFont = 13;

// Lower bounds of steps 1..5 as fractions of the maximum; step 6 is full marks.
const Rational kStepFloors[] = {Rational(1, 2), Rational(6, 10), Rational(7, 10), Rational(8, 10), Rational(9, 10)};

bool excluded(const BlockDef& block, NodeId id) {
    return std::find(block.excluded.begin(), block.excluded.end(), id) != block.excluded.end();
}

// Whole words into lines that fit the column; the last line shortened with "…".
std::vector<std::string> wrap(const std::string& text, double width, double font) {
    std::vector<std::string> lines;
    std::string line, word;
    auto flush_word = [&] {
        if (word.empty()) return;
        const std::string joined = line.empty() ? word : line + " " + word;
        if (!line.empty() && svg::text_width(joined, font) > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = joined;
        }
        word.clear();
    };
    for (char c : text) {
        if (c == ' ') flush_word();
        else word += c;
    }
    flush_word();
    if (!line.empty()) lines.push_back(line);
    if (lines.size() > kMaxTitleLines) {
        lines.resize(kMaxTitleLines);
        lines.back() += " …";
    }
    return lines;
}

std::string percent_text(const Rational& points, const Rational& max, Lang lang) {
    return format_fixed(points / max * Rational(100), 0, lang);
}

HeatCell share_cell(const NodeValue& node, const std::string& unit, const std::string& area, const Publication& pub,
                    Lang lang) {
    HeatCell cell;
    const int step = heat_step(node.points, node.max);
    cell.css = "heat h" + std::to_string(step);
    cell.dark = step == 0 || step == kHeatSteps - 1;
    cell.text = pub.text(node.points, lang);
    cell.tooltip = labels::format(labels::html_heat_cell, lang, unit, area, cell.text,
                                  pub.text(node.max, lang), percent_text(node.points, node.max, lang));
    return cell;
}

HeatCell adjustment_cell(const NodeValue& node, const Publication& pub, Lang lang) {
    HeatCell cell;
    const bool minus = node.points < Rational(0);
    const bool plus = node.points > Rational(0);
    cell.css = minus ? "heat adj-minus" : plus ? "heat adj-plus" : "heat adj-zero";
    const std::string digits = pub.text(minus ? -node.points : node.points, lang);
    cell.text = minus ? "\u2212" + digits : plus ? "+" + digits : digits;
    return cell;
}

HeatCell cell_for(const NodeDef& area_def, const NodeValue* node, const std::string& unit, const std::string& area,
                  const Publication& pub, Lang lang) {
    HeatCell cell;
    if (node == nullptr || !node->evaluated) {
        cell.css = "heat none";
        cell.text = "—";
    } else if (node->not_applicable || node->source == NodeSource::Excluded) {
        cell.css = "heat na";
        cell.text = labels::text(labels::html_heat_na, lang);
        cell.tooltip = unit + " — " + area + ": " + labels::text(labels::note_na_excluded, lang);
    } else if (area_def.is_adjustment()) {
        cell = adjustment_cell(*node, pub, lang);
        cell.tooltip = unit + " — " + area + ": " + cell.text;
    } else if (node->max > Rational(0)) {
        return share_cell(*node, unit, area, pub, lang);
    } else {
        cell.css = "heat none";
        cell.text = "—";
    }
    return cell;
}

std::string step_label(int step) {
    if (step == 0) return "< 50%";
    if (step == kHeatSteps - 1) return "100%";
    const int from = 40 + 10 * step;
    return std::to_string(from) + "–<" + std::to_string(from + 10) + "%";
}

bool any_cell(const HeatMap& map, std::string_view css) {
    return std::any_of(map.cells.begin(), map.cells.end(), [&](const HeatCell& c) { return c.css == css; });
}

// Swatches in a row, continuing on the next line when the chart's width is
// reached; "KAD" and "—" only when some cell shows them.
void add_legend(HeatMap& map, Lang lang, double top) {
    map.legend_title = labels::text(labels::html_heat_legend, lang);
    double x = kPad + svg::text_width(map.legend_title, kLegendFont) + 10;
    double y = top;
    auto add = [&](std::string css, std::string text) {
        const double width = kSwatch + 6 + svg::text_width(text, kLegendFont) + 16;
        if (x + width > map.width - kPad) {
            x = kPad;
            y += kSwatch + 10;
        }
        map.legend.push_back({std::move(css), std::move(text), x, y});
        x += width;
    };
    for (int step = 0; step < kHeatSteps; ++step) add("heat h" + std::to_string(step), step_label(step));
    if (any_cell(map, "heat na")) add("heat na", labels::text(labels::html_heat_na_legend, lang));
    if (any_cell(map, "heat none")) add("heat none", labels::text(labels::html_heat_none_legend, lang));
    map.legend_y = top;
    map.height = y + kSwatch + kPad;
}

std::vector<NodeId> area_ids(const TreeDef& tree, const BlockDef& block) {
    std::vector<NodeId> ids;
    for (NodeId id : tree.root().children)
        if (!excluded(block, id)) ids.push_back(id);
    return ids;
}

}  // namespace

int heat_step(const Rational& points, const Rational& max) {
    const Rational share = points / max;
    if (share >= Rational(1)) return kHeatSteps - 1;
    int step = 0;
    for (const Rational& floor : kStepFloors)
        if (share >= floor) ++step;
    return step;
}

HeatMap layout_heat_map(const Definition& def, const BlockResult& block, Lang lang) {
    HeatMap map;
    const TreeDef& tree = def.tree_of(*block.block);
    const auto areas = area_ids(tree, *block.block);
    if (areas.empty() || block.units.empty()) return map;
    map.aria_label = labels::text(labels::html_heat_title, lang);
    map.cell_width = kCellWidth;
    map.cell_height = kCellHeight;
    double names = 100;
    for (const auto& unit : block.units)
        names = std::max(names, svg::text_width(std::to_string(unit.rank) + ". " + unit.name, kNameFont));
    map.names_right = kPad + names + 4;
    const double first_x = map.names_right + 10;
    std::size_t lines = 1;
    for (std::size_t c = 0; c < areas.size(); ++c) {
        const NodeDef& area = tree.nodes[areas[c]];
        HeatColumn column;
        column.title = area.code + ". " + area.title;
        column.title_lines = wrap(column.title, kCellWidth - 8, kHeaderFont);
        column.subtitle = area.is_adjustment() ? labels::text(labels::html_heat_adjustment, lang)
                                               : labels::format(labels::html_heat_max, lang,
                                                                format_exact(area.max, def.places, lang));
        column.x = first_x + static_cast<double>(c) * kCellWidth;
        lines = std::max(lines, column.title_lines.size());
        map.columns.push_back(std::move(column));
    }
    map.width = first_x + static_cast<double>(areas.size()) * kCellWidth + kPad;
    map.header_top = kPad;
    map.header_font = kHeaderFont;
    map.header_line = kHeaderLine;
    map.legend_left = kPad;
    map.swatch = kSwatch;
    double y = kPad + static_cast<double>(lines + 1) * kHeaderLine + 8;
    for (const auto& unit : block.units) {
        map.rows.push_back({std::to_string(unit.rank) + ". " + unit.name, y});
        for (std::size_t c = 0; c < areas.size(); ++c) {
            std::optional<NodeValue> node;
            if (areas[c] < block.nodes.nodes()) node = block.node(unit, areas[c]);
            HeatCell cell = cell_for(tree.nodes[areas[c]], node ? &*node : nullptr, unit.name, map.columns[c].title,
                                     publication_of(def), lang);
            cell.x = map.columns[c].x;
            cell.y = y;
            map.cells.push_back(std::move(cell));
        }
        y += kCellHeight;
    }
    add_legend(map, lang, y + 14);
    return map;
}

}  // namespace chiso::report
