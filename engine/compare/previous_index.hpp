#pragma once
// Last year's units indexed once by normalised id (engine/core/normalise.hpp), the
// build side of the hash join in compare_years: every unit of this year and every
// declared predecessor (renamed, merged, split) is then one lookup, so comparing
// two national years is linear in units, not quadratic.
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/compare/previous_year.hpp"

namespace chiso {

class PreviousIndex {
public:
    // `previous` must outlive the index and keep its units where they are.
    explicit PreviousIndex(const PreviousYear& previous);

    // The position in previous.units of the unit `id` names, by normalised id:
    // `So-Noi-Vu` last year is this year's `so-noi-vu`. Loaded results never hold
    // two ids of one key (results.duplicate-unit); should a year built by hand do
    // so, the unit spelt exactly as `id` wins, else the first of that key.
    std::optional<std::size_t> find(const std::string& id) const;
    const PreviousUnit* unit(const std::string& id) const;

    // The normalised id and block of last year's unit `at`, computed once.
    const std::string& id_key(std::size_t at) const { return id_keys_[at]; }
    const std::string& block_key(std::size_t at) const { return block_keys_[at]; }
    std::size_t position(const PreviousUnit& unit) const;

private:
    const PreviousYear& previous_;
    std::vector<std::string> id_keys_, block_keys_;          // parallel to previous.units
    std::unordered_map<std::string, std::size_t> by_key_;    // id key -> first unit of that key
    std::unordered_map<std::string, std::size_t> shadowed_;  // exact id -> a later unit of a taken key
};

}  // namespace chiso
