#pragma once
// Compares evaluated results with a test case's expectations, check by check.
#include <string>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/eval/results.hpp"
#include "engine/input/test_case.hpp"

namespace chiso::cases {

// One check, ready to print: "đơn vị ngo-quyen: hạng — mong đợi 2, thực tế 1".
struct CheckOutcome {
    bool passed = false;
    std::string subject;   // "đơn vị ngo-quyen" / "khối huyen"
    std::string check;     // "hạng", "thống kê tren_80", …
    std::string expected;  // with the tolerance when one was set: "91,93 ± 0,005"
    std::string actual;
};

// The checks of `tc` against `results`, in the order of the case file's fields
// (units, then blocks). Numbers are compared exactly, or within the case's
// tolerance: the index with the published (rounded) index, points with the exact
// points, mean/min/max with the block statistics. Texts are in `options.lang`
// with the decimal comma in Vietnamese. An expectation naming a unit, block,
// ladder, class or statistic that does not exist is reported in `diags`,
// positioned in the case file with a "did you mean", and not checked.
std::vector<CheckOutcome> compare(const TestCase& tc, const Results& results, const RenderOptions& options,
                                  Diagnostics& diags);

}  // namespace chiso::cases
