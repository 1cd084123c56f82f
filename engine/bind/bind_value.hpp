#pragma once
// One entered value checked against its node's rule and turned into the kernel's
// typed form — the same checks, in the same order of strictness, as the reference
// (engine/eval/leaf_rules.cpp), but silent: false means "the reference would say
// something about this value, or the kernel cannot hold it", and the unit is declined.
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/input/score_sheet.hpp"
#include "engine/plan/compiled_plan.hpp"

namespace chiso {

// The labels of a levels rule, found as the reference finds them: as written,
// else by the normalised key (check refuses two labels of one key).
class LevelIndex {
public:
    explicit LevelIndex(const RuleDef& rule);
    // The interned level number, or -1.
    int find(const std::string& text) const;

private:
    std::unordered_map<std::string, int> exact_, by_key_;
};

struct BoundValue {
    std::int64_t value = 0;
    std::vector<fixed::Fraction> slots;  // the leaf's slots (sized by the caller, reused)
};

struct ValueBinder {
    const NodeDef& node;
    const CompiledLeaf* leaf;   // null for an inner node (a total)
    const LevelIndex* levels;   // for levels rules
    std::int64_t denominator;   // D
    // By declared input (formulas, ratios of inputs) or answer label: its TextId in
    // the sheet's pool, SheetPool::kNoText when the sheet never wrote it — so that a
    // named item's name is matched by id. Null: matched by text.
    const TextId* names;

    // Number of slots the leaf's value needs.
    static std::size_t slots_of(const NodeDef& node, const CompiledLeaf& leaf);
    // The value in full (tests: the reference form of what the sheet holds).
    bool bind(const InputValue& v, BoundValue& out) const;
    // The sheet's compact value, read in place: its exact decimal straight into the
    // leaf's int64 or slot, named items from the pool. The same answer and the same
    // `out` as bind(pool.unpack(v), out), without building the value in full.
    // A level label is matched through `levels` by its text (bind_block memoises it).
    bool bind(const SheetValue& v, const SheetPool& pool, BoundValue& out) const;
    // Whether a value is bound without any arithmetic left that could warn or fail:
    // what a self-assessed value next to the counted one must be.
    bool silent_kind() const;
};

// One leaf's values bound a column at a time (bind_block): what depends only on the
// rule — its kind, the maximum over D, which decimal scales divide D — is worked out
// once per block, and the common values (a short decimal for a points rule, a
// yes/no) are bound without the general path's view of the value. Every other value
// goes to ValueBinder::bind. Both give the same answer and the same `out`
// (tests/unit/kernel/bind_compact_test.cpp). A level label is not matched here:
// bind_block memoises it per interned text.
class ColumnBinder {
public:
    explicit ColumnBinder(const ValueBinder& b);
    bool bind(const SheetValue& v, const SheetPool& pool, BoundValue& out) const;
    const ValueBinder& binder() const { return b_; }

private:
    enum class Form : std::uint8_t { Points, YesNo, Ratio, Inputs, PerEvent, General };
    bool bind_inputs(const SheetValue& v, const SheetPool& pool, BoundValue& out) const;
    ValueBinder b_;
    Form form_ = Form::General;
    std::int64_t max_d_ = 0;                   // Points: the node's maximum over D
    std::array<std::int64_t, 19> d_by_pow10_{};  // D / 10^s, or 0 when 10^s does not divide D
};

}  // namespace chiso
