#pragma once
// What a chart's layout (view/bar_chart, view/slope_chart) decides and its drawing
// (html/svg_*) follows: points and text anchors in the SVG's own coordinates, and
// the width a label takes, on which the layout sizes its columns.
#include <string_view>

namespace chiso::svg {

struct Point {
    double x = 0;
    double y = 0;
};

enum class Anchor { Start, Middle, End };

// The width `text` takes at `font_size` px, estimated from its characters on
// the generous side (wide sans-serif fonts), so labels never collide.
double text_width(std::string_view text, double font_size);

}  // namespace chiso::svg
