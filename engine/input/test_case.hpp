#pragma once
// A test case of `chiso test`, as written by methodology staff and testers in a
// YAML file (docs/testing.md): the criteria, the scores, and the results they
// expect. Read by engine/input/test_case_loader.cpp (the YAML side); compared
// against evaluated results in engine/testing/compare.cpp. Header-only on
// purpose: the loader (in chiso_input) sees these types without linking the engine,
// and they live in input, below testing, so that input never includes testing.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/core/source.hpp"
#include "engine/input/score_sheet.hpp"

namespace chiso::cases {

// A number as written in the case file: exact value, the text for messages.
struct ExpectedNumber {
    Rational value;
    std::string text;  // as written, e.g. "91.93"
    SourceLoc loc;
};

struct ExpectedWhole {
    std::int64_t value = 0;
    SourceLoc loc;
};

struct ExpectedText {
    std::string value;
    SourceLoc loc;
};

// `classes: {nguoi_dung_dau: "Hoàn thành xuất sắc nhiệm vụ"}` of a unit; no label
// (`null`) means the unit has no class in that ladder.
struct ExpectedClass {
    std::string ladder;
    SourceLoc ladder_loc;
    std::optional<std::string> label;
    SourceLoc label_loc;
};

// `nodes: {"3": {points: 4.5}}` of a unit: the points (and applicable maximum) of one
// node of its tree, by code as written in the criteria.
struct ExpectedNode {
    std::string code;
    SourceLoc loc;  // of the code key
    std::optional<ExpectedNumber> points;
    std::optional<ExpectedNumber> max;
};

struct UnitExpectation {
    std::string id;
    SourceLoc loc;  // of the unit id key
    std::optional<ExpectedNumber> index;   // the published index
    std::optional<ExpectedNumber> points;  // the root points
    std::optional<ExpectedNumber> max;     // the applicable maximum (less when a part is not applicable)
    std::optional<ExpectedWhole> rank;
    std::vector<ExpectedWhole> rank_in;  // empty: not given
    SourceLoc rank_in_loc;
    std::optional<ExpectedText> block;
    std::vector<ExpectedClass> classes;  // in file order
    std::vector<ExpectedNode> nodes;     // in file order
};

// `stats: {tren_80: 14}` of a block: the number of units counted by a `stat`.
struct ExpectedStat {
    std::string stat;
    SourceLoc loc;
    ExpectedWhole count;
};

// `classes: {nguoi_dung_dau: {"Hoàn thành xuất sắc nhiệm vụ": 5}}` of a block.
struct ExpectedClassCount {
    std::string ladder;
    SourceLoc ladder_loc;
    std::string label;
    SourceLoc label_loc;
    ExpectedWhole count;
};

struct BlockExpectation {
    std::string id;
    SourceLoc loc;  // of the block id key
    std::optional<ExpectedWhole> count;
    std::optional<ExpectedNumber> mean, min, max;
    std::vector<ExpectedStat> stats;
    std::vector<ExpectedClassCount> classes;
    std::vector<ExpectedText> order;  // empty: not given
    SourceLoc order_loc;
    std::optional<ExpectedText> first, last;
};

struct TestCase {
    const SourceFile* file = nullptr;  // the case file
    SourceLoc loc;                     // of the case's map
    std::string name;                  // empty: not given (see display_name)
    std::size_t number = 0;            // 1-based position in `cases:`; 0 in a one-case file

    std::string criteria;  // path, already resolved against the case file's folder
    SourceLoc criteria_loc;
    std::string scores;  // path (resolved), or empty when the units are inline
    SourceLoc scores_loc;
    std::optional<std::vector<UnitInput>> units;  // inline `units:`; the header comes from the criteria
    SourceLoc units_loc;

    std::optional<ExpectedNumber> tolerance;  // absent: exact comparisons

    std::optional<std::string> patch;  // criteria changes, in the inheritance syntax
    SourceLoc patch_loc;
    // When the patch is a literal block (`patch: |`), the patch text padded so that
    // its lines and columns are those of the case file (blank lines before it, the
    // indentation kept): diagnostics in the patch then point into the case file.
    std::optional<std::string> patch_in_place;

    std::vector<UnitExpectation> units_expected;
    std::vector<BlockExpectation> blocks_expected;
    std::optional<ExpectedText> expect_error;  // a message id, e.g. "eval.above-max"

    // The name shown in reports: `name`, else the file name ("x.yaml", or "x.yaml #2"
    // for the second case of a `cases:` list).
    std::string display_name() const {
        if (!name.empty()) return name;
        std::string base = file != nullptr ? file->path() : std::string();
        const auto slash = base.find_last_of("/\\");
        if (slash != std::string::npos) base = base.substr(slash + 1);
        return number == 0 ? base : base + " #" + std::to_string(number);
    }
};

struct TestFile {
    const SourceFile* file = nullptr;
    std::vector<TestCase> cases;
};

}  // namespace chiso::cases
