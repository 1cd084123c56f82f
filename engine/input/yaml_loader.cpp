// With engine/input/test_case_loader.cpp and results_loader.cpp, a reader of the
// document tree of YamlFile (yaml_file.hpp, on libyaml's events): it turns a YAML
// document into a ScoreSheet and reports every shape problem with a position. Its
// unit-list reading is shared with test cases that write their units inline
// (`read_unit_list`, at the end).
//
// What the tree hands over, and how it is read here:
// - `it->first`, `it->second` and `*it` are values made by the iterator: nodes
//   taken from an iterator are copied (a cheap handle), never bound to references;
// - a map keeps every pair, repeated keys included, so every map is read through
//   `pairs`, which reports them;
// - an empty value, `~` and plain `null` arrive as Null nodes whose mark is the
//   start of the NEXT token, so problems with them point at their key;
// - marks are byte offsets in the file (yaml_tree.hpp);
// - a quoted scalar that is never closed is reported at its quote before any
//   loader runs (yaml_documents.hpp, yaml_tree.cpp).
#include "engine/input/yaml_loader.hpp"


#include <algorithm>
#include <array>
#include <memory>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/core/control_chars.hpp"
#include "engine/core/normalise.hpp"
#include "engine/core/suggest.hpp"
#include "engine/core/text.hpp"
#include "engine/input/fast_scores.hpp"
#include "engine/input/input_messages.hpp"
#include "engine/input/value_parsing.hpp"
#include "engine/input/yaml_file.hpp"

namespace chiso {
namespace {

namespace m = msg::input;
using input::ScalarProblem;
using input::ValueSource;

// The required keys first: read_header and read_unit count them by position.
const std::vector<std::string> kTopKeys{"index", "locality", "year", "units", "previous", "listed", "answers"};
const std::vector<std::string> kUnitKeys{"id",     "name",         "block",          "group",  "flags",
                                         "scores", "predecessors", "published_rank", "ranked", "reason"};
const std::vector<std::string> kListedKeys{"of", "block"};
constexpr std::size_t kRequiredTopKeys = 4;
const std::vector<std::string> kSourceKeys{"self", "appraised", "value", "tự_chấm", "thẩm_định"};

// Where in the file a map or value is, for choosing and filling messages: at the
// top level both are empty, inside a unit `unit` is set, inside a code's value
// `code` too (as a path such as "4.3 / self / done").
struct Where {
    std::string unit;
    std::string code;

    Where inside(const std::string& key) const { return Where{unit, code.empty() ? key : code + " / " + key}; }
};

using Pair = input::YamlPair;

enum class KeyRole { Key, Code };
enum class Level { Entry, Source };  // a code's value, or the value of one source

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Nothing but blanks, Unicode ones included: `id: "\u00a0"` has no value
// (engine/core/normalise.hpp), rather than an id that shows as empty.
bool blank(std::string_view s) { return tidy_text(s).empty(); }

// `1.180` among named numbers (counts such as done / assigned, answers): a
// Vietnamese spreadsheet writes one thousand one hundred and eighty so, while
// chiso reads a decimal point. One to three digits, a dot, exactly three digits.
bool ambiguous_dot(const input::YamlNode& value) {
    if (!value.IsScalar()) return false;
    const std::string& s = value.Scalar();
    const auto dot = s.find('.');
    return dot != std::string::npos && dot >= 1 && dot <= 3 && s.size() == dot + 4 &&
           all_digits(std::string_view(s).substr(0, dot)) && all_digits(std::string_view(s).substr(dot + 1));
}

std::string whole_reading(const std::string& s) {
    std::string out = s;
    std::erase(out, '.');
    return out;
}

// The same decimal written so it can no longer be read as thousands: trailing
// zeros dropped (1.180 -> 1.18), or one zero added (1.185 -> 1.1850).
std::string decimal_reading(const std::string& s) {
    std::string out = s;
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out.size() == s.size() ? s + "0" : out;
}

class Loader {
public:
    Loader(const SourceFile& file, Diagnostics& diags)
        : file_(file), diags_(diags), yaml_(file, diags), pool_(std::make_shared<SheetPool>(&file)) {}
    std::optional<ScoreSheet> run();
    // The value of a `units:` key found elsewhere (a test case's inline units).
    std::vector<UnitInput> unit_list(const input::YamlNode& value, const SourceLoc& key_loc);

private:
    SourceLoc loc(const input::YamlMark& mark) const { return yaml_.loc(mark); }
    SourceLoc loc(const input::YamlNode& node) const { return yaml_.loc(node); }
    std::string text(const input::YamlNode& scalar) { return yaml_.text(scalar); }
    std::vector<Pair> pairs(const input::YamlNode& map, const Where& where, KeyRole role);
    void report_duplicate(const Where& where, KeyRole role, const std::string& key, const SourceLoc& at,
                          std::uint32_t first_line);
    bool split_decimal(const Pair& previous, const std::string& key, const input::YamlNode& value, const Where& where);
    std::string report_unknown_key(const Pair& p, const Where& where, const std::vector<std::string>& known);

