#include <algorithm>
#include <array>
#include <memory>
#include <string>

#include "engine/bind/bind_value.hpp"
#include "engine/bind/bound_block.hpp"

namespace chiso {
namespace {

// What the binder of one block keeps across units: per node the value binder and
// scratch space, reused so that binding a unit allocates nothing.
class BlockBinder {
public:
    BlockBinder(const CompiledTree& tree, const BlockDef& block, const CodeLookup& codes, BoundBlock& out)
        : tree_(*tree.tree), compiled_(tree), codes_(codes), out_(out) {
        const std::size_t n = tree_.nodes.size();
        excluded_.assign(n, 0);
        for (NodeId ex : block.excluded) excluded_[ex] = 1;
        entries_.assign(n, nullptr);
        cover_.assign(n, 0);
        levels_.resize(compiled_.leaves.size());
        level_memo_.resize(compiled_.leaves.size());
        slots_of_.assign(compiled_.leaves.size(), 0);
        out_.slot_base.assign(compiled_.leaves.size(), 0);
        std::size_t slots = 0, widest = 0;
        for (NodeId id = 0; id < n; ++id) {
            const std::uint32_t leaf = compiled_.leaf_of[id];
            if (leaf == CompiledTree::kNoLeaf) continue;
            if (compiled_.leaves[leaf].op == LeafOp::Levels)
                levels_[leaf] = std::make_unique<LevelIndex>(*tree_.nodes[id].rule);
            out_.slot_base[leaf] = static_cast<std::uint32_t>(slots);
            const std::size_t k = ValueBinder::slots_of(tree_.nodes[id], compiled_.leaves[leaf]);
            slots_of_[leaf] = static_cast<std::uint32_t>(k);
            slots += k;
            widest = std::max(widest, k);
        }
        out_.slot_count = slots;
        scratch_.slots.resize(widest);
        self_scratch_.slots.resize(widest);
        static_cells();
        for (NodeId id = 0; id < n; ++id)
            if (leaf_[id]) leaf_nodes_.push_back(id);
        at_.resize(kTile * n);
        route_.resize(kTile);
        unit_of_.resize(kTile);
    }

    // Every row, a tile of kTile rows at a time: first each row's entries are matched
    // to their nodes (gather: the code lookup, the unit's checks that need all its
    // entries), then each leaf is bound as a column over the tile's rows, with what
    // depends on the leaf alone — its binder, level memo, slot layout, cell columns —
    // chosen once per column rather than once per entry. The tile's table of entries
    // (row x node) stays in cache while the leaves are swept; the cell columns are
    // written in runs of consecutive rows. A unit with a total entered at an inner
    // node, or from another sheet's pool, is bound by `bind` after the columns.
    void bind_rows(const ScoreSheet& sheet, const std::vector<std::uint32_t>& units) {
        const std::size_t n = tree_.nodes.size();
        for (std::size_t first = 0; first < out_.rows; first += kTile) {
            const std::size_t count = std::min(kTile, out_.rows - first);
            std::fill_n(at_.begin(), count * n, nullptr);
            const SheetPool& pool = *sheet.units[units[first]].pool;
            use_pool(pool);
            for (std::size_t t = 0; t < count; ++t) {
                unit_of_[t] = &sheet.units[units[first + t]];
                route_[t] = gather(*unit_of_[t], t, pool, first + t);
            }
            for (const NodeId id : leaf_nodes_) bind_column(id, first, count);
            for (std::size_t t = 0; t < count; ++t) {
                const std::size_t row = first + t;
                if (route_[t] == Route::Unit) route_[t] = bind(*unit_of_[t], row) ? Route::Columns : Route::Declined;
                out_.declined[row] = route_[t] == Route::Declined ? 1 : 0;
            }
        }
    }

