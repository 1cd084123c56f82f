#pragma once
// `chiso diff`'s writers: the diff's view (view/diff_view.hpp) as a terminal table,
// Markdown, CSV and JSON. They see nothing but the view.
#include <string>

#include "engine/report/view/diff_view.hpp"

namespace chiso::report {

using diffview::DiffReportView;

// In the view's language.
std::string render_diff_table(const DiffReportView& view);
std::string render_diff_markdown(const DiffReportView& view);
// Machine formats: stable ids and the decimal point.
std::string render_diff_csv(const DiffReportView& view);
std::string render_diff_json(const DiffReportView& view);

}  // namespace chiso::report
