// `edit tree <id> … { … }`: the tree's own attributes, then the node changes in the
// order written (change, add, remove, move), each checked against the tree as the
// changes before it left it.
#include <algorithm>
#include <string_view>

#include "engine/core/suggest.hpp"
#include "engine/resolve/inherit_internal.hpp"
#include "engine/resolve/inherit_messages.hpp"

namespace chiso::inherit {
namespace {

constexpr std::string_view kRoot = "total";

// Where a node lives: the list holding it and its index there.
struct Place {
    std::vector<ast::Node>* siblings = nullptr;
    std::size_t index = 0;
    ast::Node& node() const { return (*siblings)[index]; }
};

std::optional<Place> find_place(std::vector<ast::Node>& nodes, const std::string& code) {
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].code.text == code) return Place{&nodes, i};
        if (auto inner = find_place(nodes[i].children, code)) return inner;
    }
    return std::nullopt;
}

void collect_codes(const std::vector<ast::Node>& nodes, std::vector<std::string>& out) {
    for (const auto& n : nodes) {
        out.push_back(n.code.text);
        collect_codes(n.children, out);
    }
}

bool contains_code(const ast::Node& node, const std::string& code) {
    if (node.code.text == code) return true;
    return std::any_of(node.children.begin(), node.children.end(),
                       [&](const ast::Node& child) { return contains_code(child, code); });
}

class TreeEditor {
public:
    TreeEditor(ast::Tree& tree, EditContext& ctx) : tree_(tree), ctx_(ctx) {}

    void apply(const ast::TreeEdit& edit) {
        attributes(edit);
        for (const auto& e : edit.edits) {
            switch (e.kind) {
                case ast::NodeEdit::Kind::Set: change(e); break;
                case ast::NodeEdit::Kind::Add: add(e); break;
                case ast::NodeEdit::Kind::Remove: remove(e); break;
                case ast::NodeEdit::Kind::Move: move(e); break;
            }
        }
    }

private:
    void attributes(const ast::TreeEdit& edit) {
        const std::string key = Origins::tree_key(tree_.id.text);
        for (const auto& word : edit.given) {
            if (word == "title" && edit.title) {
                tree_.title = *edit.title;
                ctx_.origins.note(key, word, edit.loc);
            } else if (word == "max") {
                tree_.max = edit.max;  // the number carries the child's position
            } else if (word == "weighted") {
                tree_.weighted = edit.weighted;
                tree_.mean = edit.mean;
                ctx_.origins.note(key, word, edit.loc);
            } else if (word == "unchecked") {
                tree_.unchecked = edit.unchecked;
                ctx_.origins.note(key, word, edit.loc);
            }
        }
    }

    // change <code> <attributes…>: only the attributes written are replaced.
    void change(const ast::NodeEdit& e) {
        auto place = find(e.code);
        if (!place) return;
        ast::Node& node = place->node();
        const ast::Node& w = e.node;
        const std::string key = Origins::node_key(tree_.id.text, node.code.text);
        for (const auto& word : e.given) {
            // Numbers, names and rules carry their own (the child's) position; the
            // others are recorded in Origins.
            if (word == "title") node.title = w.title;
            else if (word == "max") node.max = w.max;
            else if (word == "weight") node.weight = w.weight;
            else if (word == "weighted") {
                node.weighted = w.weighted;
                node.mean = w.mean;
            }
            else if (word == "unchecked") node.unchecked = w.unchecked;
            else if (word == "survey") node.survey = w.survey;
            else if (word == "optional") node.optional = w.optional;
            else if (word == "na") {
                node.na = w.na;
                node.na_loc = w.na_loc;
            } else if (word == "default") node.default_value = w.default_value;
            else if (word == "inputs") node.inputs = w.inputs;
            else if (word == "allow negative") {
                node.allow_negative = w.allow_negative;
                node.allow_negative_loc = w.allow_negative_loc;
            } else if (word == "up to") node.up_to = w.up_to;
            else if (word == "normalise") node.normalise = w.normalise;
            else if (word == "rule") node.rule = w.rule;
            if (word == "title" || word == "weighted" || word == "unchecked" || word == "survey" || word == "optional")
                ctx_.origins.note(key, word, e.loc);
        }
    }

    // add <kind> <code> "<title>" … [{ … }] in <parent|total> [after <code> | first]
    void add(const ast::NodeEdit& e) {
        bool ok = codes_are_new(e.node);
        const std::string parent = e.parent ? e.parent->text : std::string(kRoot);
        std::vector<ast::Node>* siblings = children_of(parent);
        if (!siblings) {
            unknown_parent(*e.parent);
            return;
        }
        auto position = insert_position(*siblings, e, parent, "");
        if (!ok || !position) return;
        siblings->insert(siblings->begin() + static_cast<std::ptrdiff_t>(*position), e.node);
    }