    // Binds one unit into `row`; false: declined (the row's cells are then meaningless).
    // A unit with no total entered at an inner node — nearly every unit — touches only
    // the nodes it has an entry for: the others keep the block's static cell
    // (static_cells). A total entered covers its subtree: then every node is bound.
    bool bind(const UnitInput& unit, std::size_t row) {
        unit_ = &unit;
        use_pool(*unit.pool);
        out_.assessed[row] = unit.has_sides() ? 1 : 0;
        touched_.clear();
        bool ok = true, inner = false;
        std::size_t required = 0;
        for (const NodeEntry& entry : unit.entries) {
            const NodeId id = find(entry.code);
            if (id == kNoNode) {  // unknown code: reported by the reference
                ok = false;
                break;
            }
            if (!entries_[id]) {
                touched_.push_back(id);
                required += required_[id];
                inner = inner || !leaf_[id];
            }
            entries_[id] = &entry;  // the last of one code counts, as in the reference
        }
        if (ok) ok = inner ? bind_every_node(row) : bind_entered_nodes(row, required);
        for (const NodeId id : touched_) entries_[id] = nullptr;
        return ok;
    }

private:
    // How a row of the tile is bound: by the columns, alone (bind), or declined.
    enum class Route : std::uint8_t { Columns, Unit, Declined };
    // Rows: the tile's entry table (64 x nodes x 8 bytes) and its units' entries (64 x
    // about 4 KB) stay in L2 while the leaves are swept — cachegrind on 2,000 units:
    // D1 read misses 1.24 M at 256 rows, 0.94 M at 64 (2.18 M entry by entry).
    static constexpr std::size_t kTile = 64;
    static constexpr std::size_t kInnerEntries = 8;  // totals or "không áp dụng" at inner nodes, per unit

    // A row's entries matched to their nodes (at_, the last of one code counting, as
    // in the reference), and what needs all of them decided: an unknown code, an
    // entry at or below an excluded node, a required leaf not entered, a value below
    // a total or "không áp dụng" at an inner node — declined. Each of those verdicts
    // holds whatever the rest of the row holds, so the first one found stands. An
    // inner node's own entry is bound here and covers its subtree (cover_subtree);
    // more of them than kInnerEntries, or a tree not in pre-order: bound alone.
    Route gather(const UnitInput& unit, std::size_t t, const SheetPool& pool, std::size_t row) {
        if (unit.pool.get() != &pool) return Route::Unit;
        const NodeEntry** at = at_.data() + t * tree_.nodes.size();
        const NodeId* node_of = node_of_code_.data();
        const std::uint8_t* leaf = leaf_.data();
        const std::uint8_t* static_state = static_state_.data();
        const std::uint8_t* required_of = required_.data();
        std::size_t required = 0, inner = 0;
        std::array<NodeId, kInnerEntries> inners{};
        std::uint8_t sides = 0;
        for (const NodeEntry *e = unit.entries.data(), *end = e + unit.entries.size(); e != end; ++e) {
            const NodeId id = node_of[e->code];
            if (id == kNoNode) return Route::Declined;  // unknown code: reported by the reference
            if (!at[id]) {
                if (!leaf[id]) {
                    if (inner == inners.size() || subtree_end_.empty()) return Route::Unit;
                    inners[inner++] = id;
                }
                if (static_state[id] != static_cast<std::uint8_t>(CellState::Missing)) return Route::Declined;
                required += required_of[id];
            }
            at[id] = e;
            sides |= e->value.spare;  // NodeEntry's side bits, has_self() | has_appraised() at once
        }
        out_.assessed[row] = (sides & (NodeEntry::kHasSelf | NodeEntry::kHasAppraised)) != 0 ? 1 : 0;
        for (std::size_t i = 0; i < inner; ++i) {
            if (!cover_subtree(unit, inners[i], at, row)) return Route::Declined;
            required += required_in_[inners[i]];  // covered: not asked for
        }
        return required == required_count_ ? Route::Columns : Route::Declined;
    }

