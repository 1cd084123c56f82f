// Bind's two walks of the sheet give the same BoundBlock: the column path (a tile
// of rows at a time, each leaf a column; the one evaluation uses) and the unit path
// (unit by unit, entry by entry; its reference, BindPath::Units). The same rows
// declined, and for every accepted row the same state, value and slots at every
// node, and the same `assessed` — on every bundled example, mutated examples, the
// generated national input (more rows than a tile) and mutated national inputs.
#include <gtest/gtest.h>

#include <string>

#include "engine/bind/bound_block.hpp"
#include "kernel_fixture.hpp"
#include "score_mutator.hpp"

namespace chiso::testing {
namespace {

// "" when equal, else where the first difference is.
std::string difference(const BoundBlock& columns, const BoundBlock& units) {
    if (columns.rows != units.rows || columns.declined != units.declined) return "declined rows differ";
    const std::size_t nodes = columns.tree->nodes.size();
    for (std::size_t row = 0; row < columns.rows; ++row) {
        if (columns.declined[row]) continue;
        if (columns.assessed[row] != units.assessed[row]) return "assessed differs at row " + std::to_string(row);
        for (std::size_t n = 0; n < nodes; ++n) {
            const std::size_t at = n * columns.rows + row;
            if (columns.state[at] != units.state[at]) return "state differs at node " + std::to_string(n);
            if (columns.value[at] != units.value[at])
                return "value differs at node " + std::to_string(n) + " row " + std::to_string(row) + ": " +
                       std::to_string(columns.value[at]) + " against " + std::to_string(units.value[at]) + " state " +
                       std::to_string(units.state[at]);
        }
        for (std::size_t s = 0; s < columns.slot_count; ++s) {
            const fixed::Fraction a = columns.slots[s * columns.rows + row], b = units.slots[s * units.rows + row];
            if (a.num != b.num || a.den != b.den) return "slot " + std::to_string(s) + " differs at row " + std::to_string(row);
        }
    }
    return "";
}

// Both paths over every block of the sheet; the number of rows compared.
std::size_t compare_paths(const CompiledCriteria& c, const CompiledPlan& compiled, const ScoreSheet& sheet,
                          const std::string& where) {
    std::size_t rows = 0;
    for (const BlockDef& block : c.definition->blocks) {
        const TreePlan& plan = c.plan.trees[block.tree];
        const CodeLookup codes(*plan.tree, &plan);
        std::vector<std::uint32_t> units;
        for (std::uint32_t i = 0; i < sheet.units.size(); ++i)
            if (find_unit_block(*c.definition, sheet.units[i].block) == &block) units.push_back(i);
        const CompiledTree& tree = compiled.trees[block.tree];
        const BoundBlock a = bind_block(tree, block, sheet, units, codes, BindPath::Columns);
        const BoundBlock b = bind_block(tree, block, sheet, units, codes, BindPath::Units);
        EXPECT_EQ(difference(a, b), "") << where << " block " << block.id;
        rows += units.size();
    }
    return rows;
}

TEST(BindPaths, EveryBundledExampleAndMutated) {
    SourceSet sources;
    const std::vector<CompiledCriteria> criteria = bundled_criteria(sources);
    std::size_t pairs = 0, rows = 0;
    std::uint64_t seed = 1;
    for (const auto& path : files_under({"examples", "tests"}, ".yaml")) {
        Diagnostics diags;
        const auto sheet = load_scores(sources, path, diags);
        if (!sheet || sheet->units.empty()) continue;
        for (const CompiledCriteria& c : criteria) {
            if (sheet->index != c.definition->index_id) continue;
            const CompiledPlan compiled = compile_kernel_plan(c.plan);
            rows += compare_paths(c, compiled, *sheet, path);
            ++pairs;
            for (int round = 0; round < 3; ++round) {
                ScoreSheet mutated = *sheet;
                ByteSource bytes(seed++);
                ScoreMutator(*c.definition, bytes).mutate(mutated, 1 + static_cast<int>(mutated.units.size()) / 2);
                compare_paths(c, compiled, mutated, path + " seed " + std::to_string(seed - 1));
            }
        }
    }
    EXPECT_GT(pairs, 50u);
    EXPECT_GT(rows, 200u);
}

// Totals and "không áp dụng" at inner nodes: a few per unit are bound in the column
// path (the node's cell, its subtree covered), more than it keeps room for by the
// unit path inside it; a value below a total is declined either way.
TEST(BindPaths, EntriesAtInnerNodes) {
    std::string tree = "block b \"B\" tree t\ntree t \"T\" max 12 {\n";
    std::string all_totals, two_totals;
    for (int i = 1; i <= 12; ++i) {
        const std::string code = std::to_string(i);
        tree += "  criterion " + code + " \"C\" max 1 optional {\n    item " + code + ".1 \"I\" max 1 yesno\n  }\n";
        all_totals += "\"" + code + "\": 0.5, ";
        two_totals += i <= 2 ? "\"" + code + "\": " + (i == 1 ? "0.5" : "không áp dụng") + ", " : "\"" + code + ".1\": có, ";
    }
    tree += "}\n";
    const auto unit = [](const std::string& id, const std::string& scores) {
        return "  - id: " + id + "\n    name: " + id + "\n    block: b\n    scores: {" + scores + "}\n";
    };
    auto c = kernel_case(tree, unit("all", all_totals) + unit("two", two_totals) +
                                   unit("below", two_totals + "\"1.1\": có") + unit("leaves", "\"1.1\": có"));
    ASSERT_TRUE(c->ok()) << render_all(c->diags, RenderOptions{Lang::En, true});
    compare_paths(*c->criteria, c->compiled, *c->sheet, "inner");
    const CodeLookup codes(*c->criteria->plan.trees[0].tree, &c->criteria->plan.trees[0]);
    const BoundBlock b = bind_block(c->compiled.trees[0], c->def().blocks[0], *c->sheet, {0, 1, 2, 3}, codes);
    EXPECT_EQ(b.declined, (std::vector<std::uint8_t>{0, 0, 1, 1}));  // 2.1 … 12.1 missing in "leaves"
    EXPECT_EQ(b.cell(c->def().trees[0].find("1.1"), 1), CellState::Covered);
    EXPECT_EQ(b.cell(c->def().trees[0].find("2"), 1), CellState::NotApplicable);
}

TEST(BindPaths, GeneratedNationalInputAndMutated) {
    auto c = national_case(1200, 2, 5);  // 600 units a block: many tiles of 64, the last one partial
    ASSERT_TRUE(c->ok());
    EXPECT_EQ(compare_paths(*c->criteria, c->compiled, *c->sheet, "national"), 1200u);
    for (std::uint64_t seed = 200; seed < 220; ++seed) {
        ScoreSheet mutated = *c->sheet;
        ByteSource bytes(seed);
        ScoreMutator(c->def(), bytes).mutate(mutated, 300);
        compare_paths(*c->criteria, c->compiled, mutated, "national seed " + std::to_string(seed));
    }
}

}  // namespace
}  // namespace chiso::testing
