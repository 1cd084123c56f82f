#include "engine/report/view/chart_geometry.hpp"

#include "engine/report/view/text_width.hpp"

namespace chiso::svg {
namespace {

// Average advance of a character of DejaVu Sans, the widest common sans-serif
// font, as a fraction of the font size; digits and most letters are narrower.
constexpr double kCharWidth = 0.62;

}  // namespace

double text_width(std::string_view text, double font_size) {
    return static_cast<double>(display_width(text)) * kCharWidth * font_size;
}

}  // namespace chiso::svg