    // A total or "không áp dụng" entered at inner node `id`: its own cell bound as a
    // unit bound alone binds it, every node below it Covered. A value entered below
    // it (another total too) is reported by the reference: false.
    bool cover_subtree(const UnitInput& unit, NodeId id, const NodeEntry* const* at, std::size_t row) {
        for (NodeId below = id + 1; below < subtree_end_[id]; ++below)
            if (at[below]) return false;
        unit_ = &unit;
        if (!bind_present(id, *at[id], row)) return false;
        for (NodeId below = id + 1; below < subtree_end_[id]; ++below)
            state(below, row) = static_cast<std::uint8_t>(CellState::Covered);
        return true;
    }

    // One leaf over the tile's rows bound by the columns. A plain value — no sides,
    // not "không áp dụng" — goes straight to the leaf's ColumnBinder; the rest to
    // bind_present, as a unit bound alone would.
    void bind_column(NodeId id, std::size_t first, std::size_t count) {
        const std::size_t n = tree_.nodes.size();
        const std::uint32_t leaf = compiled_.leaf_of[id];
        const ColumnBinder& column = columns_[id];
        const bool levels = leaf != CompiledTree::kNoLeaf && levels_[leaf];
        const std::size_t slot_count = leaf != CompiledTree::kNoLeaf ? slots_of_[leaf] : 0;
        std::uint8_t* state = out_.state.data() + id * out_.rows + first;
        std::int64_t* value = out_.value.data() + id * out_.rows + first;
        fixed::Fraction* slots =
            slot_count ? out_.slots.data() + out_.slot_base[leaf] * out_.rows + first : nullptr;
        constexpr std::uint8_t kSides = NodeEntry::kHasSelf | NodeEntry::kHasAppraised;
        constexpr auto kNotApplicable = static_cast<std::uint8_t>(InputValue::Kind::NotApplicable);
        for (std::size_t t = 0; t < count; ++t) {
            const NodeEntry* at = at_[t * n + id];
            if (!at || route_[t] != Route::Columns) continue;
            const NodeEntry& entry = *at;
            const SheetValue& v = entry.value;
            if ((v.spare & kSides) != 0 || !v.present() || v.kind == kNotApplicable) {
                unit_ = unit_of_[t];
                if (!bind_present(id, entry, first + t)) route_[t] = Route::Declined;
                continue;
            }
            bool ok = false;
            if (levels && (v.is(InputValue::Kind::Text) || v.is(InputValue::Kind::Boolean))) {
                scratch_.value = level_of(leaf, v.text);
                ok = scratch_.value >= 0;
            } else {
                scratch_.value = 0;  // a rule with slots leaves it: 0, not the last value bound
                ok = column.bind(v, *pool_, scratch_);
            }
            if (!ok) {
                route_[t] = Route::Declined;
                continue;
            }
            state[t] = static_cast<std::uint8_t>(CellState::Value);
            value[t] = scratch_.value;
            for (std::size_t i = 0; i < slot_count; ++i) slots[i * out_.rows + t] = scratch_.slots[i];
        }
    }

    // Per node, its cell in a unit without totals at inner nodes and without an entry
    // for it: covered (below an excluded node), excluded, or missing — written into
    // every row once; and which missing leaves the reference reports (no default, no
    // `missing = 0`, not an adjustment).
    void static_cells() {
        const std::size_t n = tree_.nodes.size();
        static_state_.assign(n, static_cast<std::uint8_t>(CellState::Missing));
        required_.assign(n, 0);
        leaf_.assign(n, 0);
        required_count_ = 0;
        for (NodeId id = 0; id < n; ++id) {  // pre-order: a parent before its children
            const NodeId parent = tree_.nodes[id].parent;
            cover_[id] = parent != kNoNode && (cover_[parent] || excluded_[parent]);
            leaf_[id] = tree_.nodes[id].is_leaf() ? 1 : 0;
            if (cover_[id]) static_state_[id] = static_cast<std::uint8_t>(CellState::Covered);
            else if (excluded_[id]) static_state_[id] = static_cast<std::uint8_t>(CellState::Excluded);
            else if (!missing_allowed(id)) required_[id] = 1, ++required_count_;
            std::fill_n(out_.state.begin() + static_cast<std::ptrdiff_t>(id * out_.rows), out_.rows, static_state_[id]);
        }
        subtrees();
    }

