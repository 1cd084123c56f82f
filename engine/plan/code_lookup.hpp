#pragma once
// What a score file names, found as eval finds it (and the diff and replay with
// it): blocks and the codes of one tree, exactly or equal after normalisation
// (engine/core/normalise.hpp: `So` for `so`, `A.1` for `a.1`), and the "did you
// mean" index for the rest. The index is built on the first code not found as
// written, once per tree and run, and shared by the threads that evaluate units:
// 1,000 unknown codes of a tree of 100,000 nodes cost one index, not 1,000 scans.
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "engine/core/suggest.hpp"
#include "engine/plan/plan.hpp"

namespace chiso {

class CodeLookup {
public:
    // `plan`, when given, is the hashed fast path for codes written exactly.
    explicit CodeLookup(const TreeDef& tree, const TreePlan* plan = nullptr) : tree_(tree), plan_(plan) {}

    // The node of `code`, kNoNode when none.
    NodeId find(std::string_view code) const;

    // The code closest to an unknown one ("" when none is close).
    std::string suggest(std::string_view code) const;

private:
    struct Index {
        std::unordered_map<std::string, NodeId> by_key;  // keys shared by two codes are left out
        Suggester suggester;
    };
    const Index& index() const;

    const TreeDef& tree_;
    const TreePlan* plan_;
    mutable std::once_flag built_;
    mutable std::optional<Index> index_;
};

// The block a unit names, exactly or after normalisation; null when none.
const BlockDef* find_unit_block(const Definition& def, const std::string& written);

}  // namespace chiso
