#pragma once
// Inline SVG for the HTML report's charts. Shapes carry CSS classes, and the
// page's style sheet gives them colours, so print and screen can differ. Numbers
// are written with one decimal by fmt (locale-free): the same chart, the same bytes.
#include <string>
#include <string_view>
#include <vector>

#include "engine/report/html/html_writer.hpp"
#include "engine/report/view/chart_geometry.hpp"

namespace chiso::svg {

// "12.5", "3", "-0.5": an SVG coordinate with at most one decimal.
std::string num(double value);

// A hidden SVG holding what the page's charts share: the hatching of "not
// applicable" cells, referenced from the style sheet as url(#chiso-hatch).
std::string shared_defs();

class Canvas {
public:
    // `label` is read by screen readers (role="img").
    Canvas(double width, double height, std::string_view css_class, std::string_view label);

    Canvas& group(std::string_view css_class);
    Canvas& end_group();
    // `tooltip`, when given, shows on hover (<title>).
    Canvas& rect(double x, double y, double width, double height, std::string_view css_class,
                 std::string_view tooltip = {});
    Canvas& line(Point from, Point to, std::string_view css_class, std::string_view tooltip = {});
    Canvas& circle(Point centre, double radius, std::string_view css_class);
    Canvas& text(Point at, std::string_view content, std::string_view css_class, Anchor anchor = Anchor::Start);

    std::string finish() &&;

private:
    html::Writer out_;
};

}  // namespace chiso::svg