    // Per node, its subtree as the id range [id, subtree_end_[id]) and the required
    // leaves in it — for a total or "không áp dụng" at an inner node, which covers
    // its subtree. Kept only when the ids are a depth-first pre-order (every range
    // holds exactly the node's descendants); otherwise such units are bound alone.
    void subtrees() {
        const std::size_t n = tree_.nodes.size();
        subtree_end_.assign(n, 0);
        required_in_.assign(n, 0);
        std::vector<std::uint32_t> size(n, 1);
        for (std::size_t i = n; i-- > 0;) {
            const auto id = static_cast<NodeId>(i);
            required_in_[id] += required_[id];
            const NodeId parent = tree_.nodes[id].parent;
            if (parent == kNoNode) continue;
            size[parent] += size[id];
            required_in_[parent] += required_in_[id];
        }
        for (NodeId id = 0; id < n; ++id) {
            subtree_end_[id] = id + size[id];
            const NodeId parent = tree_.nodes[id].parent;
            if (parent != kNoNode && (id <= parent || subtree_end_[id] > subtree_end_[parent])) {
                subtree_end_.clear();  // not a depth-first pre-order
                return;
            }
        }
    }

    bool missing_allowed(NodeId id) const {
        const CompiledNode& c = compiled_.nodes[id];
        return !tree_.nodes[id].is_leaf() || c.adjustment || c.has_default;
    }

    // Every node, in pre-order (a total entered somewhere covers its subtree).
    bool bind_every_node(std::size_t row) {
        for (NodeId id = 0; id < tree_.nodes.size(); ++id)
            if (!bind_node(id, row)) return false;
        return true;
    }

    // Only the nodes entered; the others keep their static cell. A required leaf
    // not entered, or an entry at or below an excluded node, is reported.
    bool bind_entered_nodes(std::size_t row, std::size_t required) {
        if (required != required_count_) return false;
        for (const NodeId id : touched_) {
            if (static_state_[id] != static_cast<std::uint8_t>(CellState::Missing)) return false;
            if (!bind_present(id, *entries_[id], row)) return false;
        }
        return true;
    }

    // Codes are interned per sheet (SheetPool): each code id is looked up in the tree
    // once per block, then every entry is a table read. The table is the pool's: a
    // unit from another pool (inline test cases are one list, one pool) starts it anew.
    // Every code of the pool is resolved when the pool is first used (a sheet has a
    // few hundred), so that matching an entry is a table read with no call beside it.
    void use_pool(const SheetPool& pool) {
        if (&pool != pool_) {
            pool_ = &pool;
            node_of_code_.clear();
            intern_names(pool);
            for (auto& seen : level_memo_) seen.clear();  // keyed by the pool's TextIds
            columns_.clear();
            for (NodeId id = 0; id < tree_.nodes.size(); ++id) columns_.emplace_back(binder(id));
        }
        for (std::size_t code = node_of_code_.size(); code < pool.code_count(); ++code)
            node_of_code_.push_back(codes_.find(pool.code(static_cast<CodeId>(code))));
    }
    // By leaf, the pool's ids of its declared inputs or answer labels (ValueBinder::names).
    void intern_names(const SheetPool& pool) {
        names_.assign(compiled_.leaves.size(), {});
        for (NodeId id = 0; id < tree_.nodes.size(); ++id) {
            const std::uint32_t leaf = compiled_.leaf_of[id];
            if (leaf == CompiledTree::kNoLeaf || !tree_.nodes[id].rule) continue;
            std::vector<TextId>& names = names_[leaf];
            if (const rule::Answers* kind = tree_.nodes[id].rule->as<rule::Answers>())
                for (const RuleDef::Answer& a : kind->answers) names.push_back(pool.find_text(a.label));
            else
                for (const std::string& input : tree_.nodes[id].inputs) names.push_back(pool.find_text(input));
        }
    }