    void read_header(const input::YamlNode& root, ScoreSheet& sheet);
    std::optional<std::string> read_header_text(const Pair& p, SourceLoc& at);
    void read_year(const Pair& p, ScoreSheet& sheet);
    void read_units(const Pair& p, ScoreSheet& sheet);

    std::string unit_label(const input::YamlNode& map, std::size_t number);
    UnitInput read_unit(const input::YamlNode& map, std::size_t number);
    std::string read_unit_key(const Pair& p, const Where& where, UnitInput& unit);
    std::optional<std::string> read_unit_text(const Pair& p, const Where& where);
    void refuse_control_char(const Pair& p, const Where& where, const std::string& value);
    void check_unit_id(const Pair& p, const std::string& id);
    void read_flags(const Pair& p, const Where& where, UnitInput& unit);
    void read_predecessors(const Pair& p, const Where& where, UnitInput& unit);
    void read_listed(const Pair& p, ScoreSheet& sheet);
    std::optional<int> read_count(const Pair& p);
    void read_published_rank(const Pair& p, const Where& where, UnitInput& unit);
    void read_ranked(const Pair& p, const Where& where, UnitInput& unit);
    void check_ranking_keys(const Where& where, const UnitInput& unit, const SourceLoc& reason_loc);
    void read_scores(const Pair& p, const Where& where, UnitInput& unit);

    bool read_entry(const Pair& p, const Where& unit_where, EntryDraft& entry);
    bool read_sources(const std::vector<Pair>& sources, const Where& where, EntryDraft& entry);
    bool report_conflict(const std::array<const Pair*, 3>& given, const Where& where, const EntryDraft& entry);
    std::optional<InputValue> read_value(const input::YamlNode& node, const SourceLoc& key_loc, const Where& where,
                                         Level level);
    std::optional<InputValue> read_map_value(const input::YamlNode& map, const std::vector<Pair>& ps,
                                             const Where& where, Level level);
    std::optional<InputValue> read_named(const input::YamlNode& map, const std::vector<Pair>& ps, const Where& where);
    std::optional<InputValue> read_scalar_value(const input::YamlNode& scalar, const Where& where);
    void report_scalar_problem(const ScalarProblem& problem, const std::string& text, const SourceLoc& at,
                               const Where& where);

