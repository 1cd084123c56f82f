#pragma once
// Where the attributes of an effective file come from when the syntax tree cannot
// say: merge() (engine/resolve/inherit.hpp) records a title, a flag or a moved node
// changed by another file, and the printer (dsl/print.hpp) names it after the line.
#include <map>
#include <string>
#include <vector>

#include "engine/core/source.hpp"

namespace chiso {

struct AttributeOrigin {
    std::string attribute;  // the language's word: "title", "optional", "name", "otherwise", "move", …
    SourceLoc loc;          // the change that set it
};

// Changes the syntax tree cannot locate by itself, keyed by item (see the key functions).
struct Origins {
    std::map<std::string, std::vector<AttributeOrigin>> changes;

    static std::string tree_key(const std::string& tree) { return "tree " + tree; }
    static std::string node_key(const std::string& tree, const std::string& code) { return "node " + tree + " " + code; }
    static std::string block_key(const std::string& block) { return "block " + block; }
    static std::string ladder_key(const std::string& ladder) { return "ladder " + ladder; }
    static std::string rung_key(const std::string& ladder, std::size_t section, const std::string& label) {
        return "rung " + ladder + " " + std::to_string(section) + " " + label;
    }

    // Records (or re-records) that `attribute` of `key` was set at `loc`.
    void note(const std::string& key, const std::string& attribute, const SourceLoc& loc);
    void forget(const std::string& key, const std::string& attribute);
    // Forgets an item (removed), or every item whose key starts with `prefix`.
    void erase(const std::string& key) { changes.erase(key); }
    void erase_prefix(const std::string& prefix);
    // An item renamed (`move … as …`) keeps what was recorded about it.
    void rename(const std::string& from, const std::string& to);
    const std::vector<AttributeOrigin>* find(const std::string& key) const;
};

// "criteria/vn/par-tinh-2022.chiso:21"
std::string where(const SourceLoc& loc);

}  // namespace chiso
