// Published results (docs/years.md) from YAML. With the other loaders of
// engine/input the only code that reads YAML; it reads through YamlFile, so
// positions, quotes and duplicate keys behave as in score files.
#include "engine/input/results_loader.hpp"


#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/core/normalise.hpp"
#include "engine/core/suggest.hpp"
#include "engine/core/text.hpp"
#include "engine/input/input_messages.hpp"
#include "engine/input/results_messages.hpp"
#include "engine/input/value_parsing.hpp"
#include "engine/input/yaml_file.hpp"

namespace chiso {
namespace {

namespace m = msg::results;
using input::YamlPair;

// Required keys first: they are counted by position.
const std::vector<std::string> kTopKeys{"index", "locality", "year", "results", "coverage"};
constexpr std::size_t kRequiredTopKeys = 4;
const std::vector<std::string> kUnitKeys{"id", "block", "name", "rank", "index", "points", "classes"};
constexpr std::size_t kRequiredUnitKeys = 2;

// Ranks beyond this are typing mistakes.
constexpr std::int64_t kMaxRank = 1'000'000;

class ResultsLoader {
public:
    ResultsLoader(const SourceFile& file, Diagnostics& diags) : yaml_(file, diags), diags_(diags) {}
    std::optional<PublishedResults> run();

private:
    void read_header(const input::YamlNode& root, PublishedResults& out);
    void read_coverage(const YamlPair& p, PublishedResults& out);
    void read_units(const YamlPair& p, PublishedResults& out);
    std::optional<PublishedUnit> read_unit(const input::YamlNode& map, std::size_t number);
    void read_unit_key(const YamlPair& p, const std::string& label, PublishedUnit& unit);
    std::optional<std::string> unit_text(const YamlPair& p, const std::string& label);
    std::optional<int> unit_rank(const YamlPair& p, const std::string& label);
    std::optional<Rational> unit_number(const YamlPair& p, const std::string& label);
    void unit_classes(const YamlPair& p, const std::string& label, PublishedUnit& unit);
    void check_unique(const PublishedResults& out);

    input::YamlFile yaml_;
    Diagnostics& diags_;
};

std::optional<PublishedResults> ResultsLoader::run() {
    if (!yaml_.readable()) return std::nullopt;
    std::optional<input::YamlNode> root = yaml_.single_map(msg::input::kEmptyFile, msg::input::kTopNotMap);
    if (!root) return std::nullopt;
    PublishedResults out;
    out.source = &yaml_.file();
    read_header(*root, out);
    check_unique(out);
    for (PublishedUnit& unit : out.units) unit.id = tidy_text(unit.id), unit.block = tidy_text(unit.block);
    return out;
}

void ResultsLoader::read_header(const input::YamlNode& root, PublishedResults& out) {
    std::array<bool, kRequiredTopKeys> found{};
    for (const YamlPair& p : yaml_.pairs(root)) {
        std::string key = p.key;
        SourceLoc at;
        if (p.key == "index") {
            out.index = yaml_.header_text(p, out.index_loc).value_or("");
        } else if (p.key == "locality") {
            out.locality = yaml_.header_text(p, at).value_or("");
        } else if (p.key == "year") {
            out.year = yaml_.header_year(p, out.year_loc).value_or(0);
        } else if (p.key == "results") {
            read_units(p, out);
        } else if (p.key == "coverage") {
            read_coverage(p, out);
        } else {
            key = closest_match(p.key, kTopKeys);
            if (!key.empty()) diags_.error(p.key_loc, msg::input::kUnknownKeySuggest, p.key, key);
            else diags_.error(p.key_loc, msg::input::kUnknownKey, p.key, join_quoted(kTopKeys));
        }
        for (std::size_t i = 0; i < found.size(); ++i) found[i] = found[i] || kTopKeys[i] == key;
    }
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (!found[i]) diags_.error(yaml_.loc(root), msg::input::kMissingKey, kTopKeys[i]);
    }
}

void ResultsLoader::read_coverage(const YamlPair& p, PublishedResults& out) {
    SourceLoc at;
    const auto value = yaml_.header_text(p, at);
    if (!value) return;
    if (*value == "partial") out.partial = true;
    else if (*value != "complete") diags_.error(at, m::kCoverage, *value);
}

void ResultsLoader::read_units(const YamlPair& p, PublishedResults& out) {
    if (!p.value.IsSequence()) {
        diags_.error(p.value.IsNull() ? p.key_loc : yaml_.loc(p.value), m::kNotList);
        return;
    }
    std::size_t number = 0;
    for (auto it = p.value.begin(); it != p.value.end(); ++it) {
        const input::YamlNode item = *it;  // a copy: the iterator hands out temporaries
        ++number;
        if (!item.IsMap()) {
            diags_.error(yaml_.loc(item), m::kEntryNotMap, number);
            continue;
        }
        if (auto unit = read_unit(item, number)) out.units.push_back(std::move(*unit));
    }
}

std::optional<PublishedUnit> ResultsLoader::read_unit(const input::YamlNode& map, std::size_t number) {
    PublishedUnit unit;
    unit.loc = yaml_.loc(map);
    const std::vector<YamlPair> ps = yaml_.pairs(map);
    // Named by its id in messages, even about keys written before `id:`.
    std::string label = "#" + std::to_string(number);
    for (const YamlPair& p : ps) {
        if (p.key == "id" && p.value.IsScalar() && !p.value.Scalar().empty()) label = p.value.Scalar();
    }
    const std::size_t errors = diags_.error_count();
    std::array<bool, kRequiredUnitKeys> found{};
    for (const YamlPair& p : ps) {
        read_unit_key(p, label, unit);
        for (std::size_t i = 0; i < found.size(); ++i) found[i] = found[i] || kUnitKeys[i] == p.key;
    }
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (!found[i]) diags_.error(unit.loc, m::kMissingKey, label, kUnitKeys[i]);
    }
    if (diags_.error_count() != errors) return std::nullopt;
    return unit;
}