    const SourceFile& file_;
    Diagnostics& diags_;
    input::YamlFile yaml_;
    std::unordered_map<std::string, std::uint32_t> unit_lines_;  // unit id -> line of its `id:`
    std::shared_ptr<SheetPool> pool_;  // the sheet's tables, which every unit shares
    EntryDraft draft_;                 // reused entry by entry
};

// --- positions and keys ---

// The pairs of a map in file order, without those whose key is not text or
// repeats an earlier key (both reported).
std::vector<Pair> Loader::pairs(const input::YamlNode& map, const Where& where, KeyRole role) {
    input::YamlFile::PairHooks hooks;
    hooks.duplicate = [&](const std::string& key, const SourceLoc& at, std::uint32_t first_line) {
        report_duplicate(where, role, key, at, first_line);
    };
    if (!where.unit.empty()) {
        hooks.comma_split = [&](const Pair& previous, const std::string& key, const input::YamlNode& value) {
            return split_decimal(previous, key, value, where);
        };
    }
    return yaml_.pairs(map, hooks);
}

// In a flow map the comma ends an entry, so `{self: 8,5}` arrives as
// {self: 8, 5: null}. Recognised from the source text, reported as the number
// the officer meant to write.
bool Loader::split_decimal(const Pair& previous, const std::string& key, const input::YamlNode& value,
                           const Where& where) {
    const std::optional<std::string> joined = yaml_.comma_joined(previous, key, value);
    if (!joined) return false;
    const auto reading = input::read_scalar(*joined);
    const auto* problem = std::get_if<ScalarProblem>(&reading);
    if (problem == nullptr) return false;
    const Where at_value = where.code.empty() ? Where{where.unit, previous.key} : where.inside(previous.key);
    report_scalar_problem(*problem, *joined, loc(previous.value), at_value);
    return true;
}

void Loader::report_duplicate(const Where& where, KeyRole role, const std::string& key, const SourceLoc& at,
                              std::uint32_t first_line) {
    if (role == KeyRole::Code) {
        diags_.error(at, m::kDuplicateCode, where.unit, key, first_line);
    } else if (where.unit.empty()) {
        diags_.error(at, m::kDuplicateKey, key, first_line);
    } else if (where.code.empty()) {
        diags_.error(at, m::kUnitDuplicateKey, where.unit, key, first_line);
    } else {
        diags_.error(at, m::kValueDuplicateKey, where.unit, where.code, key, first_line);
    }
}

// Reports a key that is not in `known` and returns the suggested key, if any.
std::string Loader::report_unknown_key(const Pair& p, const Where& where, const std::vector<std::string>& known) {
    const std::string guess = closest_match(p.key, known);
    if (where.unit.empty()) {
        if (!guess.empty()) diags_.error(p.key_loc, m::kUnknownKeySuggest, p.key, guess);
        else diags_.error(p.key_loc, m::kUnknownKey, p.key, join_quoted(known));
    } else {
        if (!guess.empty()) diags_.error(p.key_loc, m::kUnitUnknownKeySuggest, where.unit, p.key, guess);
        else diags_.error(p.key_loc, m::kUnitUnknownKey, where.unit, p.key, join_quoted(known));
    }
    return guess;
}

// --- the file and its header ---

std::optional<ScoreSheet> Loader::run() {
    if (!yaml_.readable()) return std::nullopt;
    std::optional<input::YamlNode> root = yaml_.single_map(m::kEmptyFile, m::kTopNotMap);
    if (!root) return std::nullopt;
    ScoreSheet sheet;
    sheet.source = &file_;
    sheet.pool = pool_;
    read_header(*root, sheet);
    return sheet;
}

std::vector<UnitInput> Loader::unit_list(const input::YamlNode& value, const SourceLoc& key_loc) {
    ScoreSheet sheet;
    read_units(Pair{"units", key_loc, value}, sheet);
    return std::move(sheet.units);
}

void Loader::read_header(const input::YamlNode& root, ScoreSheet& sheet) {
    // Keys given, in the order of kTopKeys. A misspelt key counts as the key it
    // was taken for, so it is not also reported missing.
    std::array<bool, kRequiredTopKeys> found{};
    const auto mark_found = [&](const std::string& key) {
        for (std::size_t i = 0; i < found.size(); ++i) found[i] = found[i] || kTopKeys[i] == key;
    };
    for (const Pair& p : pairs(root, Where{}, KeyRole::Key)) {
        if (std::find(kTopKeys.begin(), kTopKeys.end(), p.key) == kTopKeys.end()) {
            mark_found(report_unknown_key(p, Where{}, kTopKeys));
            continue;
        }
        mark_found(p.key);
        if (p.key == "index") {
            sheet.index = read_header_text(p, sheet.index_loc).value_or("");
        } else if (p.key == "locality") {
            sheet.locality = read_header_text(p, sheet.locality_loc).value_or("");
        } else if (p.key == "year") {
            read_year(p, sheet);
        } else if (p.key == "previous") {
            sheet.previous = read_header_text(p, sheet.previous_loc).value_or("");
        } else if (p.key == "listed") {
            read_listed(p, sheet);
        } else if (p.key == "answers") {
            sheet.answers = read_header_text(p, sheet.answers_loc).value_or("");
        } else {
            read_units(p, sheet);
        }
    }
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (!found[i]) diags_.error(loc(root), m::kMissingKey, kTopKeys[i]);
    }
}

std::optional<std::string> Loader::read_header_text(const Pair& p, SourceLoc& at) {
    return yaml_.header_text(p, at);
}

void Loader::read_year(const Pair& p, ScoreSheet& sheet) {
    sheet.year = yaml_.header_year(p, sheet.year_loc).value_or(0);
}

void Loader::read_units(const Pair& p, ScoreSheet& sheet) {
    if (p.value.IsNull()) {
        diags_.error(p.key_loc, m::kMissingValue, p.key);
        return;
    }
    if (!p.value.IsSequence()) {
        diags_.error(loc(p.value), m::kUnitsNotList);
        return;
    }
    std::size_t number = 0;
    for (auto it = p.value.begin(); it != p.value.end(); ++it) {
        const input::YamlNode item = *it;  // a copy: the iterator hands out temporaries
        ++number;
        if (!item.IsMap()) {
            diags_.error(loc(item), m::kUnitNotMap, number);
            continue;
        }
        sheet.units.push_back(read_unit(item, number));
    }
}

// --- units ---

// The unit's id for messages, read before the keys so that problems on keys that
// come before `id:` can name it too; "#N" when there is none.
std::string Loader::unit_label(const input::YamlNode& map, std::size_t number) {
    for (auto it = map.begin(); it != map.end(); ++it) {
        const input::YamlNode key = it->first;  // a copy: the iterator hands out temporaries
        const input::YamlNode value = it->second;  // a copy: the iterator hands out temporaries
        if (key.IsScalar() && key.Scalar() == "id" && value.IsScalar() && !blank(value.Scalar())) {
            return tidy_text(value.Scalar());
        }
    }
    return "#" + std::to_string(number);
}

UnitInput Loader::read_unit(const input::YamlNode& map, std::size_t number) {
    const Where where{unit_label(map, number), {}};
    UnitInput unit;
    unit.pool = pool_;
    unit.loc = loc(map);
    // id, name, block given; a misspelt key counts as the key it was taken for.
    std::array<bool, 3> required{};
    SourceLoc reason_loc;
    for (const Pair& p : pairs(map, where, KeyRole::Key)) {
        const std::string key = read_unit_key(p, where, unit);
        for (std::size_t i = 0; i < required.size(); ++i) required[i] = required[i] || key == kUnitKeys[i];
        if (p.key == "reason") reason_loc = p.key_loc;
    }
    for (std::size_t i = 0; i < required.size(); ++i) {
        if (!required[i]) diags_.error(unit.loc, m::kUnitMissingKey, where.unit, kUnitKeys[i]);
    }
    check_ranking_keys(where, unit, reason_loc);
    return unit;
}

// Reads one key of a unit; returns the key it stands for (the suggestion for an
// unknown key, "" when there is none).
std::string Loader::read_unit_key(const Pair& p, const Where& where, UnitInput& unit) {
    if (p.key == "id") {
        const std::string written = read_unit_text(p, where).value_or("");
        unit.id = tidy_text(written);
        if (!unit.id.empty()) check_unit_id(p, written);
    } else if (p.key == "name") {
        unit.name = read_unit_text(p, where).value_or("");
    } else if (p.key == "block") {
        unit.block = tidy_text(read_unit_text(p, where).value_or(""));
        unit.block_loc = p.value.IsNull() ? p.key_loc : loc(p.value);
    } else if (p.key == "group") {
        unit.group = tidy_text(read_unit_text(p, where).value_or(""));
        unit.group_loc = p.value.IsNull() ? p.key_loc : loc(p.value);
    } else if (p.key == "flags") {
        read_flags(p, where, unit);
    } else if (p.key == "scores") {
        read_scores(p, where, unit);
    } else if (p.key == "predecessors") {
        read_predecessors(p, where, unit);
    } else if (p.key == "published_rank") {
        read_published_rank(p, where, unit);
    } else if (p.key == "ranked") {
        read_ranked(p, where, unit);
    } else if (p.key == "reason") {
        unit.unranked_reason = read_unit_text(p, where).value_or("");
    } else {
        return report_unknown_key(p, where, kUnitKeys);
    }
    return p.key;
}

std::optional<std::string> Loader::read_unit_text(const Pair& p, const Where& where) {
    if (p.value.IsNull()) {
        diags_.error(p.key_loc, m::kUnitMissingValue, where.unit, p.key);
        return std::nullopt;
    }
    if (!p.value.IsScalar()) {
        diags_.error(loc(p.value), m::kUnitExpectedText, where.unit, p.key);
        return std::nullopt;
    }
    std::string value = text(p.value);
    if (blank(value)) {
        diags_.error(p.key_loc, m::kUnitMissingValue, where.unit, p.key);
        return std::nullopt;
    }
    refuse_control_char(p, where, value);  // reported; the text is kept, so no second error follows
    return value;
}

// An id, name, block or group with a control character (engine/core/control_chars.hpp)
// is refused here, where its position is known: at the character itself when it
// is written in the line as it is, else (an escape such as "\e") at the value.
void Loader::refuse_control_char(const Pair& p, const Where& where, const std::string& value) {
    const std::optional<ControlChar> found = find_control_char(value);
    if (!found) return;
    SourceLoc at = loc(p.value);
    if (at.known()) {
        const std::string_view line = at.file->line_text(at.line);
        const std::string_view raw = std::string_view(value).substr(found->offset, found->length);
        const std::size_t from = std::min(at.bytes_before(), line.size());
        const std::size_t hit = line.find(raw, from);
        if (hit != std::string_view::npos) at.byte_col = static_cast<std::uint32_t>(at.byte_col + (hit - from));
    }
    diags_.error(at, m::kUnitControlChar, where.unit, p.key, describe_control_char(found->code));
}

// Ids are compared by their normalised key, so `so-noi-vu` and `"so-noi-vu\u00a0"`
// are one unit given twice, never two ranked rows; the message shows the blank.
void Loader::check_unit_id(const Pair& p, const std::string& written) {
    const SourceLoc at = loc(p.value);
    auto [first, inserted] = unit_lines_.try_emplace(text_key(written), at.line);
    if (!inserted) diags_.error(at, m::kDuplicateUnit, show_blanks(written), first->second);
}

void Loader::read_flags(const Pair& p, const Where& where, UnitInput& unit) {
    if (p.value.IsNull()) {
        diags_.error(p.key_loc, m::kUnitMissingValue, where.unit, p.key);
        return;
    }
    if (!p.value.IsSequence()) {
        diags_.error(loc(p.value), m::kFlagsNotList, where.unit);
        return;
    }
    for (auto it = p.value.begin(); it != p.value.end(); ++it) {
        const input::YamlNode flag = *it;  // a copy: the iterator hands out temporaries
        std::string value = flag.IsScalar() ? text(flag) : std::string();
        if (blank(value)) {
            diags_.error(loc(flag), m::kFlagNotText, where.unit);
            continue;
        }
        unit.flags.push_back(tidy_text(value));
        unit.flag_locs.push_back(loc(flag));
    }
}

// `predecessors: [hong-bang, ngo-quyen]`; `[]` declares a new unit.
void Loader::read_predecessors(const Pair& p, const Where& where, UnitInput& unit) {
    if (p.value.IsNull()) {
        diags_.error(p.key_loc, m::kUnitMissingValue, where.unit, p.key);
        return;
    }
    if (!p.value.IsSequence()) {
        diags_.error(loc(p.value), m::kPredecessorsNotList, where.unit);
        return;
    }
    std::vector<std::string> ids;
    for (auto it = p.value.begin(); it != p.value.end(); ++it) {
        const input::YamlNode item = *it;  // a copy: the iterator hands out temporaries
        std::string id = item.IsScalar() ? text(item) : std::string();
        if (blank(id)) {
            diags_.error(loc(item), m::kPredecessorNotText, where.unit);
            continue;
        }
        id = tidy_text(id);
        const auto same = [&](const std::string& other) { return text_key(other) == text_key(id); };
        if (std::any_of(ids.begin(), ids.end(), same)) {
            diags_.error(loc(item), m::kPredecessorTwice, where.unit, id);
            continue;
        }
        ids.push_back(std::move(id));
        unit.predecessor_locs.push_back(loc(item));
    }
    unit.predecessors = std::move(ids);
}

// --- a partial publication (docs/input.md, "The header"; docs/language.md) ---

// A whole number from 1 written in digits (`63`, not `63.0` or `-1`); reported by
// the caller, who knows what it counts.
std::optional<int> whole_from_one(const std::string& text) {
    if (!all_digits(text) || text.size() > 6) return std::nullopt;
    const int n = std::stoi(text);
    return n >= 1 ? std::optional<int>(n) : std::nullopt;
}

// `listed: {of: 63}` or `listed: {of: 63, block: tinh}`.
void Loader::read_listed(const Pair& p, ScoreSheet& sheet) {
    if (!p.value.IsMap()) {
        diags_.error(p.value.IsNull() ? p.key_loc : loc(p.value), m::kListedNotMap);
        return;
    }
    Listing listing;
    listing.loc = p.key_loc;
    bool has_of = false;
    for (const Pair& entry : pairs(p.value, Where{}, KeyRole::Key)) {
        if (entry.key == "of") {
            has_of = true;
            listing.of_loc = entry.value.IsNull() ? entry.key_loc : loc(entry.value);
            listing.of = read_count(entry).value_or(0);
        } else if (entry.key == "block") {
            listing.block = tidy_text(yaml_.header_text(entry, listing.block_loc).value_or(""));
        } else {
            has_of = report_unknown_key(entry, Where{}, kListedKeys) == "of" || has_of;
        }
    }
    if (!has_of) diags_.error(p.key_loc, m::kMissingKey, "of");
    if (listing.of > 0) sheet.listed = std::move(listing);
}

std::optional<int> Loader::read_count(const Pair& p) {
    const std::string written = p.value.IsScalar() ? text(p.value) : std::string();
    const std::optional<int> n = whole_from_one(tidy_text(written));
    if (!n) diags_.error(p.value.IsNull() ? p.key_loc : loc(p.value), m::kListedOfNotCount, written);
    return n;
}

void Loader::read_published_rank(const Pair& p, const Where& where, UnitInput& unit) {
    const std::string written = p.value.IsScalar() ? text(p.value) : std::string();
    unit.published_rank_loc = p.value.IsNull() ? p.key_loc : loc(p.value);
    unit.published_rank = whole_from_one(tidy_text(written));
    if (!unit.published_rank) diags_.error(unit.published_rank_loc, m::kPublishedRankNotRank, where.unit, written);
}

// `ranked: false` (also `no`, `không`); `true` is the default, allowed for symmetry.
void Loader::read_ranked(const Pair& p, const Where& where, UnitInput& unit) {
    const std::string written = p.value.IsScalar() ? text(p.value) : std::string();
    unit.ranked_loc = p.value.IsNull() ? p.key_loc : loc(p.value);
    const std::string key = text_key(written);
    const ReservedWord word = reserved_word(written);
    if (key == "false" || word == ReservedWord::No) {
        unit.ranked = false;
    } else if (key != "true" && word != ReservedWord::Yes) {
        diags_.error(unit.ranked_loc, m::kRankedNotBool, where.unit, written);
    }
}

// A reason belongs to a unit not ranked; a unit not ranked has no published rank.
void Loader::check_ranking_keys(const Where& where, const UnitInput& unit, const SourceLoc& reason_loc) {
    if (reason_loc.known() && unit.ranked) diags_.error(reason_loc, m::kReasonWithoutUnranked, where.unit);
    if (unit.published_rank && !unit.ranked) diags_.error(unit.published_rank_loc, m::kPublishedRankUnranked, where.unit);
}

void Loader::read_scores(const Pair& p, const Where& where, UnitInput& unit) {
    if (p.value.IsNull()) {
        diags_.error(p.key_loc, m::kUnitMissingValue, where.unit, p.key);
        return;
    }
    if (!p.value.IsMap()) {
        diags_.error(loc(p.value), m::kScoresNotMap, where.unit);
        return;
    }
    // Codes equal after normalisation (`"1.1"` and `"1.1\u00a0"`) are one code given
    // twice; pairs() has already reported those written identically.
    std::unordered_map<std::string, std::uint32_t> lines;
    const std::vector<Pair> codes = pairs(p.value, where, KeyRole::Code);
    unit.entries.reserve(codes.size());  // exact, as the fast reader keeps it
    for (const Pair& code : codes) {
        auto [first, inserted] = lines.try_emplace(text_key(code.key), code.key_loc.line);
        if (!inserted) {
            diags_.error(code.key_loc, m::kDuplicateCode, where.unit, show_blanks(code.key), first->second);
            continue;
        }
        draft_.clear();
        if (read_entry(code, where, draft_)) unit.entries.push_back(pack_entry(*pool_, draft_));
    }
}

// --- values ---

bool Loader::read_entry(const Pair& p, const Where& unit_where, EntryDraft& entry) {
    const Where where{unit_where.unit, p.key};
    entry.code = tidy_text(p.key);
    entry.loc = p.key_loc;
    if (!p.value.IsMap() || p.value.size() == 0) {
        entry.value = read_value(p.value, p.key_loc, where, Level::Entry);
        return entry.value.has_value();
    }
    const std::vector<Pair> ps = pairs(p.value, where, KeyRole::Key);
    const bool all_sources = !ps.empty() && std::all_of(ps.begin(), ps.end(), [](const Pair& q) {
        return input::source_key(q.key).has_value();
    });
    if (all_sources) return read_sources(ps, where, entry);
    entry.value = read_map_value(p.value, ps, where, Level::Entry);
    return entry.value.has_value();
}

// {self: …, appraised: …, value: …}; "self" and "tự_chấm" name the same source,
// so giving both is reported like a duplicate key.
bool Loader::read_sources(const std::vector<Pair>& sources, const Where& where, EntryDraft& entry) {
    bool ok = true;
    std::array<const Pair*, 3> first{};  // by ValueSource
    for (const Pair& p : sources) {
        const ValueSource source = *input::source_key(p.key);
        const Pair*& seen = first[static_cast<std::size_t>(source)];
        if (seen != nullptr) {
            diags_.error(p.key_loc, m::kSameSource, where.unit, where.code, p.key, seen->key, seen->key_loc.line);
            ok = false;
            continue;
        }
        seen = &p;
        std::optional<InputValue> value = read_value(p.value, p.key_loc, where.inside(p.key), Level::Source);
        ok = ok && value.has_value();
        if (!value) continue;
        switch (source) {
            case ValueSource::Value: entry.value = std::move(value); break;
            case ValueSource::Self: entry.self = std::move(value); break;
            case ValueSource::Appraised: entry.appraised = std::move(value); break;
        }
    }
    return ok && !report_conflict(first, where, entry);
}

// Sources that contradict each other (input::source_conflict), reported at the later
// of the two keys, with the keys as the user wrote them.
bool Loader::report_conflict(const std::array<const Pair*, 3>& given, const Where& where, const EntryDraft& entry) {
    const auto conflict = input::source_conflict(entry);
    if (!conflict) return false;
    const Pair& a = *given[static_cast<std::size_t>(conflict->first)];
    const Pair& b = *given[static_cast<std::size_t>(conflict->second)];
    const bool a_later = a.key_loc.line != b.key_loc.line ? a.key_loc.line > b.key_loc.line : a.key_loc.byte_col > b.key_loc.byte_col;
    const SourceLoc& at = a_later ? a.key_loc : b.key_loc;
    if (conflict->kind == input::SourceConflict::Kind::ValueWithSource) {
        diags_.error(at, m::kValueWithSource, where.unit, where.code, a.key, b.key);
    } else {
        const InputValue& other = conflict->second == ValueSource::Self ? *entry.self : *entry.appraised;
        diags_.error(at, m::kApplicabilityConflict, where.unit, where.code, a.key, b.key,
                     other.text.empty() ? std::string("{…}") : other.text);
    }
    return true;
}

// A value in any form but the source map; `key_loc` is where a missing value is reported.
std::optional<InputValue> Loader::read_value(const input::YamlNode& node, const SourceLoc& key_loc, const Where& where,
                                             Level level) {
    if (node.IsNull() || (node.IsMap() && node.size() == 0)) {
        diags_.error(key_loc, m::kValueMissing, where.unit, where.code);
        return std::nullopt;
    }
    if (node.IsScalar()) return read_scalar_value(node, where);
    if (node.IsSequence()) {
        diags_.error(loc(node), m::kValueIsList, where.unit, where.code);
        return std::nullopt;
    }
    return read_map_value(node, pairs(node, where, KeyRole::Key), where, level);
}

// A map that must be the named form: source keys here mean either a map nested
// inside a source (too deep) or source keys mixed with names.
std::optional<InputValue> Loader::read_map_value(const input::YamlNode& map, const std::vector<Pair>& ps,
                                                 const Where& where, Level level) {
    const auto is_source = [](const Pair& q) { return input::source_key(q.key).has_value(); };
    if (std::none_of(ps.begin(), ps.end(), is_source)) return read_named(map, ps, where);
    if (level == Level::Source) {
        diags_.error(loc(map), m::kValueTooDeep, where.unit, where.code);
        return std::nullopt;
    }
    // Mixed: name the first key that is not a source; it may be a misspelt one.
    const Pair& odd = *std::find_if_not(ps.begin(), ps.end(), is_source);
    const std::string guess = closest_match(odd.key, kSourceKeys);
    if (!guess.empty()) diags_.error(odd.key_loc, m::kMixedSourcesSuggest, where.unit, where.code, odd.key, guess);
    else diags_.error(odd.key_loc, m::kMixedSources, where.unit, where.code, odd.key);
    return std::nullopt;
}

// {done: 8, assigned: 10}: every entry a plain number.
std::optional<InputValue> Loader::read_named(const input::YamlNode& map, const std::vector<Pair>& ps,
                                             const Where& where) {
    InputValue named;
    named.kind = InputValue::Kind::Named;
    named.loc = loc(map);
    bool ok = true;
    for (const Pair& p : ps) {
        const Where inner = where.inside(p.key);
        std::optional<InputValue> value;
        if (p.value.IsMap() && p.value.size() > 0) {
            diags_.error(loc(p.value), m::kValueTooDeep, inner.unit, inner.code);
        } else {
            value = read_value(p.value, p.key_loc, inner, Level::Source);
        }
        if (value && (value->kind != InputValue::Kind::Number || value->percent)) {
            diags_.error(value->loc, m::kNamedNotNumber, inner.unit, inner.code, value->text);
            value.reset();
        }
        if (value && ambiguous_dot(p.value)) {
            const std::string written = text(p.value);
            diags_.error(value->loc, m::kAmbiguousDot, inner.unit, inner.code, written, whole_reading(written),
                         decimal_reading(written));
            value.reset();
        }
        if (!value) {
            ok = false;
            continue;
        }
        named.named.push_back(NamedValue{p.key, value->number, value->loc});
    }
    return ok ? std::optional<InputValue>(std::move(named)) : std::nullopt;
}

std::optional<InputValue> Loader::read_scalar_value(const input::YamlNode& scalar, const Where& where) {
    const std::string source_text = text(scalar);
    const SourceLoc at = loc(scalar);
    input::ScalarReading reading = input::read_scalar(source_text);
    if (auto* problem = std::get_if<ScalarProblem>(&reading)) {
        report_scalar_problem(*problem, source_text, at, where);
        return std::nullopt;
    }
    InputValue value = std::get<InputValue>(std::move(reading));
    value.loc = at;
    return value;
}

void Loader::report_scalar_problem(const ScalarProblem& problem, const std::string& source_text, const SourceLoc& at,
                                   const Where& where) {
    const std::string& u = where.unit;
    const std::string& c = where.code;
    switch (problem.kind) {
        case ScalarProblem::Kind::Empty: diags_.error(at, m::kValueMissing, u, c); break;
        case ScalarProblem::Kind::NotFinite: diags_.error(at, m::kNotFinite, u, c, source_text); break;
        case ScalarProblem::Kind::DecimalComma:
            diags_.error(at, m::kDecimalComma, u, c, problem.suggestion, source_text);
            break;
        case ScalarProblem::Kind::AmbiguousComma:
            diags_.error(at, m::kAmbiguousComma, u, c, source_text, problem.suggestion, problem.alternative);
            break;
        case ScalarProblem::Kind::ThousandsSeparator:
            diags_.error(at, m::kThousandsSeparator, u, c, problem.suggestion, source_text);
            break;
        case ScalarProblem::Kind::TooLong: diags_.error(at, m::kNumberTooLong, u, c, source_text); break;
        case ScalarProblem::Kind::NumberForm: diags_.error(at, m::kNumberForm, u, c, source_text); break;
    }
}

// An unclosed quote swallows the rest of the file, so every other problem found
// after it (missing keys, ...) is a consequence: report the quote alone.
std::optional<Diagnostics> only_unclosed_quote(const Diagnostics& found) {
    for (const Diagnostic& d : found.items()) {
        if (d.message == &m::kUnclosedQuote) {
            Diagnostics alone;
            alone.add(d.severity, d.loc, *d.message, d.args);
            return alone;
        }
    }
    return std::nullopt;
}

}  // namespace

