#include "engine/input/yaml_file.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "engine/core/utf8.hpp"
#include "engine/input/input_messages.hpp"
#include "engine/input/yaml_documents.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso::input {

namespace m = msg::input;

YamlFile::YamlFile(const SourceFile& file, Diagnostics& diags)
    : file_(file), diags_(diags) {}

bool YamlFile::readable() {
    const std::string& source = file_.text();
    if (source.size() > kMaxScoreFileBytes) {
        diags_.error(SourceLoc{&file_, 0, 0}, m::kFileTooLarge, source.size());
        return false;
    }
    if (auto bad = first_invalid_utf8(source)) {
        auto [line, column] = file_.line_col(*bad);
        diags_.error(SourceLoc{&file_, line, column}, m::kInvalidUtf8);
        return false;
    }
    return true;
}

std::optional<YamlNode> YamlFile::single_map(const MessageDef& empty, const MessageDef& not_map) {
    try {
        tree_ = load_documents(file_.text());
    } catch (const DocumentProblem& e) {
        diags_.add(Severity::Error, loc(e.mark), *e.message, e.args);
        return std::nullopt;
    } catch (const YamlSyntaxError& e) {
        diags_.error(loc(e.mark), m::kNotYaml, e.problem);
        return std::nullopt;
    }
    const std::vector<YamlNode>& documents = tree_->documents();
    if (documents.empty() || documents.front().IsNull()) {
        diags_.error(SourceLoc{&file_, 0, 0}, empty);
        return std::nullopt;
    }
    // A trailing `---` with nothing after it makes an empty document: harmless.
    for (std::size_t i = 1; i < documents.size(); ++i) {
        if (!documents[i].IsNull()) diags_.error(loc(documents[i]), m::kMultipleDocuments);
    }
    if (!documents.front().IsMap()) {
        diags_.error(loc(documents.front()), not_map);
        return std::nullopt;
    }
    return documents.front();
}

SourceLoc YamlFile::loc(const YamlMark& mark) const {
    const auto [line, column] = file_.line_col(mark.offset);
    return SourceLoc{&file_, line, column};
}

std::string YamlFile::text(const YamlNode& scalar) { return scalar.Scalar(); }

std::vector<YamlPair> YamlFile::pairs(const YamlNode& map, const PairHooks& hooks) {
    std::vector<YamlPair> out;
    std::unordered_map<std::string, std::uint32_t> first_line;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YamlNode key = it->first;  // a copy: the iterator hands out temporaries
        const SourceLoc key_loc = loc(key);
        if (!key.IsScalar()) {
            diags_.error(key_loc, m::kKeyNotText);
            continue;
        }
        std::string name = text(key);
        if (hooks.comma_split && map.IsFlow() && !out.empty() &&
            hooks.comma_split(out.back(), name, it->second)) {
            out.pop_back();
            continue;
        }
        auto [seen, inserted] = first_line.try_emplace(name, key_loc.line);
        if (!inserted) {
            if (hooks.duplicate) hooks.duplicate(name, key_loc, seen->second);
            else diags_.error(key_loc, m::kDuplicateKey, name, seen->second);
            continue;
        }
        out.push_back(YamlPair{std::move(name), key_loc, it->second});
    }
    return out;
}

std::optional<std::string> YamlFile::comma_joined(const YamlPair& previous, const std::string& key,
                                                const YamlNode& value) const {
    const bool digit_key = !key.empty() && key[0] >= '0' && key[0] <= '9';
    if (!value.IsNull() || !previous.value.IsScalar() || !digit_key) return std::nullopt;
    std::string joined = previous.value.Scalar() + "," + key;
    const YamlMark mark = previous.value.Mark();
    const std::size_t at = offset(mark);
    const std::string& text = file_.text();
    if (at > text.size() || text.compare(at, joined.size(), joined) != 0) return std::nullopt;
    return joined;
}

namespace {
bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }
bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
}  // namespace

std::optional<std::string> YamlFile::header_text(const YamlPair& p, SourceLoc& at) {
    at = p.value.IsNull() ? p.key_loc : loc(p.value);
    if (p.value.IsNull()) {
        diags_.error(p.key_loc, m::kMissingValue, p.key);
        return std::nullopt;
    }
    if (!p.value.IsScalar()) {
        diags_.error(loc(p.value), m::kExpectedText, p.key);
        return std::nullopt;
    }
    std::string value = text(p.value);
    if (blank(value)) {
        diags_.error(p.key_loc, m::kMissingValue, p.key);
        return std::nullopt;
    }
    return value;
}

std::optional<int> YamlFile::header_year(const YamlPair& p, SourceLoc& at) {
    if (p.value.IsNull()) {
        at = p.key_loc;
        diags_.error(p.key_loc, m::kMissingValue, p.key);
        return std::nullopt;
    }
    at = loc(p.value);
    // A year has at most four digits, so it always fits an int.
    const std::string digits = p.value.IsScalar() ? text(p.value) : std::string();
    if (!all_digits(digits) || digits.size() > 4 || std::stoi(digits) == 0) {
        diags_.error(at, m::kYearNotInteger);
        return std::nullopt;
    }
    return std::stoi(digits);
}

}  // namespace chiso::input
