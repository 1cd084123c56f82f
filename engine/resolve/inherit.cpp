// merge(): one child applied to the effective file of its parent. The order is
// fixed: header statements, new declarations, `replace`, `edit block`, `edit tree`,
// `edit ladder`, then `remove` (so a file may change something and still remove
// what used it). Every change is checked; all problems are reported.
#include "engine/resolve/inherit.hpp"

#include <algorithm>

#include "engine/core/suggest.hpp"
#include "engine/resolve/inherit_internal.hpp"
#include "engine/resolve/inherit_messages.hpp"

namespace chiso {

namespace inherit {

std::string join(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

namespace {

template <typename T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(item.id.text);
    return out;
}

// Index of the item with `id` among the first `limit` items.
template <typename T>
std::optional<std::size_t> index_of(const std::vector<T>& items, const std::string& id,
                                    std::size_t limit = static_cast<std::size_t>(-1)) {
    for (std::size_t i = 0; i < items.size() && i < limit; ++i)
        if (items[i].id.text == id) return i;
    return std::nullopt;
}


class Merger {
public:
    Merger(ast::File parent, const ast::File& child, Diagnostics& diags, Origins& origins)
        : out_(std::move(parent)), child_(child), ctx_{diags, origins} {}

    std::optional<ast::File> run() {
        parent_path_ = out_.source ? out_.source->path() : std::string();
        header();
        declarations();
        replacements();
        block_edits();
        tree_edits();
        ladder_edits();
        removals();
        if (ctx_.failed) return std::nullopt;
        out_.source = child_.source;
        out_.extends.reset();
        return std::move(out_);
    }

private:
    // Header statements written in the child replace the parent's; `basis` adds up.
    void header() {
        const ast::File& c = child_;
        if (c.index_id) {
            out_.index_id = c.index_id;
            out_.index_name = c.index_name;
        }
        if (c.locality_id) {
            out_.locality_id = c.locality_id;
            out_.locality_name = c.locality_name;
        }
        if (c.year) out_.year = c.year;
        if (c.publish) {
            out_.publish = c.publish;
            out_.publish_loc = c.publish_loc;
        }
        if (c.rounding) out_.rounding = c.rounding;
        if (c.ranking) out_.ranking = c.ranking;
        if (c.not_applicable) {
            out_.not_applicable = c.not_applicable;
            out_.not_applicable_loc = c.not_applicable_loc;
        }
        if (c.missing_is_zero) {
            out_.missing_is_zero = c.missing_is_zero;
            out_.missing_loc = c.missing_loc;
        }
        out_.bases.insert(out_.bases.end(), c.bases.begin(), c.bases.end());
    }

    // `remove <kind> <id>` written in the child: then declaring `id` anew is allowed
    // (the parent's is removed, the new one comes after the parent's items).
    bool removed_by_child(ast::Removal::Kind kind, const std::string& id) const {
        return std::any_of(child_.removals.begin(), child_.removals.end(),
                           [&](const ast::Removal& r) { return r.kind == kind && r.id.text == id; });
    }

    // New ids come after the parent's; an id the parent has must be changed, not redeclared.
    // (Two declarations of one id inside the child are resolve's "declared twice".)
    void declarations() {
        using Kind = ast::Removal::Kind;
        declare(out_.blocks, child_.blocks, Kind::Block, msg::inherit::kBlockExists);
        declare(out_.trees, child_.trees, Kind::Tree, msg::inherit::kTreeExists);
        declare(out_.ladders, child_.ladders, Kind::Ladder, msg::inherit::kLadderExists);
        declare(out_.stats, child_.stats, Kind::Stat, msg::inherit::kStatExists);
        // A survey of the child with the parent's id is resolve's "declared twice".
        out_.surveys.insert(out_.surveys.end(), child_.surveys.begin(), child_.surveys.end());
    }

    // The child's blocks, trees, ladders or stats added after the parent's, unless the
    // parent already has the id (and the child did not `remove` it).
    template <typename Item>
    void declare(std::vector<Item>& items, const std::vector<Item>& declared, ast::Removal::Kind kind,
                 const MessageDef& exists) {
        const std::size_t inherited = items.size();
        for (const Item& item : declared) {
            if (removed_by_child(kind, item.id.text)) items.push_back(item);
            else if (auto i = index_of(items, item.id.text, inherited))
                ctx_.fail(item.id.loc, exists, item.id.text, where(items[*i].loc));
            else
                items.push_back(item);
        }
    }

    // `replace ladder|stat <id> …`: the whole item, in the same place.
    void replacements() {
        for (const auto& l : child_.ladder_replacements) {
            auto i = existing(out_.ladders, "ladder", l.id);
            if (!i) continue;
            out_.ladders[*i] = l;
            ctx_.origins.erase_prefix("rung " + l.id.text + " ");
        }
        for (const auto& s : child_.stat_replacements) {
            auto i = existing(out_.stats, "stat", s.id);
            if (i) out_.stats[*i] = s;
        }
    }

    // `edit block <id> ["<name>"] [tree <id>] [exclude <codes>]`: what is written replaces.
    void block_edits() {
        for (const auto& edit : child_.block_edits) {
            auto i = existing(out_.blocks, "block", edit.block.id);
            if (!i) continue;
            ast::Block& block = out_.blocks[*i];
            for (const auto& word : edit.given) {
                if (word == "name") {
                    block.name = edit.block.name;
                    ctx_.origins.note(Origins::block_key(block.id.text), word, edit.loc);
                } else if (word == "tree") {
                    block.tree = edit.block.tree;
                } else if (word == "exclude") {
                    block.exclude = edit.block.exclude;
                }
            }
        }
    }

    void tree_edits() {
        for (const auto& edit : child_.tree_edits)
            if (auto i = existing(out_.trees, "tree", edit.tree)) apply_tree_edit(out_.trees[*i], edit, ctx_);
    }

    void ladder_edits() {
        for (const auto& edit : child_.ladder_edits)
            if (auto i = existing(out_.ladders, "ladder", edit.ladder)) apply_ladder_edit(out_.ladders[*i], edit, ctx_);
    }

    void removals() {
        std::vector<const ast::Removal*> removed_trees;
        for (const auto& r : child_.removals) {
            switch (r.kind) {
                case ast::Removal::Kind::Block:
                    if (auto i = existing(out_.blocks, "block", r.id)) {
                        out_.blocks.erase(out_.blocks.begin() + static_cast<std::ptrdiff_t>(*i));
                        ctx_.origins.erase(Origins::block_key(r.id.text));
                        if (!index_of(out_.blocks, r.id.text)) drop_from_ladders(r.id.text);
                    }
                    break;
                case ast::Removal::Kind::Tree:
                    if (auto i = existing(out_.trees, "tree", r.id)) {
                        out_.trees.erase(out_.trees.begin() + static_cast<std::ptrdiff_t>(*i));
                        ctx_.origins.erase(Origins::tree_key(r.id.text));
                        ctx_.origins.erase_prefix("node " + r.id.text + " ");
                        removed_trees.push_back(&r);
                    }
                    break;
                case ast::Removal::Kind::Ladder:
                    if (auto i = existing(out_.ladders, "ladder", r.id)) {
                        out_.ladders.erase(out_.ladders.begin() + static_cast<std::ptrdiff_t>(*i));
                        ctx_.origins.erase_prefix("rung " + r.id.text + " ");
                    }
                    break;
                case ast::Removal::Kind::Stat:
                    if (auto i = existing(out_.stats, "stat", r.id))
                        out_.stats.erase(out_.stats.begin() + static_cast<std::ptrdiff_t>(*i));
                    break;
            }
        }
        // Checked once everything is removed: `remove block tw` may come after `remove tree tw`.
        // A tree declared anew under the same id serves the blocks instead.
        for (const ast::Removal* r : removed_trees) {
            if (index_of(out_.trees, r->id.text)) continue;
            for (const auto& b : out_.blocks)
                if (b.tree && b.tree->text == r->id.text)
                    ctx_.fail(r->id.loc, msg::inherit::kTreeInUse, r->id.text, b.id.text, where(b.loc));
        }
    }

    // A removed block no longer has a section of its own in the ladders.
    void drop_from_ladders(const std::string& block) {
        for (auto& ladder : out_.ladders) {
            bool dropped_section = false;
            for (std::size_t i = ladder.sections.size(); i-- > 1;) {
                auto& names = ladder.sections[i].blocks;
                names.erase(std::remove_if(names.begin(), names.end(), [&](const ast::Name& n) { return n.text == block; }),
                            names.end());
                if (names.empty()) {
                    ladder.sections.erase(ladder.sections.begin() + static_cast<std::ptrdiff_t>(i));
                    dropped_section = true;
                }
            }
            if (dropped_section) ctx_.origins.erase_prefix("rung " + ladder.id.text + " ");
        }
    }

    // The index of the item a change names, or an error with "did you mean".
    template <typename T>
    std::optional<std::size_t> existing(const std::vector<T>& items, const char* word, const ast::Name& id) {
        auto i = index_of(items, id.text);
        if (!i) {
            ctx_.fail(id.loc, msg::inherit::kUnknownId, word, id.text, parent_path_);
            ctx_.suggest(closest_match(id.text, ids_of(items)));
        }
        return i;
    }

    ast::File out_;
    const ast::File& child_;
    EditContext ctx_;
    std::string parent_path_;
};

}  // namespace
}  // namespace inherit

std::optional<ast::File> merge(ast::File parent_effective, const ast::File& child, Diagnostics& diags,
                               Origins& origins) {
    parent_effective.tree_edits.clear();
    parent_effective.block_edits.clear();
    parent_effective.ladder_edits.clear();
    parent_effective.ladder_replacements.clear();
    parent_effective.stat_replacements.clear();
    parent_effective.removals.clear();
    return inherit::Merger(std::move(parent_effective), child, diags, origins).run();
}

std::optional<ast::File> merge(ast::File parent_effective, const ast::File& child, Diagnostics& diags) {
    Origins origins;
    return merge(std::move(parent_effective), child, diags, origins);
}

}  // namespace chiso