namespace input {

// Declared in engine/input/test_case_loader.cpp (a test case may write its units
// inline, in the form of a score file's `units:`); problems are reported exactly
// as in a score file.
std::vector<UnitInput> read_unit_list(const SourceFile& file, const input::YamlNode& value, const SourceLoc& key_loc,
                                      Diagnostics& diags);
std::vector<UnitInput> read_unit_list(const SourceFile& file, const input::YamlNode& value, const SourceLoc& key_loc,
                                      Diagnostics& diags) {
    return Loader(file, diags).unit_list(value, key_loc);
}

}  // namespace input

std::optional<ScoreSheet> load_score_sheet(const SourceFile& file, Diagnostics& diags) {
    if (auto sheet = input::fast_load_score_sheet(file)) return sheet;
    return load_score_sheet_in_full(file, diags);
}

std::optional<ScoreSheet> load_score_sheet_in_full(const SourceFile& file, Diagnostics& diags) {
    // Problems are found map by map (a duplicate key before the values above it),
    // so they are collected apart and handed over in file order.
    Diagnostics found;
    std::optional<ScoreSheet> sheet = Loader(file, found).run();
    found.sort_by_position();
    diags.append(only_unclosed_quote(found).value_or(found));
    if (found.has_errors()) return std::nullopt;
    return sheet;
}

}  // namespace chiso
