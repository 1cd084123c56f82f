#include "engine/compare/previous_index.hpp"

#include "engine/core/normalise.hpp"

namespace chiso {

PreviousIndex::PreviousIndex(const PreviousYear& previous) : previous_(previous) {
    const std::size_t n = previous.units.size();
    id_keys_.reserve(n);
    block_keys_.reserve(n);
    by_key_.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const PreviousUnit& u = previous.units[i];
        id_keys_.push_back(text_key(u.id));
        block_keys_.push_back(text_key(u.block));
        const auto [first, fresh] = by_key_.try_emplace(id_keys_.back(), i);
        if (!fresh && previous.units[first->second].id != u.id) shadowed_.try_emplace(u.id, i);
    }
}

std::optional<std::size_t> PreviousIndex::find(const std::string& id) const {
    if (!shadowed_.empty()) {  // only a year built by hand with two ids of one key
        const auto exact = shadowed_.find(id);
        if (exact != shadowed_.end()) return exact->second;
    }
    const auto it = by_key_.find(text_key(id));
    if (it == by_key_.end()) return std::nullopt;
    return it->second;
}

const PreviousUnit* PreviousIndex::unit(const std::string& id) const {
    const auto at = find(id);
    return at ? &previous_.units[*at] : nullptr;
}

std::size_t PreviousIndex::position(const PreviousUnit& unit) const {
    return static_cast<std::size_t>(&unit - previous_.units.data());
}

}  // namespace chiso
