#pragma once
// One YAML file as the loaders of engine/input read it (score files, test cases,
// published results): positions in characters, text of scalars, the single
// document. The yaml-cpp 0.7 pitfalls common to every loader are handled here
// once (see the notes at the top of yaml_loader.cpp). Only engine/input includes
// this header: the rest of chiso never sees yaml-cpp.
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"

namespace chiso::input {

// A key of a map with its value, in file order.
struct YamlPair {
    std::string key;
    SourceLoc key_loc;
    YAML::Node value;
};

// Whether the quoted scalar opening at text[open] has its closing quote.
bool quote_closed(std::string_view text, std::size_t open);

class YamlFile {
public:
    YamlFile(const SourceFile& file, Diagnostics& diags);

    // Refuses files too large to parse or that are not UTF-8 (reported).
    bool readable();
    // The file's one document when it is a map; otherwise reports why (an empty
    // file and a top that is not a map with the caller's own wording).
    std::optional<YAML::Node> single_map(const MessageDef& empty, const MessageDef& not_map);

    // yaml-cpp marks are 0-based bytes that ignore a byte-order mark; these are
    // 1-based characters.
    SourceLoc loc(const YAML::Mark& mark) const;
    SourceLoc loc(const YAML::Node& node) const { return loc(node.Mark()); }
    // The scalar's text; an opening quote never closed is reported (yaml-cpp
    // accepts it and swallows the rest of the file).
    std::string text(const YAML::Node& scalar);
    // What a loader says about the keys of a map, when it has more to say.
    struct PairHooks {
        // A repeated key: reported by the hook (default: `input.duplicate-key`).
        std::function<void(const std::string& key, const SourceLoc& at, std::uint32_t first_line)> duplicate;
        // Whether `key: value` is the tail of the previous pair split by a comma
        // (`{self: 8,5}` read as {self: 8, 5: null}); if so the hook reported it and
        // both are dropped.
        std::function<bool(const YamlPair& previous, const std::string& key, const YAML::Node& value)> comma_split;
    };
    // The pairs of a map in file order, without those whose key is not text or
    // repeats an earlier key (both reported).
    std::vector<YamlPair> pairs(const YAML::Node& map, const PairHooks& hooks = {});
    // In a flow map the comma ends an entry, so `{self: 8,5}` arrives as
    // {self: 8, 5: null}. The text as written ("8,5") when `previous` and the
    // valueless digit key `key` are joined by a comma in the source; else nullopt.
    std::optional<std::string> comma_joined(const YamlPair& previous, const std::string& key,
                                            const YAML::Node& value) const;
    // Header values (`index: par`, `year: 2019`): reported when missing or of the
    // wrong form. `at` receives where the value is (its key when it is empty).
    std::optional<std::string> header_text(const YamlPair& p, SourceLoc& at);
    std::optional<int> header_year(const YamlPair& p, SourceLoc& at);

    // Byte offset in the file of a mark (the byte-order mark counted).
    std::size_t offset(const YAML::Mark& mark) const { return static_cast<std::size_t>(mark.pos) + bom_; }

    const SourceFile& file() const { return file_; }
    Diagnostics& diags() const { return diags_; }

private:
    const SourceFile& file_;
    Diagnostics& diags_;
    std::uint32_t bom_ = 0;
};

}  // namespace chiso::input
