#include "engine/report/html/svg_canvas.hpp"

#include <cmath>

#include <fmt/format.h>


namespace chiso::svg {
namespace {

// How much larger than its natural size the page may draw a chart.
constexpr double kMaxUpscale = 1.35;

const char* anchor_name(Anchor anchor) {
    switch (anchor) {
        case Anchor::Start: return "start";
        case Anchor::Middle: return "middle";
        case Anchor::End: return "end";
    }
    return "start";
}

}  // namespace

std::string num(double value) {
    // Round half away from zero to one decimal, then print: "-0" never appears.
    const double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == 0.0) return "0";
    std::string text = fmt::format("{:.1f}", rounded);
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
    return text;
}

std::string shared_defs() {
    html::Writer out;
    out.open("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                     {"class", "shared-defs"},
                     {"width", "0"},
                     {"height", "0"},
                     {"aria-hidden", "true"}})
        .open("defs")
        .open("pattern", {{"id", "chiso-hatch"},
                          {"width", "8"},
                          {"height", "8"},
                          {"patternUnits", "userSpaceOnUse"},
                          {"patternTransform", "rotate(45)"}})
        .empty("rect", {{"class", "hatch-bg"}, {"width", "8"}, {"height", "8"}})
        .empty("line", {{"class", "hatch-line"}, {"x1", "0"}, {"y1", "0"}, {"x2", "0"}, {"y2", "8"}})
        .close()
        .close()
        .close()
        .newline();
    return std::move(out).finish();
}

Canvas::Canvas(double width, double height, std::string_view css_class, std::string_view label) {
    out_.open("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                      {"class", std::string(css_class)},
                      {"viewBox", "0 0 " + num(width) + " " + num(height)},
                      {"width", num(width)},
                      {"height", num(height)},
                      {"style", "max-width:" + num(width * kMaxUpscale) + "px"},
                      {"role", "img"},
                      {"aria-label", std::string(label)}});
    out_.newline();
}

Canvas& Canvas::group(std::string_view css_class) {
    out_.open("g", {{"class", std::string(css_class)}});
    out_.newline();
    return *this;
}

Canvas& Canvas::end_group() {
    out_.close().newline();
    return *this;
}

Canvas& Canvas::rect(double x, double y, double width, double height, std::string_view css_class,
                     std::string_view tooltip) {
    const html::Attrs attrs{{"class", std::string(css_class)},
                            {"x", num(x)},
                            {"y", num(y)},
                            {"width", num(width)},
                            {"height", num(height)}};
    if (tooltip.empty()) {
        out_.empty("rect", attrs);
    } else {
        out_.open("rect", attrs).leaf("title", tooltip).close();
    }
    out_.newline();
    return *this;
}

Canvas& Canvas::line(Point from, Point to, std::string_view css_class, std::string_view tooltip) {
    const html::Attrs attrs{{"class", std::string(css_class)},
                            {"x1", num(from.x)},
                            {"y1", num(from.y)},
                            {"x2", num(to.x)},
                            {"y2", num(to.y)}};
    if (tooltip.empty()) {
        out_.empty("line", attrs);
    } else {
        out_.open("line", attrs).leaf("title", tooltip).close();
    }
    out_.newline();
    return *this;
}

Canvas& Canvas::circle(Point centre, double radius, std::string_view css_class) {
    out_.empty("circle", {{"class", std::string(css_class)},
                          {"cx", num(centre.x)},
                          {"cy", num(centre.y)},
                          {"r", num(radius)}});
    out_.newline();
    return *this;
}

Canvas& Canvas::text(Point at, std::string_view content, std::string_view css_class, Anchor anchor) {
    std::vector<html::Attr> attrs{{"class", std::string(css_class)}, {"x", num(at.x)}, {"y", num(at.y)}};
    if (anchor != Anchor::Start) attrs.push_back({"text-anchor", anchor_name(anchor)});
    out_.open("text", attrs).text(content).close().newline();
    return *this;
}

std::string Canvas::finish() && {
    out_.close().newline();
    return std::move(out_).finish();
}

}  // namespace chiso::svg
