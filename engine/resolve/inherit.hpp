#pragma once
// Inheritance: a criteria file may extend another (`extends "../vn/par-tinh-2022.chiso"`)
// and state its differences as changes (`edit tree …`, `edit block …`, `edit ladder …`,
// `replace ladder|stat …`, `remove …`, new declarations, new header statements).
// merge() applies one child to the effective file of its parent; the driver calls it
// along the chain, oldest file first. The result is a plain file (no `extends`, no
// changes) that resolve and check then treat exactly as a file written in one piece.
//
// Positions: every item keeps the position of the file it comes from; an attribute
// a child changes carries the child's position where the syntax tree has one
// (numbers, names, rules, conditions). For what carries no position (titles, flags,
// a block's name, a rung turned into `otherwise`, a moved node) merge() records the
// change in Origins, for `chiso show --resolved`.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dsl/ast.hpp"
#include "engine/core/diagnostics.hpp"

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

// Applies `child`'s changes to `parent_effective`. Every problem is reported (all of
// them: one mistake does not hide the others); returns nothing when there was one.
std::optional<ast::File> merge(ast::File parent_effective, const ast::File& child, Diagnostics& diags);
std::optional<ast::File> merge(ast::File parent_effective, const ast::File& child, Diagnostics& diags,
                               Origins& origins);

// "criteria/vn/par-tinh-2022.chiso:21"
std::string where(const SourceLoc& loc);

}  // namespace chiso