    NodeId find(CodeId code) const { return node_of_code_[code]; }

    // One value bound by the node's binder (bind_value.cpp), read in place from the
    // sheet's compact form. A level label is matched once per interned text and
    // leaf: LevelIndex::find's answer depends on the text alone.
    bool bind_value(NodeId id, const SheetValue& v, BoundValue& out) {
        const std::uint32_t leaf = compiled_.leaf_of[id];
        const bool label = v.is(InputValue::Kind::Text) || v.is(InputValue::Kind::Boolean);
        if (leaf != CompiledTree::kNoLeaf && levels_[leaf] && label) {
            out.value = level_of(leaf, v.text);
            return out.value >= 0;
        }
        out.value = 0;  // a rule with slots leaves it: 0, not the last value bound
        return columns_[id].bind(v, *pool_, out);
    }

    int level_of(std::uint32_t leaf, TextId text) {
        std::vector<std::pair<TextId, int>>& seen = level_memo_[leaf];
        for (const auto& [t, level] : seen)
            if (t == text) return level;
        const int level = levels_[leaf]->find(pool_->text(text));
        if (seen.size() < kLevelMemo) seen.emplace_back(text, level);
        return level;
    }
    static constexpr std::size_t kLevelMemo = 16;  // labels seen per leaf, searched in order

    ValueBinder binder(NodeId id) const {
        const std::uint32_t leaf = compiled_.leaf_of[id];
        if (leaf == CompiledTree::kNoLeaf)
            return ValueBinder{tree_.nodes[id], nullptr, nullptr, compiled_.denominator, nullptr};
        return ValueBinder{tree_.nodes[id], &compiled_.leaves[leaf], levels_[leaf].get(), compiled_.denominator,
                           names_[leaf].data()};
    }

    std::uint8_t& state(NodeId id, std::size_t row) { return out_.state[id * out_.rows + row]; }

    // Pre-order: a node's parent is bound before it, so its cover is known.
    bool bind_node(NodeId id, std::size_t row) {
        const NodeDef& node = tree_.nodes[id];
        const NodeEntry* entry = entries_[id];
        const NodeId parent = node.parent;
        cover_[id] = parent != kNoNode && (cover_[parent] || excluded_[parent] || entries_[parent]);
        if (cover_[id]) {
            state(id, row) = static_cast<std::uint8_t>(CellState::Covered);
            return entry == nullptr;  // a value below a total or an excluded node: reported
        }
        if (excluded_[id]) {
            state(id, row) = static_cast<std::uint8_t>(CellState::Excluded);
            return entry == nullptr;
        }
        if (!entry) return bind_missing(id, row);
        return bind_present(id, *entry, row);
    }

    // A node with an entry, not covered nor excluded: "không áp dụng" or a value.
    bool bind_present(NodeId id, const NodeEntry& entry, std::size_t row) {
        if (unit_->is_not_applicable(entry)) {
            state(id, row) = static_cast<std::uint8_t>(CellState::NotApplicable);
            return tree_.nodes[id].optional;
        }
        return bind_entered(id, entry, row);
    }

    bool bind_missing(NodeId id, std::size_t row) {
        state(id, row) = static_cast<std::uint8_t>(CellState::Missing);
        return missing_allowed(id);  // a missing leaf without default or `missing = 0`: reported
    }