    // remove <code>: with everything below it.
    void remove(const ast::NodeEdit& e) {
        auto place = find(e.code);
        if (!place) return;
        std::vector<std::string> codes{place->node().code.text};
        collect_codes(place->node().children, codes);
        for (const auto& code : codes) ctx_.origins.erase(Origins::node_key(tree_.id.text, code));
        place->siblings->erase(place->siblings->begin() + static_cast<std::ptrdiff_t>(place->index));
    }

    // move <code> to <parent|total> [after <code> | first] [as <new code>]
    void move(const ast::NodeEdit& e) {
        auto place = find(e.code);
        if (!place) return;
        const std::string parent = e.parent ? e.parent->text : std::string(kRoot);
        if (parent != kRoot) {
            if (!find_place(tree_.children, parent)) {
                unknown_parent(*e.parent);
                return;
            }
            if (contains_code(place->node(), parent)) {
                ctx_.fail(e.parent->loc, msg::inherit::kMoveIntoItself, e.code.text, parent);
                return;
            }
        }
        bool ok = true;
        if (e.new_code && e.new_code->text != e.code.text) ok = code_is_new(*e.new_code);
        if (!insert_position(*children_of(parent), e, parent, e.code.text)) ok = false;
        if (!ok) return;

        ast::Node moved = std::move(place->node());
        place->siblings->erase(place->siblings->begin() + static_cast<std::ptrdiff_t>(place->index));
        std::vector<ast::Node>* siblings = children_of(parent);  // found again: the tree changed
        const std::size_t position = *insert_position(*siblings, e, parent, "");
        const std::string old_code = moved.code.text;
        if (e.new_code) moved.code = *e.new_code;
        const std::string new_code = moved.code.text;
        siblings->insert(siblings->begin() + static_cast<std::ptrdiff_t>(position), std::move(moved));
        if (new_code != old_code)
            ctx_.origins.rename(Origins::node_key(tree_.id.text, old_code), Origins::node_key(tree_.id.text, new_code));
        ctx_.origins.note(Origins::node_key(tree_.id.text, new_code), "move", e.loc);
    }

    // Where `after`/`first` put a node among `siblings` (the children of `parent`);
    // `skip` is the code of a node being moved, which cannot be its own anchor.
    std::optional<std::size_t> insert_position(const std::vector<ast::Node>& siblings, const ast::NodeEdit& e,
                                               const std::string& parent, const std::string& skip) {
        if (e.first) return 0;
        if (!e.after) return siblings.size();
        std::vector<std::string> codes;
        for (std::size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].code.text == skip) continue;
            if (siblings[i].code.text == e.after->text) return i + 1;
            codes.push_back(siblings[i].code.text);
        }
        ctx_.fail(e.after->loc, msg::inherit::kAfterNotChild, e.after->text, parent);
        ctx_.suggest(closest_code(e.after->text, codes));
        return std::nullopt;
    }

    std::vector<ast::Node>* children_of(const std::string& parent) {
        if (parent == kRoot) return &tree_.children;
        auto place = find_place(tree_.children, parent);
        return place ? &place->node().children : nullptr;
    }

    std::optional<Place> find(const ast::Name& code) {
        auto place = find_place(tree_.children, code.text);
        if (!place) {
            ctx_.fail(code.loc, msg::inherit::kUnknownCode, tree_.id.text, code.text);
            ctx_.suggest(closest_code(code.text, codes_of(tree_.children)));
        }
        return place;
    }

    void unknown_parent(const ast::Name& parent) {
        ctx_.fail(parent.loc, msg::inherit::kUnknownParent, tree_.id.text, parent.text);
        ctx_.suggest(closest_code(parent.text, codes_of(tree_.children)));
    }

    bool code_is_new(const ast::Name& code) {
        auto existing = find_place(tree_.children, code.text);
        if (!existing) return true;
        ctx_.fail(code.loc, msg::inherit::kCodeExists, tree_.id.text, code.text, where(existing->node().code.loc));
        return false;
    }

    // The added node's code and every code below it.
    bool codes_are_new(const ast::Node& node) {
        bool ok = code_is_new(node.code);
        for (const auto& child : node.children) ok = codes_are_new(child) && ok;
        return ok;
    }

    ast::Tree& tree_;
    EditContext& ctx_;
};

}  // namespace

std::vector<std::string> codes_of(const std::vector<ast::Node>& nodes) {
    std::vector<std::string> out;
    collect_codes(nodes, out);
    return out;
}

void apply_tree_edit(ast::Tree& tree, const ast::TreeEdit& edit, EditContext& ctx) {
    TreeEditor(tree, ctx).apply(edit);
}

}  // namespace chiso::inherit