void ResultsLoader::read_unit_key(const YamlPair& p, const std::string& label, PublishedUnit& unit) {
    if (p.key == "id") {
        unit.id = unit_text(p, label).value_or("");
    } else if (p.key == "block") {
        unit.block = unit_text(p, label).value_or("");
    } else if (p.key == "name") {
        unit.name = unit_text(p, label).value_or("");
    } else if (p.key == "rank") {
        unit.rank = unit_rank(p, label);
    } else if (p.key == "index") {
        unit.index = unit_number(p, label);
    } else if (p.key == "points") {
        unit.points = unit_number(p, label);
    } else if (p.key == "classes") {
        unit_classes(p, label, unit);
    } else {
        const std::string guess = closest_match(p.key, kUnitKeys);
        if (!guess.empty()) diags_.error(p.key_loc, m::kUnknownKeySuggest, label, p.key, guess);
        else diags_.error(p.key_loc, m::kUnknownKey, label, p.key, join_quoted(kUnitKeys));
    }
}

std::optional<std::string> ResultsLoader::unit_text(const YamlPair& p, const std::string& label) {
    std::string value = p.value.IsScalar() ? yaml_.text(p.value) : std::string();
    if (value.find_first_not_of(" \t") == std::string::npos) {
        diags_.error(p.value.IsNull() ? p.key_loc : yaml_.loc(p.value), m::kExpectedText, label, p.key);
        return std::nullopt;
    }
    return value;
}

std::optional<int> ResultsLoader::unit_rank(const YamlPair& p, const std::string& label) {
    const std::string text = p.value.IsScalar() ? yaml_.text(p.value) : std::string();
    const auto reading = input::read_scalar(text);
    const auto* value = std::get_if<InputValue>(&reading);
    const bool whole = value != nullptr && value->kind == InputValue::Kind::Number && !value->percent &&
                       value->number.den() == 1 && value->number.num() >= 1 && value->number.num() <= kMaxRank;
    if (!whole) {
        diags_.error(p.value.IsNull() ? p.key_loc : yaml_.loc(p.value), m::kRankNotWhole, label, text);
        return std::nullopt;
    }
    return static_cast<int>(value->number.num());
}

std::optional<Rational> ResultsLoader::unit_number(const YamlPair& p, const std::string& label) {
    const std::string text = p.value.IsScalar() ? yaml_.text(p.value) : std::string();
    const auto reading = input::read_scalar(text);
    const auto* value = std::get_if<InputValue>(&reading);
    if (value == nullptr || value->kind != InputValue::Kind::Number || value->percent) {
        diags_.error(p.value.IsNull() ? p.key_loc : yaml_.loc(p.value), m::kNotNumber, label, p.key, text);
        return std::nullopt;
    }
    return value->number;
}

void ResultsLoader::unit_classes(const YamlPair& p, const std::string& label, PublishedUnit& unit) {
    if (!p.value.IsMap()) {
        diags_.error(p.value.IsNull() ? p.key_loc : yaml_.loc(p.value), m::kClassesNotMap, label);
        return;
    }
    for (const YamlPair& c : yaml_.pairs(p.value)) {
        if (auto text = unit_text(c, label)) unit.classes[c.key] = *text;
    }
}

// Ids are unique in the file; within a block two units share a rank only with
// the same published index (a tie), which must then be written.
void ResultsLoader::check_unique(const PublishedResults& out) {
    std::unordered_map<std::string, const PublishedUnit*> by_id;  // by normalised id, as in score files
    std::unordered_map<std::string, const PublishedUnit*> by_rank;
    for (const PublishedUnit& unit : out.units) {
        auto [first, fresh] = by_id.try_emplace(text_key(unit.id), &unit);
        if (!fresh) diags_.error(unit.loc, m::kDuplicateUnit, show_blanks(unit.id), first->second->loc.line);
        if (!unit.rank) continue;
        auto [holder, free] = by_rank.try_emplace(text_key(unit.block) + "\n" + std::to_string(*unit.rank), &unit);  // blocks as compared everywhere
        const PublishedUnit& other = *holder->second;
        const bool tie = unit.index && other.index && *unit.index == *other.index;
        if (!free && !tie) diags_.error(unit.loc, m::kDuplicateRank, unit.id, *unit.rank, unit.block, other.id, other.loc.line);
    }
}

}  // namespace

bool is_published_results_file(const SourceFile& file) {
    // A line `results:` at the left margin; a score file has `units:` there.
    const std::string& text = file.text();
    for (std::size_t at = file.bom_bytes(); at < text.size();) {
        if (text.compare(at, 8, "results:") == 0) return true;
        const std::size_t next = text.find('\n', at);
        if (next == std::string::npos) break;
        at = next + 1;
    }
    return false;
}

std::optional<PublishedResults> load_published_results(const SourceFile& file, Diagnostics& diags) {
    Diagnostics found;
    std::optional<PublishedResults> out = ResultsLoader(file, found).run();
    found.sort_by_position();
    diags.append(found);
    if (found.has_errors()) return std::nullopt;
    return out;
}

}  // namespace chiso
