// Bind reads the score sheet's compact values in place (ValueBinder::bind of a
// SheetValue); the value in full (an InputValue, as the sheet unpacks it) is the
// reference form. On every bundled example, mutated examples and the generated
// national input, each value entered — plain, self-assessed, appraised — is bound
// against every node of every tree both ways: the same answer and, when accepted,
// the same bound value and slots; and the same by the column binder (ColumnBinder).
#include <gtest/gtest.h>

#include <memory>

#include "engine/bind/bind_value.hpp"
#include "kernel_fixture.hpp"
#include "score_mutator.hpp"

namespace chiso::testing {
namespace {

struct Counts {
    std::size_t values = 0, accepted = 0;
};

// One tree's binders, as bind_block builds them.
struct TreeBinders {
    const CompiledTree& tree;
    std::vector<std::unique_ptr<LevelIndex>> levels;  // by leaf
    explicit TreeBinders(const CompiledTree& t) : tree(t), levels(t.leaves.size()) {
        for (NodeId id = 0; id < t.tree->nodes.size(); ++id)
            if (t.leaf_of[id] != CompiledTree::kNoLeaf && t.leaves[t.leaf_of[id]].op == LeafOp::Levels)
                levels[t.leaf_of[id]] = std::make_unique<LevelIndex>(*t.tree->nodes[id].rule);
    }
    ValueBinder binder(NodeId id) const {
        const NodeDef& node = tree.tree->nodes[id];
        const std::uint32_t leaf = tree.leaf_of[id];
        if (leaf == CompiledTree::kNoLeaf) return ValueBinder{node, nullptr, nullptr, tree.denominator, nullptr};
        return ValueBinder{node, &tree.leaves[leaf], levels[leaf].get(), tree.denominator, nullptr};
    }
    std::size_t slots(NodeId id) const {
        const std::uint32_t leaf = tree.leaf_of[id];
        return leaf == CompiledTree::kNoLeaf ? 0 : ValueBinder::slots_of(tree.tree->nodes[id], tree.leaves[leaf]);
    }
};

// By node, the pool's ids of its declared inputs or answer labels, as bind_block
// gives ValueBinder::names.
std::vector<std::vector<TextId>> names_in(const CompiledTree& tree, const SheetPool& pool) {
    std::vector<std::vector<TextId>> out(tree.tree->nodes.size());
    for (NodeId id = 0; id < tree.tree->nodes.size(); ++id) {
        const NodeDef& node = tree.tree->nodes[id];
        if (!node.rule) continue;
        if (const rule::Answers* kind = node.rule->as<rule::Answers>())
            for (const RuleDef::Answer& a : kind->answers) out[id].push_back(pool.find_text(a.label));
        else
            for (const std::string& input : node.inputs) out[id].push_back(pool.find_text(input));
    }
    return out;
}

void compare_value(const TreeBinders& t, const SheetPool& pool, const SheetValue& v, const std::string& where,
                   Counts& counts) {
    if (!v.present()) return;
    const InputValue full = pool.unpack(v);
    const auto names = names_in(t.tree, pool);
    for (NodeId id = 0; id < t.tree.tree->nodes.size(); ++id) {
        const ValueBinder b = t.binder(id);
        ValueBinder by_id = b;
        by_id.names = names[id].data();
        const std::size_t k = t.slots(id);
        BoundValue a, c;
        a.slots.assign(k, fixed::Fraction{7, 3});
        c.slots.assign(k, fixed::Fraction{7, 3});
        const bool by_full = b.bind(full, a);
        const bool by_sheet = by_id.bind(v, pool, c);
        BoundValue d;
        d.slots.assign(k, fixed::Fraction{7, 3});
        EXPECT_EQ(b.bind(v, pool, d), by_sheet) << where << " (names by text)";
        // The column binder (bind_block's per-leaf form, its fast cases): the same too.
        BoundValue e;
        e.slots.assign(k, fixed::Fraction{7, 3});
        const bool by_column = ColumnBinder(by_id).bind(v, pool, e);
        EXPECT_EQ(by_column, by_sheet) << where << " (column) node " << t.tree.tree->nodes[id].code;
        if (by_column && by_sheet) {
            EXPECT_EQ(e.value, c.value) << where << " (column) node " << t.tree.tree->nodes[id].code;
            for (std::size_t i = 0; i < k; ++i)
                EXPECT_TRUE(e.slots[i].num == c.slots[i].num && e.slots[i].den == c.slots[i].den) << where << " (column)";
        }
        ++counts.values;
        ASSERT_EQ(by_full, by_sheet) << where << " node " << t.tree.tree->nodes[id].code << " text '" << full.text << "'";
        if (!by_full) continue;
        ++counts.accepted;
        EXPECT_EQ(a.value, c.value) << where << " node " << t.tree.tree->nodes[id].code;
        for (std::size_t i = 0; i < k; ++i) {
            EXPECT_EQ(a.slots[i].num, c.slots[i].num) << where << " slot " << i;
            EXPECT_EQ(a.slots[i].den, c.slots[i].den) << where << " slot " << i;
        }
    }
}

void compare_sheet(const CompiledPlan& compiled, const ScoreSheet& sheet, const std::string& where, Counts& counts,
                   std::size_t max_units = 200) {
    for (const CompiledTree& tree : compiled.trees) {
        if (!tree.tree) continue;
        const TreeBinders t(tree);
        for (std::size_t u = 0; u < sheet.units.size() && u < max_units; ++u) {
            const UnitInput& unit = sheet.units[u];
            for (const NodeEntry& e : unit.entries) {
                compare_value(t, *unit.pool, e.value, where, counts);
                if (const SheetValue* s = unit.self_of(e)) compare_value(t, *unit.pool, *s, where + " (self)", counts);
                if (const SheetValue* a = unit.appraised_of(e))
                    compare_value(t, *unit.pool, *a, where + " (appraised)", counts);
            }
        }
    }
}

TEST(BindCompact, EveryBundledExampleAndMutated) {
    SourceSet sources;
    std::vector<std::unique_ptr<CompiledCriteria>> criteria;
    for (const auto& path : files_under({"criteria", "examples", "tests"}, ".chiso")) {
        Diagnostics diags;
        auto c = load_criteria(sources, path, diags);
        if (c && !diags.has_errors()) criteria.push_back(std::make_unique<CompiledCriteria>(std::move(*c)));
    }
    std::vector<std::pair<std::string, ScoreSheet>> sheets;
    for (const auto& path : files_under({"examples", "tests"}, ".yaml")) {
        Diagnostics diags;
        auto s = load_scores(sources, path, diags);
        if (s && !s->units.empty()) sheets.emplace_back(path, std::move(*s));
    }
    Counts counts;
    std::uint64_t seed = 11;
    std::size_t pairs = 0;
    for (const auto& c : criteria) {
        const CompiledPlan compiled = compile_kernel_plan(c->plan);
        for (const auto& [path, sheet] : sheets) {
            if (sheet.index != c->definition->index_id) continue;
            ++pairs;
            compare_sheet(compiled, sheet, path, counts);
            ScoreSheet mutated = sheet;
            ByteSource bytes(seed++);
            ScoreMutator(*c->definition, bytes).mutate(mutated, 1 + static_cast<int>(mutated.units.size()));
            compare_sheet(compiled, mutated, path + " mutated", counts);
        }
    }
    EXPECT_GT(pairs, 50u);
    EXPECT_GT(counts.accepted, 1000u);
    EXPECT_LT(counts.accepted, counts.values);  // declines were compared too
}

TEST(BindCompact, NationalInput) {
    auto c = national_case(40, 4, 5);
    ASSERT_TRUE(c->ok());
    Counts counts;
    compare_sheet(c->compiled, *c->sheet, "national", counts);
    EXPECT_GT(counts.accepted, 1000u);
}

}  // namespace
}  // namespace chiso::testing
