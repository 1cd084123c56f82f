#include "engine/report/html/svg_heat_map.hpp"

#include "engine/report/html/svg_canvas.hpp"

namespace chiso::report {

std::string render_heat_map(const HeatMap& map) {
    using svg::Anchor;
    svg::Canvas canvas(map.width, map.height, "chart heat-map", map.aria_label);
    canvas.group("heat-header");
    for (const auto& column : map.columns) {
        const double centre = column.x + map.cell_width / 2;
        double y = map.header_top + map.header_font;
        for (const auto& line : column.title_lines) {
            canvas.text({centre, y}, line, "heat-title", Anchor::Middle);
            y += map.header_line;
        }
        canvas.text({centre, y}, column.subtitle, "heat-subtitle", Anchor::Middle);
    }
    canvas.end_group();
    canvas.group("heat-rows");
    for (const auto& row : map.rows)
        canvas.text({map.names_right, row.y + map.cell_height / 2 + 5}, row.label, "bar-name", Anchor::End);
    canvas.end_group();
    canvas.group("heat-cells");
    for (const auto& cell : map.cells) {
        canvas.rect(cell.x + 1, cell.y + 1, map.cell_width - 2, map.cell_height - 2, cell.css, cell.tooltip);
        canvas.text({cell.x + map.cell_width / 2, cell.y + map.cell_height / 2 + 5}, cell.text,
                    cell.dark ? "heat-text on-dark" : "heat-text", Anchor::Middle);
    }
    canvas.end_group();
    canvas.group("heat-legend");
    canvas.text({map.legend_left, map.legend_y + map.swatch - 4}, map.legend_title, "legend-title");
    for (const auto& item : map.legend) {
        canvas.rect(item.x, item.y, map.swatch, map.swatch, item.css + " swatch");
        canvas.text({item.x + map.swatch + 6, item.y + map.swatch - 4}, item.text, "legend-text");
    }
    canvas.end_group();
    return std::move(canvas).finish();
}

}  // namespace chiso::report
