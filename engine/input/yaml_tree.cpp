#include "engine/input/yaml_tree.hpp"

#include <yaml.h>

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>

#include "engine/input/input_messages.hpp"

namespace chiso::input {

// --- nodes ---

YamlNode::YamlNode(const YamlTree* tree, std::uint32_t index)
    : tree_(tree), index_(tree != nullptr ? tree->resolve(index) : 0) {}

bool YamlNode::IsNull() const { return tree_ == nullptr || tree_->entry(index_).kind == YamlTree::Kind::Null; }
bool YamlNode::IsScalar() const { return tree_ != nullptr && tree_->entry(index_).kind == YamlTree::Kind::Scalar; }
bool YamlNode::IsMap() const { return tree_ != nullptr && tree_->entry(index_).kind == YamlTree::Kind::Map; }
bool YamlNode::IsSequence() const { return tree_ != nullptr && tree_->entry(index_).kind == YamlTree::Kind::Sequence; }
bool YamlNode::IsFlow() const { return tree_ != nullptr && tree_->entry(index_).flow; }

std::string YamlNode::Scalar() const { return IsScalar() ? tree_->text(tree_->entry(index_)) : std::string(); }

YamlMark YamlNode::Mark() const { return YamlMark{tree_ != nullptr ? tree_->entry(index_).offset : 0}; }

std::size_t YamlNode::size() const {
    if (IsSequence()) return tree_->entry(index_).b;
    if (IsMap()) return tree_->entry(index_).b / 2;
    return 0;
}

YamlNode::iterator YamlNode::begin() const {
    if (!IsSequence() && !IsMap()) return end();
    return iterator(tree_, index_ + 1, IsMap());
}

YamlNode::iterator YamlNode::end() const {
    if (!IsSequence() && !IsMap()) return iterator(tree_, 0, false);
    return iterator(tree_, tree_->entry(index_).a, IsMap());
}

YamlItem YamlNode::iterator::operator*() const {
    YamlItem item;
    if (map_) {
        item.first = YamlNode(tree_, at_);
        item.second = YamlNode(tree_, tree_->next(at_));
    } else {
        static_cast<YamlNode&>(item) = YamlNode(tree_, at_);
    }
    return item;
}

YamlNode::iterator& YamlNode::iterator::operator++() {
    at_ = tree_->next(at_);
    if (map_) at_ = tree_->next(at_);
    return *this;
}

std::uint32_t YamlTree::next(std::uint32_t i) const {
    const Entry& e = entries_[i];
    return e.kind == Kind::Sequence || e.kind == Kind::Map ? e.a : i + 1;
}

std::uint32_t YamlTree::resolve(std::uint32_t i) const {
    // An alias always names a node that is not an alias (TreeBuilder::alias).
    return entries_[i].kind == Kind::Alias ? entries_[i].a : i;
}

// --- building ---

namespace {

// libyaml counts marks in characters after a byte-order mark; the tree keeps
// byte offsets. Marks arrive in file order, or a little behind the last one (an
// empty value, an error's context: never further back than libyaml looks ahead),
// so one cursor walks the text about once, backwards as well as forwards. The
// text is valid UTF-8 (YamlFile::readable, and libyaml checks it too).
class ByteOffsets {
public:
    explicit ByteOffsets(const std::string& text)
        : text_(text), bom_(text.starts_with("\xEF\xBB\xBF") ? 3 : 0), byte_(bom_) {}

    std::size_t of(std::size_t char_index) {
        while (chars_ > char_index && byte_ > bom_) {
            do --byte_;
            while (byte_ > bom_ && (static_cast<unsigned char>(text_[byte_]) & 0xC0) == 0x80);
            --chars_;
        }
        while (chars_ < char_index && byte_ < text_.size()) {
            const auto lead = static_cast<unsigned char>(text_[byte_]);
            byte_ += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            ++chars_;
        }
        return std::min(byte_, text_.size());
    }

private:
    const std::string& text_;
    std::size_t bom_;
    std::size_t chars_ = 0;
    std::size_t byte_;
};

// libyaml's parser and its current event, released however the reading ends.
struct Parser {
    yaml_parser_t parser{};
    yaml_event_t event{};
    bool has_event = false;

