#pragma once
// One YAML file as the loaders of engine/input read it (score files, test cases,
// published results): positions in characters, text of scalars, the single
// document. What every loader needs beyond the tree (yaml_tree.hpp) is done here
// once: duplicate keys, quotes never closed, `{self: 8,5}` split by its comma.
// Only engine/input includes this header: the rest of chiso never sees libyaml.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"
#include "engine/input/yaml_tree.hpp"

namespace chiso::input {

// A key of a map with its value, in file order.
struct YamlPair {
    std::string key;
    SourceLoc key_loc;
    YamlNode value;
};

class YamlFile {
public:
    YamlFile(const SourceFile& file, Diagnostics& diags);

    // Refuses files too large to parse or that are not UTF-8 (reported).
    bool readable();
    // The file's one document when it is a map; otherwise reports why (an empty
    // file and a top that is not a map with the caller's own wording).
    std::optional<YamlNode> single_map(const MessageDef& empty, const MessageDef& not_map);

    // Marks are byte offsets; SourceLoc has the line and the byte column.
    SourceLoc loc(const YamlMark& mark) const;
    SourceLoc loc(const YamlNode& node) const { return loc(node.Mark()); }
    // The scalar's text. (A quote never closed never reaches here: the tree is not
    // built, and input.unclosed-quote is reported at the quote, yaml_documents.hpp.)
    std::string text(const YamlNode& scalar);
    // What a loader says about the keys of a map, when it has more to say.
    struct PairHooks {
        // A repeated key: reported by the hook (default: `input.duplicate-key`).
        std::function<void(const std::string& key, const SourceLoc& at, std::uint32_t first_line)> duplicate;
        // Whether `key: value` is the tail of the previous pair split by a comma
        // (`{self: 8,5}` read as {self: 8, 5: null}); if so the hook reported it and
        // both are dropped.
        std::function<bool(const YamlPair& previous, const std::string& key, const YamlNode& value)> comma_split;
    };
    // The pairs of a map in file order, without those whose key is not text or
    // repeats an earlier key (both reported).
    std::vector<YamlPair> pairs(const YamlNode& map, const PairHooks& hooks = {});
    // In a flow map the comma ends an entry, so `{self: 8,5}` arrives as
    // {self: 8, 5: null}. The text as written ("8,5") when `previous` and the
    // valueless digit key `key` are joined by a comma in the source; else nullopt.
    std::optional<std::string> comma_joined(const YamlPair& previous, const std::string& key,
                                            const YamlNode& value) const;
    // Header values (`index: par`, `year: 2019`): reported when missing or of the
    // wrong form. `at` receives where the value is (its key when it is empty).
    std::optional<std::string> header_text(const YamlPair& p, SourceLoc& at);
    std::optional<int> header_year(const YamlPair& p, SourceLoc& at);

    // Byte offset in the file of a mark (the byte-order mark counted).
    std::size_t offset(const YamlMark& mark) const { return mark.offset; }

    const SourceFile& file() const { return file_; }
    Diagnostics& diags() const { return diags_; }

private:
    const SourceFile& file_;
    Diagnostics& diags_;
    std::shared_ptr<const YamlTree> tree_;  // what the nodes handed out point into
};

}  // namespace chiso::input
