#pragma once
// One CSV cell (RFC 4180), for every CSV chiso writes (eval, diff). One home for
// the quoting and for the neutralisation of formulas (docs/reports.md, "CSV and
// formulas").
#include <string>
#include <string_view>

namespace chiso::report {

// A cell that a spreadsheet would run as a formula — it starts with `=`, `+`, `-`,
// `@`, a tab or a carriage return (the OWASP rule for CSV injection) — gets a `'`
// in front, so that Excel and LibreOffice read it as text and never run it.
// Numbers are left as they are: "-0.5", "+3", "-12%" are not formulas, and a
// spreadsheet must still read them as numbers. Then quoted when it holds a comma,
// a quote, a line break, or was neutralised.
std::string csv_field(std::string_view text);

}  // namespace chiso::report
