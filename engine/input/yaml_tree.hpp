#pragma once
// The documents of a YAML text as one compact tree, built from the events of
// libyaml's parser (yaml_tree.cpp, the only file that sees libyaml). It replaces
// yaml-cpp, whose node graph made reading a file with a mistake cost tens of
// times the file's size (7 GB for a 105 MB file) and far more than the happy path.
//
// Memory: one 16-byte entry per node in one vector, and the scalars' texts in one
// string, which is never longer than the file; so a tree takes a few times the
// file's size (docs/limits.md). Nodes are stored in document order, a collection
// followed by its whole subtree, so a collection's children are found by skipping
// subtrees and nothing points back.
//
// The API is the small part of yaml-cpp's Node the loaders use, with yaml-cpp's
// meanings kept where the loaders rely on them: a plain untagged empty value, `~`
// and `null` are Null nodes whose text is empty; a node's mark is where it starts
// (its anchor or tag when it has one; for a block map, its first key); aliases
// are resolved to the node they name.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/core/messages.hpp"

namespace chiso::input {

// Where a node starts: the byte offset in the file's text (a byte-order mark
// counted), which SourceFile turns into a line and a column.
struct YamlMark {
    std::size_t offset = 0;
};

class YamlTree;

class YamlNode {
public:
    // An absent node (reads as Null).
    YamlNode() = default;
    YamlNode(const YamlTree* tree, std::uint32_t index);

    bool IsNull() const;
    bool IsScalar() const;
    bool IsMap() const;
    bool IsSequence() const;
    // A collection written `[…]` or `{…}` rather than as indented lines.
    bool IsFlow() const;
    // The scalar's text (escapes and line folding applied); empty for anything else.
    std::string Scalar() const;
    YamlMark Mark() const;
    // Elements of a list, pairs of a map; 0 for anything else.
    std::size_t size() const;

    class iterator;
    iterator begin() const;
    iterator end() const;

private:
    const YamlTree* tree_ = nullptr;
    std::uint32_t index_ = 0;
};

// What an iterator hands out: for a list the element itself, for a map the pair
// as `first` (key) and `second` (value), as yaml-cpp's iterators do.
struct YamlItem : YamlNode {
    YamlNode first;
    YamlNode second;
};

class YamlNode::iterator {
public:
    iterator(const YamlTree* tree, std::uint32_t at, bool map) : tree_(tree), at_(at), map_(map) {}
    YamlItem operator*() const;
    struct Arrow {
        YamlItem item;
        const YamlItem* operator->() const { return &item; }
    };
    Arrow operator->() const { return Arrow{**this}; }
    iterator& operator++();
    bool operator==(const iterator& other) const { return at_ == other.at_; }
    bool operator!=(const iterator& other) const { return at_ != other.at_; }

private:
    const YamlTree* tree_;
    std::uint32_t at_;
    bool map_;
};

// A text libyaml cannot read as YAML: where, and libyaml's own (English) words.
struct YamlSyntaxError {
    YamlMark mark;
    std::string problem;
};

// A mistake found while reading that has a message of its own (input.too-deep,
// input.unclosed-quote, input.alias-too-large).
struct DocumentProblem {
    YamlMark mark;
    const MessageDef* message;
    std::vector<std::string> args;
};

// Nesting of lists and maps below a document's top node; deeper is refused with
// input.too-deep at the `-`, `?`, `[`, `{` or key that opens the level over it.
inline constexpr int kMaxDepth = 100;
// Nodes that aliases (`*name`) may bring into a file in all, counting every copy:
// this many plus one per byte of the file. Enough for any real reuse (a template
// named by every unit), and a bound on "billion laughs" files, whose few lines
// would make the loaders walk and copy billions of values.
inline constexpr std::uint64_t kMaxAliasNodes = 100'000;

class YamlTree {
public:
    // Reads every document of `text`; throws YamlSyntaxError or DocumentProblem.
    static std::shared_ptr<const YamlTree> parse(const std::string& text);

    // The top node of each document, in file order.
    const std::vector<YamlNode>& documents() const { return documents_; }

    enum class Kind : std::uint8_t { Null, Scalar, Sequence, Map, Alias };
    struct Entry {
        std::uint32_t offset;  // byte offset of the node's start
        std::uint32_t a;       // scalar: start in texts_; collection: one past its subtree; alias: target
        std::uint32_t b;       // scalar: length; collection: children (pairs × 2 for a map)
        Kind kind;
        bool flow;
    };

    const Entry& entry(std::uint32_t i) const { return entries_[i]; }
    // The index after node i and its subtree.
    std::uint32_t next(std::uint32_t i) const;
    // Node i, or the node it names when it is an alias.
    std::uint32_t resolve(std::uint32_t i) const;
    std::string text(const Entry& e) const { return texts_.substr(e.a, e.b); }

private:
    friend class TreeBuilder;
    std::vector<Entry> entries_;
    std::string texts_;
    std::vector<YamlNode> documents_;
};

}  // namespace chiso::input
