// The YAML side of `chiso test`: a case file (docs/testing.md) into TestCases, with
// every shape problem of the file reported with a position. It reads the tree of
// YamlFile (yaml_file.hpp) like yaml_loader.cpp (see the notes at the top of that
// file): duplicate keys are reported, empty values point at their key, and an
// unclosed quote is reported alone. Numbers are read exactly (NaN, `1e3`, decimal
// commas refused) by the score files' scalar reader.
#include "engine/input/test_case_loader.hpp"


#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/core/suggest.hpp"
#include "engine/core/text.hpp"
#include "engine/input/input_messages.hpp"
#include "engine/input/test_case_messages.hpp"
#include "engine/input/value_parsing.hpp"
#include "engine/input/yaml_file.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso {

namespace input {
// Defined in yaml_loader.cpp: the value of a `units:` key read as in a score file.
std::vector<UnitInput> read_unit_list(const SourceFile& file, const input::YamlNode& value, const SourceLoc& key_loc,
                                      Diagnostics& diags);
}  // namespace input

namespace {

namespace im = msg::input;
namespace cm = msg::test_case;
using cases::BlockExpectation;
using cases::ExpectedNumber;
using cases::ExpectedText;
using cases::ExpectedWhole;
using cases::TestCase;
using cases::TestFile;
using cases::UnitExpectation;

const std::vector<std::string> kCaseKeys{"name",      "criteria", "scores", "units",
                                         "tolerance", "patch",    "expect", "expect_error"};
const std::vector<std::string> kExpectKeys{"units", "blocks"};
const std::vector<std::string> kUnitKeys{"index", "points", "max", "rank", "rank_in", "classes", "block", "nodes"};
const std::vector<std::string> kNodeKeys{"points", "max"};
const std::vector<std::string> kBlockKeys{"count", "mean", "min", "max", "stats", "classes", "order", "first", "last"};

// Ranks and counts beyond this are typing mistakes, and stay far from overflow.
constexpr std::int64_t kMaxWhole = 1'000'000'000;

using Pair = input::YamlPair;

enum class Whole { Rank, Count };

std::string inside(const std::string& where, const std::string& key) { return where.empty() ? key : where + " / " + key; }

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// "phase.message-id": lower-case words joined by dots and hyphens.
bool message_id_form(const std::string& id) {
    const auto dot = id.find('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == id.size()) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
}

class CaseLoader {
public:
    CaseLoader(const SourceFile& file, Diagnostics& diags) : file_(file), diags_(diags), yaml_(file, diags) {}
    std::optional<TestFile> run();

private:
    SourceLoc loc(const input::YamlMark& mark) const { return yaml_.loc(mark); }
    SourceLoc loc(const input::YamlNode& node) const { return yaml_.loc(node); }
    std::string text(const input::YamlNode& scalar) { return yaml_.text(scalar); }
    std::vector<Pair> pairs(const input::YamlNode& map, const std::string& where);
    bool split_decimal(const Pair& previous, const std::string& key, const input::YamlNode& value, const std::string& where);
    std::string unknown_key(const Pair& p, const std::vector<std::string>& known);

    void read_file(const input::YamlNode& root, TestFile& out);
    std::optional<TestCase> read_case(const input::YamlNode& map, const std::vector<Pair>& ps, std::size_t number);
    void read_expect(const Pair& p, TestCase& tc);
    void read_units(const Pair& p, const std::string& where, TestCase& tc);
    void read_unit(const Pair& p, const std::string& where, UnitExpectation& unit);
    void read_blocks(const Pair& p, const std::string& where, TestCase& tc);
    void read_block(const Pair& p, const std::string& where, BlockExpectation& block);
    void read_unit_classes(const Pair& p, const std::string& where, UnitExpectation& unit);
    void read_unit_nodes(const Pair& p, const std::string& where, UnitExpectation& unit);
    void read_block_classes(const Pair& p, const std::string& where, BlockExpectation& block);
    void read_stats(const Pair& p, const std::string& where, BlockExpectation& block);
    void read_order(const Pair& p, const std::string& where, BlockExpectation& block);
    void read_rank_in(const Pair& p, const std::string& where, UnitExpectation& unit);

    // The entries of the map under `p` (at `parent / p.key`): at least one, else
    // reported and nullopt.
    std::optional<std::vector<Pair>> entries(const Pair& p, const std::string& parent);
    std::optional<std::string> read_text(const input::YamlNode& value, const SourceLoc& key_loc, const std::string& where);
    std::optional<ExpectedText> read_text(const Pair& p, const std::string& where);
    std::optional<ExpectedNumber> read_number(const input::YamlNode& value, const SourceLoc& key_loc,
                                              const std::string& where);
    std::optional<ExpectedWhole> read_whole(const input::YamlNode& value, const SourceLoc& key_loc,
                                            const std::string& where, Whole kind);
    std::string resolve_path(const std::string& path) const;
    std::optional<std::string> patch_in_place(const input::YamlNode& scalar, const std::string& value) const;

    const SourceFile& file_;
    Diagnostics& diags_;
    input::YamlFile yaml_;
};

// --- positions and keys ---

// The pairs of a map in file order, without those whose key is not text or
// repeats an earlier key (both reported).
std::vector<Pair> CaseLoader::pairs(const input::YamlNode& map, const std::string& where) {
    input::YamlFile::PairHooks hooks;
    hooks.comma_split = [&](const Pair& previous, const std::string& key, const input::YamlNode& value) {
        return split_decimal(previous, key, value, where);
    };
    return yaml_.pairs(map, hooks);
}

// `{index: 91,93}` arrives as {index: 91, 93: null}: recognised from the source
// text and reported as the number the tester meant.
bool CaseLoader::split_decimal(const Pair& previous, const std::string& key, const input::YamlNode& value,
                               const std::string& where) {
    const std::optional<std::string> joined = yaml_.comma_joined(previous, key, value);
    if (!joined) return false;
    const auto reading = input::read_scalar(*joined);
    const auto* problem = std::get_if<input::ScalarProblem>(&reading);
    if (problem == nullptr || problem->suggestion.empty()) return false;
    diags_.error(loc(previous.value), cm::kDecimalComma, inside(where, previous.key), problem->suggestion, *joined);
    return true;
}

// Reports a key that is not in `known`; returns the key it was probably meant to be.
std::string CaseLoader::unknown_key(const Pair& p, const std::vector<std::string>& known) {
    const std::string guess = closest_match(p.key, known);
    if (!guess.empty()) diags_.error(p.key_loc, im::kUnknownKeySuggest, p.key, guess);
    else diags_.error(p.key_loc, im::kUnknownKey, p.key, join_quoted(known));
    return guess;
}

// --- the file ---

std::optional<TestFile> CaseLoader::run() {
    if (!yaml_.readable()) return std::nullopt;
    std::optional<input::YamlNode> root = yaml_.single_map(cm::kEmptyFile, cm::kTopNotMap);
    if (!root) return std::nullopt;
    TestFile out;
    out.file = &file_;
    read_file(*root, out);
    return out;
}

void CaseLoader::read_file(const input::YamlNode& root, TestFile& out) {
    const std::vector<Pair> top = pairs(root, "");
    const auto cases_pair = std::find_if(top.begin(), top.end(), [](const Pair& p) { return p.key == "cases"; });
    if (cases_pair == top.end()) {
        if (auto tc = read_case(root, top, 0)) out.cases.push_back(std::move(*tc));
        return;
    }
    for (const Pair& p : top) {
        if (p.key == "cases") continue;
        if (std::find(kCaseKeys.begin(), kCaseKeys.end(), p.key) != kCaseKeys.end()) {
            diags_.error(p.key_loc, cm::kCasesMixed, p.key);
        } else {
            unknown_key(p, {"cases"});
        }
    }
    const input::YamlNode list = cases_pair->value;
    if (list.IsNull() || (list.IsSequence() && list.size() == 0)) {
        diags_.error(cases_pair->key_loc, im::kMissingValue, "cases");
        return;
    }
    if (!list.IsSequence()) {
        diags_.error(loc(list), cm::kCasesNotList);
        return;
    }
    std::size_t number = 0;
    for (auto it = list.begin(); it != list.end(); ++it) {
        const input::YamlNode item = *it;  // a copy: the iterator hands out temporaries
        ++number;
        if (!item.IsMap()) {
            diags_.error(loc(item), cm::kCaseNotMap, number);
            continue;
        }
        if (auto tc = read_case(item, pairs(item, ""), number)) out.cases.push_back(std::move(*tc));
    }
}

// --- a case ---

std::optional<TestCase> CaseLoader::read_case(const input::YamlNode& map, const std::vector<Pair>& ps,
                                              std::size_t number) {
    TestCase tc;
    tc.file = &file_;
    tc.loc = loc(map);
    tc.number = number;
    // Keys given; a misspelt key counts as the key it was taken for, so that it is
    // not also reported missing.
    const Pair* scores = nullptr;
    const Pair* units = nullptr;
    const Pair* expect = nullptr;
    const Pair* expect_error = nullptr;
    bool criteria = false;
    bool guessed_scores = false;
    bool guessed_expect = false;
    std::vector<std::string> known = kCaseKeys;
    if (number == 0) known.push_back("cases");
    for (const Pair& p : ps) {
        if (p.key == "name") {
            if (auto name = read_text(p, "")) tc.name = name->value;
        } else if (p.key == "criteria") {
            criteria = true;
            if (auto path = read_text(p, "")) {
                tc.criteria = resolve_path(path->value);
                tc.criteria_loc = path->loc;
            }
        } else if (p.key == "scores") {
            if (units != nullptr) diags_.error(p.key_loc, cm::kScoresAndUnits);
            scores = &p;
            if (auto path = read_text(p, "")) {
                tc.scores = resolve_path(path->value);
                tc.scores_loc = path->loc;
            }
        } else if (p.key == "units") {
            if (scores != nullptr) diags_.error(p.key_loc, cm::kScoresAndUnits);
            units = &p;
            tc.units = input::read_unit_list(file_, p.value, p.key_loc, diags_);
            tc.units_loc = p.key_loc;
        } else if (p.key == "tolerance") {
            if (auto tolerance = read_number(p.value, p.key_loc, p.key)) {
                if (tolerance->value.is_negative()) diags_.error(tolerance->loc, cm::kNegativeTolerance);
                tc.tolerance = std::move(tolerance);
            }
        } else if (p.key == "patch") {
            if (auto patch = read_text(p, "")) {
                tc.patch = patch->value;
                tc.patch_loc = patch->loc;
                tc.patch_in_place = patch_in_place(p.value, patch->value);
            }
        } else if (p.key == "expect") {
            if (expect_error != nullptr) diags_.error(p.key_loc, cm::kExpectAndError);
            expect = &p;
            read_expect(p, tc);
        } else if (p.key == "expect_error") {
            if (expect != nullptr) diags_.error(p.key_loc, cm::kExpectAndError);
            expect_error = &p;
            if (auto id = read_text(p, "")) {
                if (!message_id_form(id->value)) diags_.error(id->loc, cm::kErrorIdForm);
                tc.expect_error = std::move(id);
            }
        } else {
            const std::string guess = unknown_key(p, known);
            criteria = criteria || guess == "criteria";
            guessed_scores = guessed_scores || guess == "scores" || guess == "units";
            guessed_expect = guessed_expect || guess == "expect" || guess == "expect_error";
        }
    }
    if (!criteria) diags_.error(tc.loc, im::kMissingKey, "criteria");
    if (scores == nullptr && units == nullptr && !guessed_scores) diags_.error(tc.loc, cm::kNoScores);
    if (expect == nullptr && expect_error == nullptr && !guessed_expect) diags_.error(tc.loc, cm::kNoExpectation);
    return tc;
}

std::string CaseLoader::resolve_path(const std::string& path) const {
    namespace fs = std::filesystem;
    const fs::path given(path);
    if (given.is_absolute()) return given.lexically_normal().generic_string();
    return (fs::path(file_.path()).parent_path() / given).lexically_normal().generic_string();
}

// For `patch: |`, the patch as it stands in the case file: blank lines up to the
// first line of the block and every line with its indentation, so that positions
// in the patch are positions in the case file. nullopt for other scalar styles or
// when the block's lines cannot be matched with its value (indentation indicators,
// kept trailing lines, tabs).
std::optional<std::string> CaseLoader::patch_in_place(const input::YamlNode& scalar, const std::string& value) const {
    const input::YamlMark mark = scalar.Mark();
    const std::size_t at = yaml_.offset(mark);
    if (at >= file_.text().size() || file_.text()[at] != '|') return std::nullopt;
    std::vector<std::string_view> lines;
    for (std::size_t begin = 0; begin < value.size();) {
        std::size_t end = value.find('\n', begin);
        if (end == std::string::npos) end = value.size();
        lines.emplace_back(value.data() + begin, end - begin);
        begin = end + 1;
    }
    const std::uint32_t first_line = file_.line_col(at).first + 1;  // 1-based, after the `|` line
    std::size_t indent = std::string::npos;
    std::string out(first_line - 1, '\n');
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view raw = file_.line_text(first_line + static_cast<std::uint32_t>(i));
        if (raw.find('\t') != std::string_view::npos) return std::nullopt;
        if (lines[i].empty()) {
            if (!blank(raw)) return std::nullopt;
        } else {
            if (indent == std::string::npos) indent = raw.find_first_not_of(' ');
            if (indent == std::string::npos || raw.size() < indent || raw.substr(indent) != lines[i] ||
                raw.find_first_not_of(' ') < indent) {
                return std::nullopt;
            }
        }
        out += raw;
        out += '\n';
    }
    return out;
}

void CaseLoader::read_expect(const Pair& p, TestCase& tc) {
    const auto ps = entries(p, "");
    if (!ps) return;
    for (const Pair& q : *ps) {
        if (q.key == "units") read_units(q, "expect", tc);
        else if (q.key == "blocks") read_blocks(q, "expect", tc);
        else unknown_key(q, kExpectKeys);
    }
}

// --- unit expectations ---

void CaseLoader::read_units(const Pair& p, const std::string& where, TestCase& tc) {
    const std::string here = inside(where, p.key);
    const auto ps = entries(p, where);
    if (!ps) return;
    for (const Pair& q : *ps) {
        UnitExpectation unit;
        unit.id = q.key;
        unit.loc = q.key_loc;
        read_unit(q, here, unit);
        tc.units_expected.push_back(std::move(unit));
    }
}

void CaseLoader::read_unit(const Pair& p, const std::string& where, UnitExpectation& unit) {
    const std::string here = inside(where, p.key);
    const auto ps = entries(p, where);
    if (!ps) return;
    for (const Pair& q : *ps) {
        const std::string at = inside(here, q.key);
        if (q.key == "index") {
            unit.index = read_number(q.value, q.key_loc, at);
        } else if (q.key == "points") {
            unit.points = read_number(q.value, q.key_loc, at);
        } else if (q.key == "max") {
            unit.max = read_number(q.value, q.key_loc, at);
        } else if (q.key == "rank") {
            unit.rank = read_whole(q.value, q.key_loc, at, Whole::Rank);
        } else if (q.key == "rank_in") {
            read_rank_in(q, here, unit);
        } else if (q.key == "classes") {
            read_unit_classes(q, here, unit);
        } else if (q.key == "block") {
            unit.block = read_text(q, here);
        } else if (q.key == "nodes") {
            read_unit_nodes(q, here, unit);
        } else {
            unknown_key(q, kUnitKeys);
        }
    }
}

void CaseLoader::read_rank_in(const Pair& p, const std::string& where, UnitExpectation& unit) {
    const std::string here = inside(where, p.key);
    unit.rank_in_loc = p.key_loc;
    if (p.value.IsNull() || (p.value.IsSequence() && p.value.size() == 0)) {
        diags_.error(p.key_loc, im::kMissingValue, here);
        return;
    }
    if (!p.value.IsSequence()) {
        diags_.error(loc(p.value), cm::kNotList, here, "rank_in: [2, 3]");
        return;
    }
    for (auto it = p.value.begin(); it != p.value.end(); ++it) {
        const input::YamlNode item = *it;  // a copy: the iterator hands out temporaries
        if (auto rank = read_whole(item, loc(item), here, Whole::Rank)) unit.rank_in.push_back(*rank);
    }
}

void CaseLoader::read_unit_classes(const Pair& p, const std::string& where, UnitExpectation& unit) {
    const std::string here = inside(where, p.key);
    const auto ps = entries(p, where);
    if (!ps) return;
    for (const Pair& q : *ps) {
        cases::ExpectedClass expected;
        expected.ladder = q.key;
        expected.ladder_loc = q.key_loc;
        expected.label_loc = q.key_loc;
        if (!q.value.IsNull()) {  // null: no class in this ladder
            auto label = read_text(q.value, q.key_loc, inside(here, q.key));
            if (!label) continue;
            expected.label = std::move(label);
            expected.label_loc = loc(q.value);
        }
        unit.classes.push_back(std::move(expected));
    }
}

// `nodes: {"3": {points: 4.5, max: 10}}`: per node code, its points and maximum.
void CaseLoader::read_unit_nodes(const Pair& p, const std::string& where, UnitExpectation& unit) {
    const std::string here = inside(where, p.key);
    const auto ps = entries(p, where);
    if (!ps) return;
    for (const Pair& q : *ps) {
        cases::ExpectedNode node;
        node.code = q.key;
        node.loc = q.key_loc;
        const std::string at = inside(here, q.key);
        const auto values = entries(q, here);
        if (!values) continue;
        for (const Pair& v : *values) {
            if (v.key == "points") node.points = read_number(v.value, v.key_loc, inside(at, v.key));
            else if (v.key == "max") node.max = read_number(v.value, v.key_loc, inside(at, v.key));
            else unknown_key(v, kNodeKeys);
        }
        unit.nodes.push_back(std::move(node));
    }
}

// --- block expectations ---

void CaseLoader::read_blocks(const Pair& p, const std::string& where, TestCase& tc) {
    const std::string here = inside(where, p.key);
    const auto ps = entries(p, where);
    if (!ps) return;
    for (const Pair& q : *ps) {
        BlockExpectation block;
        block.id = q.key;
        block.loc = q.key_loc;
        read_block(q, here, block);
        tc.blocks_expected.push_back(std::move(block));
    }
}

void CaseLoader::read_block(const Pair& p, const std::string& where, BlockExpectation& block) {
    const std::string here = inside(where, p.key);
    const auto ps = entries(p, where);
    if (!ps) return;
    for (const Pair& q : *ps) {
        const std::string at = inside(here, q.key);
        if (q.key == "count") {
            block.count = read_whole(q.value, q.key_loc, at, Whole::Count);
        } else if (q.key == "mean") {
            block.mean = read_number(q.value, q.key_loc, at);
        } else if (q.key == "min") {
            block.min = read_number(q.value, q.key_loc, at);
        } else if (q.key == "max") {
            block.max = read_number(q.value, q.key_loc, at);
        } else if (q.key == "stats") {
            read_stats(q, here, block);
        } else if (q.key == "classes") {
            read_block_classes(q, here, block);
        } else if (q.key == "order") {
            read_order(q, here, block);
        } else if (q.key == "first") {
            block.first = read_text(q, here);
        } else if (q.key == "last") {
            block.last = read_text(q, here);
        } else {
            unknown_key(q, kBlockKeys);
        }
    }
}

void CaseLoader::read_stats(const Pair& p, const std::string& where, BlockExpectation& block) {
    const std::string here = inside(where, p.key);
    const auto ps = entries(p, where);
    if (!ps) return;
    for (const Pair& q : *ps) {
        if (auto count = read_whole(q.value, q.key_loc, inside(here, q.key), Whole::Count)) {
            block.stats.push_back(cases::ExpectedStat{q.key, q.key_loc, *count});
        }
    }
}

void CaseLoader::read_block_classes(const Pair& p, const std::string& where, BlockExpectation& block) {
    const std::string here = inside(where, p.key);
    const auto ladders = entries(p, where);
    if (!ladders) return;
    for (const Pair& ladder : *ladders) {
        const std::string at = inside(here, ladder.key);
        const auto labels = entries(ladder, here);
        if (!labels) continue;
        for (const Pair& label : *labels) {
            if (auto count = read_whole(label.value, label.key_loc, inside(at, label.key), Whole::Count)) {
                block.classes.push_back(
                    cases::ExpectedClassCount{ladder.key, ladder.key_loc, label.key, label.key_loc, *count});
            }
        }
    }
}

void CaseLoader::read_order(const Pair& p, const std::string& where, BlockExpectation& block) {
    const std::string here = inside(where, p.key);
    block.order_loc = p.key_loc;
    if (p.value.IsNull() || (p.value.IsSequence() && p.value.size() == 0)) {
        diags_.error(p.key_loc, im::kMissingValue, here);
        return;
    }
    if (!p.value.IsSequence()) {
        diags_.error(loc(p.value), cm::kNotList, here, "order: [ngo-quyen, hong-bang]");
        return;
    }
    std::unordered_set<std::string> seen;
    for (auto it = p.value.begin(); it != p.value.end(); ++it) {
        const input::YamlNode item = *it;  // a copy: the iterator hands out temporaries
        auto id = read_text(item, loc(item), here);
        if (!id) continue;
        if (!seen.insert(*id).second) {
            diags_.error(loc(item), cm::kRepeatedEntry, here, *id);
            continue;
        }
        block.order.push_back(ExpectedText{std::move(*id), loc(item)});
    }
}

// --- values ---

std::optional<std::vector<Pair>> CaseLoader::entries(const Pair& p, const std::string& parent) {
    const std::string here = inside(parent, p.key);
    if (p.value.IsNull()) {
        diags_.error(p.key_loc, cm::kNothingExpected, here);
        return std::nullopt;
    }
    if (!p.value.IsMap()) {
        diags_.error(loc(p.value), cm::kNotMap, here);
        return std::nullopt;
    }
    std::vector<Pair> ps = pairs(p.value, here);
    if (p.value.size() == 0) {
        diags_.error(p.key_loc, cm::kNothingExpected, here);
        return std::nullopt;
    }
    return ps;
}

std::optional<std::string> CaseLoader::read_text(const input::YamlNode& value, const SourceLoc& key_loc,
                                                 const std::string& where) {
    if (value.IsNull()) {
        diags_.error(key_loc, im::kMissingValue, where);
        return std::nullopt;
    }
    if (!value.IsScalar()) {
        diags_.error(loc(value), im::kExpectedText, where);
        return std::nullopt;
    }
    std::string out = text(value);
    if (blank(out)) {
        diags_.error(key_loc, im::kMissingValue, where);
        return std::nullopt;
    }
    return out;
}

std::optional<ExpectedText> CaseLoader::read_text(const Pair& p, const std::string& where) {
    auto value = read_text(p.value, p.key_loc, inside(where, p.key));
    if (!value) return std::nullopt;
    return ExpectedText{std::move(*value), loc(p.value)};
}

std::optional<ExpectedNumber> CaseLoader::read_number(const input::YamlNode& value, const SourceLoc& key_loc,
                                                      const std::string& where) {
    if (value.IsNull()) {
        diags_.error(key_loc, im::kMissingValue, where);
        return std::nullopt;
    }
    const SourceLoc at = loc(value);
    if (!value.IsScalar()) {
        diags_.error(at, cm::kNotNumber, where, value.IsSequence() ? "[…]" : "{…}");
        return std::nullopt;
    }
    const std::string source = text(value);
    input::ScalarReading reading = input::read_scalar(source);
    if (const auto* problem = std::get_if<input::ScalarProblem>(&reading)) {
        using Kind = input::ScalarProblem::Kind;
        if (problem->kind == Kind::Empty) {
            diags_.error(key_loc, im::kMissingValue, where);
        } else if ((problem->kind == Kind::DecimalComma || problem->kind == Kind::AmbiguousComma) &&
                   !problem->suggestion.empty()) {
            diags_.error(at, cm::kDecimalComma, where, problem->suggestion, source);
        } else {
            diags_.error(at, cm::kNotNumber, where, source);
        }
        return std::nullopt;
    }
    const auto& number = std::get<InputValue>(reading);
    if (number.kind != InputValue::Kind::Number || number.percent) {
        diags_.error(at, cm::kNotNumber, where, source);
        return std::nullopt;
    }
    return ExpectedNumber{number.number, number.text, at};
}

std::optional<ExpectedWhole> CaseLoader::read_whole(const input::YamlNode& value, const SourceLoc& key_loc,
                                                    const std::string& where, Whole kind) {
    if (value.IsNull()) {
        diags_.error(key_loc, im::kMissingValue, where);
        return std::nullopt;
    }
    const SourceLoc at = loc(value);
    const MessageDef& wrong = kind == Whole::Rank ? cm::kNotRank : cm::kNotCount;
    if (!value.IsScalar()) {
        diags_.error(at, wrong, where, value.IsSequence() ? "[…]" : "{…}");
        return std::nullopt;
    }
    const std::string source = text(value);
    if (blank(source)) {
        diags_.error(key_loc, im::kMissingValue, where);
        return std::nullopt;
    }
    const input::ScalarReading reading = input::read_scalar(source);
    const auto* number = std::get_if<InputValue>(&reading);
    const std::int64_t least = kind == Whole::Rank ? 1 : 0;
    if (number == nullptr || number->kind != InputValue::Kind::Number || number->percent ||
        number->number.den() != 1 || number->number.num() < least || number->number.num() > kMaxWhole) {
        diags_.error(at, wrong, where, source);
        return std::nullopt;
    }
    return ExpectedWhole{number->number.num(), at};
}

// An unclosed quote swallows the rest of the file: report it alone.
std::optional<Diagnostics> only_unclosed_quote(const Diagnostics& found) {
    for (const Diagnostic& d : found.items()) {
        if (d.message == &im::kUnclosedQuote) {
            Diagnostics alone;
            alone.add(d.severity, d.loc, *d.message, d.args);
            return alone;
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<cases::TestFile> load_test_file(const SourceFile& file, Diagnostics& diags) {
    Diagnostics found;
    std::optional<TestFile> out = CaseLoader(file, found).run();
    found.sort_by_position();
    diags.append(only_unclosed_quote(found).value_or(found));
    if (found.has_errors()) return std::nullopt;
    return out;
}

}  // namespace chiso
