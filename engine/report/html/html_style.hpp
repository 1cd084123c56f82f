#pragma once
// The HTML report's own style sheet and script, written inline so the file is
// self-contained: it opens from a USB stick on the conference laptop, with no
// network. Screen: large type and strong contrast for a projector. Print: A4
// landscape, a page per block, colours kept, explanations left out (a note says so).
#include <string_view>

namespace chiso::report {

std::string_view page_style();
// Progressive enhancement only: shows the "expand all / collapse all" buttons
// and makes them work; the report reads the same without it.
std::string_view page_script();

}  // namespace chiso::report
