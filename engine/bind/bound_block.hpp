#pragma once
// Bind: a score sheet's units of one block, matched against the compiled plan,
// as typed columns the kernel (engine/kernel/) reads without looking at a string.
// Every entered value is validated against its rule here, before any arithmetic.
//
// This first version binds only what it can prove valid and silent: a unit whose
// values would make the reference evaluator say anything — an error (unknown code,
// a value of the wrong kind, a missing value, "không áp dụng" where not allowed…)
// or a warning — is marked `declined`, and the caller routes it to the reference
// evaluator (engine/eval/evaluate_unit.cpp), which reports, with positions: the
// positions stay in the score sheet, the columns hold none.
#include <cstdint>
#include <vector>

#include "engine/plan/code_lookup.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/plan/compiled_plan.hpp"

namespace chiso {

// What a node of one unit holds, before evaluation (low bits of BoundBlock::state).
enum class CellState : std::uint8_t {
    Missing = 0,        // nothing entered: computed from children, a default, or (leaf) declined
    Value = 1,          // a value entered: the rule's input (leaf) or a total (inner node)
    NotApplicable = 2,  // "không áp dụng" entered, and the node is optional
    Excluded = 3,       // excluded for the block
    Covered = 4         // below a node given as a total, not applicable or excluded
};

struct BoundBlock {
    // High bits of a state cell: the masks a report or the kernel may ask for.
    static constexpr std::uint8_t kStateMask = 0x07;
    static constexpr std::uint8_t kSelf = 0x10;       // a self-assessed value was entered
    static constexpr std::uint8_t kAppraised = 0x20;  // an appraised value was entered (and counts)
    static constexpr std::uint8_t kGiven = 0x40;      // a total entered at an inner node

    const BlockDef* block = nullptr;
    const CompiledTree* tree = nullptr;
    std::size_t rows = 0;
    std::vector<std::uint32_t> units;    // row -> index into ScoreSheet::units (sheet order)
    std::vector<std::uint8_t> declined;  // row -> 1: left to the reference evaluator
    // row -> 1: some entry has a self-assessed or appraised value (UnitInput::has_sides),
    // found while binding; set for every row bind accepts (meaningless for the others).
    std::vector<std::uint8_t> assessed;
    std::vector<std::uint8_t> state;     // node-major (node * rows + row): CellState | masks
    // One int64 per node and row (node-major): over D for points and totals, 0/1 for
    // yes/no, the interned level number for levels, the count of a per-event deduction.
    std::vector<std::int64_t> value;
    // Exact inputs of the leaves that need fractions (formula inputs, a ratio, a
    // rate, answer counts, a bonus or deduction amount): slot-major columns.
    std::vector<std::uint32_t> slot_base;  // leaf -> its first slot
    std::size_t slot_count = 0;
    std::vector<fixed::Fraction> slots;    // slot * rows + row; den 0: not entered

    CellState cell(NodeId n, std::size_t row) const {
        return static_cast<CellState>(state[n * rows + row] & kStateMask);
    }
    std::size_t accepted() const;
};

// How bind_block walks the sheet. Columns: a tile of rows at a time, each leaf a
// column over the tile (the fast way, the default). Units: unit by unit, entry by
// entry — the first way, kept as the column path's reference: both give the same
// BoundBlock (tests/unit/kernel/bind_paths_test.cpp).
enum class BindPath : std::uint8_t { Columns, Units };

// Binds the units `units` (indices into sheet.units, all of `block`) for `tree`.
// A declined tree declines every row.
BoundBlock bind_block(const CompiledTree& tree, const BlockDef& block, const ScoreSheet& sheet,
                      const std::vector<std::uint32_t>& units, const CodeLookup& codes,
                      BindPath path = BindPath::Columns);

}  // namespace chiso
