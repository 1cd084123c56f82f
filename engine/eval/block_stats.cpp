#include "engine/eval/block_stats.hpp"

#include "engine/model/definition.hpp"

namespace chiso {

BlockStats summarise_indices(std::span<const Rational> indices, const Definition* publish) {
    BlockStats s;
    s.count = indices.size();
    if (indices.empty()) return s;  // all zero: nothing to publish
    Rational sum;
    for (std::size_t i = 0; i < indices.size(); ++i) {
        const Rational& v = indices[i];
        sum += v;
        if (i == 0 || v < s.min) s.min = v;
        if (i == 0 || v > s.max) s.max = v;
    }
    s.mean = sum / Rational(static_cast<std::int64_t>(s.count));
    if (publish) {
        s.mean = publish->published(s.mean);
        s.min = publish->published(s.min);
        s.max = publish->published(s.max);
    }
    return s;
}

}  // namespace chiso