    bool bind_entered(NodeId id, const NodeEntry& entry, std::size_t row) {
        const NodeDef& node = tree_.nodes[id];
        const SheetValue* self = unit_->self_of(entry);
        if (node.survey && self) return false;
        const ValueBinder& b = columns_[id].binder();
        const SheetValue* appraised = unit_->appraised_of(entry);
        const SheetValue* main = appraised ? appraised : entry.has_value() ? &entry.value : nullptr;
        // The self-assessment is scored too (for the annex); next to a counted value it
        // must be one whose scoring cannot fail or warn, or the unit is declined.
        if (self && main && (!b.silent_kind() || !bind_value(id, *self, self_scratch_))) return false;
        if (!bind_value(id, main ? *main : *self, scratch_)) return false;
        std::uint8_t s = static_cast<std::uint8_t>(CellState::Value);
        if (self) s |= BoundBlock::kSelf;
        if (appraised) s |= BoundBlock::kAppraised;
        if (!node.is_leaf()) s |= BoundBlock::kGiven;
        state(id, row) = s;
        out_.value[id * out_.rows + row] = scratch_.value;
        const std::uint32_t leaf = compiled_.leaf_of[id];
        if (leaf != CompiledTree::kNoLeaf) {
            fixed::Fraction* slots = out_.slots.data() + out_.slot_base[leaf] * out_.rows + row;
            for (std::size_t i = 0; i < slots_of_[leaf]; ++i) slots[i * out_.rows] = scratch_.slots[i];
        }
        return true;
    }

    const TreeDef& tree_;
    const CompiledTree& compiled_;
    const CodeLookup& codes_;
    BoundBlock& out_;
    std::vector<std::uint8_t> excluded_, cover_;
    std::vector<std::uint8_t> static_state_, required_, leaf_;  // by node: static_cells()
    std::vector<NodeId> subtree_end_;         // by node: subtrees(); empty: not a pre-order
    std::vector<std::uint32_t> required_in_;  // by node: required leaves in its subtree
    std::size_t required_count_ = 0;
    std::vector<NodeId> touched_;  // the nodes the unit has an entry for (entries_ set)
    std::vector<const NodeEntry*> entries_;
    const UnitInput* unit_ = nullptr;    // the unit being bound
    const SheetPool* pool_ = nullptr;    // its sheet's tables
    std::vector<NodeId> node_of_code_;   // by CodeId of pool_: the node, or kNoNode
    std::vector<std::unique_ptr<LevelIndex>> levels_;  // by leaf
    std::vector<std::vector<std::pair<TextId, int>>> level_memo_;  // by leaf: text -> level
    std::vector<std::uint32_t> slots_of_;              // by leaf: ValueBinder::slots_of
    std::vector<std::vector<TextId>> names_;           // by leaf, for pool_: intern_names
    std::vector<ColumnBinder> columns_;                // by node, for pool_ (its names_)
    BoundValue scratch_, self_scratch_;
    std::vector<NodeId> leaf_nodes_;                   // the tree's leaves, in pre-order
    std::vector<const NodeEntry*> at_;                 // the tile's rows x nodes: the entry, or null
    std::vector<Route> route_;                         // by row of the tile
    std::vector<const UnitInput*> unit_of_;            // by row of the tile
};

}  // namespace

std::size_t BoundBlock::accepted() const {
    return static_cast<std::size_t>(std::count(declined.begin(), declined.end(), std::uint8_t{0}));
}

BoundBlock bind_block(const CompiledTree& tree, const BlockDef& block, const ScoreSheet& sheet,
                      const std::vector<std::uint32_t>& units, const CodeLookup& codes, BindPath path) {
    BoundBlock out;
    out.block = &block;
    out.tree = &tree;
    out.rows = units.size();
    out.units = units;
    out.declined.assign(out.rows, 1);
    out.assessed.assign(out.rows, 0);
    if (tree.declined) return out;
    const std::size_t nodes = tree.nodes.size();
    out.state.assign(nodes * out.rows, 0);
    out.value.assign(nodes * out.rows, 0);
    BlockBinder binder(tree, block, codes, out);
    out.slots.assign(out.slot_count * out.rows, fixed::Fraction{0, 0});
    if (path == BindPath::Columns) {
        binder.bind_rows(sheet, units);
    } else {
        for (std::size_t row = 0; row < out.rows; ++row)
            out.declined[row] = binder.bind(sheet.units[units[row]], row) ? 0 : 1;
    }
    return out;
}

}  // namespace chiso
