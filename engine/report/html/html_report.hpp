#pragma once
// `chiso report`: the results as one self-contained HTML page for people to read
// on a screen, project at a conference or print (docs/reports.md). Per block a
// bar chart of the index with the classification cut-offs, the ranking table, a
// heat map of points by area, the rank moves since last year when the view has
// them, and every unit's explanation. No network: styles, charts (inline SVG)
// and the little script are in the file. Same view, same bytes.
#include <string>

#include "engine/report/view/html_view.hpp"

namespace chiso::report {

std::string render_html_page(const HtmlView& view);

}  // namespace chiso::report