    explicit Parser(const std::string& text) {
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    }
    ~Parser() {
        drop();
        yaml_parser_delete(&parser);
    }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    bool next() {
        drop();
        has_event = yaml_parser_parse(&parser, &event) != 0;
        return has_event;
    }
    void drop() {
        if (has_event) yaml_event_delete(&event);
        has_event = false;
    }
};

std::string_view chars(const yaml_char_t* s) {
    return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

// yaml-cpp's reading, which the loaders were written against: only a plain value
// without a tag is Null.
bool null_scalar(const yaml_event_t& e) {
    if (e.data.scalar.style != YAML_PLAIN_SCALAR_STYLE || e.data.scalar.tag != nullptr) return false;
    const std::string_view v(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
    return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

}  // namespace

class TreeBuilder {
public:
    TreeBuilder(const std::string& text, YamlTree& tree) : text_(text), tree_(tree), offsets_(text) {}

    void run() {
        if (text_.size() >= std::numeric_limits<std::uint32_t>::max()) {
            throw YamlSyntaxError{YamlMark{0}, "the file is too large"};
        }
        Parser p(text_);
        for (;;) {
            if (!p.next()) fail(p.parser);
            const yaml_event_t& e = p.event;
            switch (e.type) {
                case YAML_SCALAR_EVENT: scalar(e); break;
                case YAML_SEQUENCE_START_EVENT:
                    open(e, YamlTree::Kind::Sequence, e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE,
                         e.data.sequence_start.anchor);
                    break;
                case YAML_MAPPING_START_EVENT:
                    open(e, YamlTree::Kind::Map, e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE,
                         e.data.mapping_start.anchor);
                    break;
                case YAML_SEQUENCE_END_EVENT:
                case YAML_MAPPING_END_EVENT: close(); break;
                case YAML_ALIAS_EVENT: alias(e); break;
                case YAML_DOCUMENT_START_EVENT: anchors_.clear(); break;  // anchors belong to their document
                case YAML_STREAM_END_EVENT: return;
                default: break;  // the stream's start, the documents' ends
            }
        }
    }

private:
    struct Open {
        std::uint32_t index;
        std::uint64_t expanded;  // nodes of the subtree with every alias counted as a copy
        std::string anchor;
    };

    std::uint32_t offset(const yaml_mark_t& mark) { return static_cast<std::uint32_t>(offsets_.of(mark.index)); }

    [[noreturn]] void fail(const yaml_parser_t& parser) {
        const std::string problem = parser.problem != nullptr ? parser.problem : "unreadable";
        // A reader error (a character YAML does not allow) has a byte offset, not a mark.
        if (parser.error == YAML_READER_ERROR) throw YamlSyntaxError{YamlMark{parser.problem_offset}, problem};
        // A quote closed nowhere runs to the end of the file: its own message, at the quote.
        if (parser.context != nullptr && std::string_view(parser.context) == "while scanning a quoted scalar" &&
            problem == "found unexpected end of stream") {
            throw DocumentProblem{YamlMark{offsets_.of(parser.context_mark.index)}, &msg::input::kUnclosedQuote, {}};
        }
        throw YamlSyntaxError{YamlMark{offsets_.of(parser.problem_mark.index)}, problem};
    }

    std::uint32_t add(YamlTree::Kind kind, std::uint32_t at, std::uint32_t a, std::uint32_t b, bool flow) {
        tree_.entries_.push_back(YamlTree::Entry{at, a, b, kind, flow});
        return static_cast<std::uint32_t>(tree_.entries_.size() - 1);
    }

    void scalar(const yaml_event_t& e) {
        const auto start = static_cast<std::uint32_t>(tree_.texts_.size());
        const auto length = static_cast<std::uint32_t>(e.data.scalar.length);
        const bool null = null_scalar(e);
        if (!null) tree_.texts_.append(reinterpret_cast<const char*>(e.data.scalar.value), length);
        const YamlTree::Kind kind = null ? YamlTree::Kind::Null : YamlTree::Kind::Scalar;
        const std::uint32_t i = add(kind, offset(e.start_mark), start, null ? 0 : length, false);
        if (e.data.scalar.anchor != nullptr) anchors_[std::string(chars(e.data.scalar.anchor))] = {i, 1};
        attach(1);
    }

    // Depth is counted here, for block and flow style alike, so that `- - - …`
    // and `[[[…` get the same message at the level over the limit.
    void open(const yaml_event_t& e, YamlTree::Kind kind, bool flow, const yaml_char_t* anchor) {
        const std::uint32_t at = offset(e.start_mark);
        if (open_.size() > static_cast<std::size_t>(kMaxDepth)) {
            throw DocumentProblem{YamlMark{at}, &msg::input::kTooDeep, {std::to_string(kMaxDepth)}};
        }
        open_.push_back(Open{add(kind, at, 0, 0, flow), 0, std::string(chars(anchor))});
    }

    void close() {
        Open done = std::move(open_.back());
        open_.pop_back();
        YamlTree::Entry& e = tree_.entries_[done.index];
        e.a = static_cast<std::uint32_t>(tree_.entries_.size());
        if (!done.anchor.empty()) anchors_[done.anchor] = {done.index, done.expanded + 1};
        attach(done.expanded + 1);
    }

    // An alias names a node already complete (an anchor on a collection counts from
    // its end), so the tree has no cycles. Aliases may bring in kMaxAliasNodes
    // nodes and one per byte of the file: loaders walk every copy.
    void alias(const yaml_event_t& e) {
        const std::uint32_t at = offset(e.start_mark);
        const auto found = anchors_.find(std::string(chars(e.data.alias.anchor)));
        if (found == anchors_.end()) throw YamlSyntaxError{YamlMark{at}, "the referenced anchor is not defined"};
        alias_nodes_ += found->second.expanded;
        const std::uint64_t limit = kMaxAliasNodes + text_.size();
        if (alias_nodes_ > limit) {
            throw DocumentProblem{YamlMark{at}, &msg::input::kAliasTooLarge, {std::to_string(limit)}};
        }
        add(YamlTree::Kind::Alias, at, found->second.index, 0, false);
        attach(found->second.expanded);
    }

    // The node just added (with its subtree) becomes a child of the open
    // collection, or a document's top node.
    void attach(std::uint64_t expanded) {
        const auto last = static_cast<std::uint32_t>(tree_.entries_.size() - 1);
        if (open_.empty()) {
            // The top node of a document: the one just finished is the earliest
            // entry not yet part of an earlier document.
            tree_.documents_.emplace_back(&tree_, document_start_);
            document_start_ = last + 1;
            return;
        }
        ++tree_.entries_[open_.back().index].b;
        open_.back().expanded += expanded;
    }

    struct Anchor {
        std::uint32_t index;
        std::uint64_t expanded;
    };

    const std::string& text_;
    YamlTree& tree_;
    ByteOffsets offsets_;
    std::vector<Open> open_;
    std::unordered_map<std::string, Anchor> anchors_;
    std::uint64_t alias_nodes_ = 0;
    std::uint32_t document_start_ = 0;
};

std::shared_ptr<const YamlTree> YamlTree::parse(const std::string& text) {
    auto tree = std::make_shared<YamlTree>();
    TreeBuilder(text, *tree).run();
    return tree;
}

}  // namespace chiso::input
