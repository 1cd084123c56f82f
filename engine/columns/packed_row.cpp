#include "engine/columns/packed_row.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace chiso {

PackedRow::PackedRow(std::vector<NodeValue> values) {
    const bool small = std::none_of(values.begin(), values.end(), [](const NodeValue& v) {
        return v.points.is_big() || v.max.is_big();
    });
    if (!small) {
        exact_ = std::move(values);
        return;
    }
    cells_.reserve(values.size() * 4);
    flags_.reserve(values.size());
    for (const NodeValue& v : values) {
        cells_.insert(cells_.end(), {v.points.num(), v.points.den(), v.max.num(), v.max.den()});
        flags_.push_back(NodeFlags::make(v.source, v.evaluated, v.not_applicable, v.capped));
    }
}

PackedRow::PackedRow(std::vector<std::int64_t> cells, std::vector<std::uint8_t> flags)
    : cells_(std::move(cells)), flags_(std::move(flags)) {
    if (cells_.size() != flags_.size() * 4) throw std::logic_error("PackedRow: cells and flags of different widths");
}

// Rational(n, d) of a value that was normalised keeps it as it was.
NodeValue PackedRow::at(std::size_t i) const {
    if (!exact_.empty()) return exact_[i];
    const std::uint8_t f = flags_[i];
    const std::int64_t* c = cells_.data() + i * 4;
    return NodeValue{NodeFlags::source(f),
                     Rational(c[0], c[1]),
                     Rational(c[2], c[3]),
                     (f & NodeFlags::kEvaluated) != 0,
                     (f & NodeFlags::kNotApplicable) != 0,
                     (f & NodeFlags::kCapped) != 0};
}

Rational PackedRow::points(std::size_t i) const {
    if (!exact_.empty()) return exact_[i].points;
    return Rational(cells_[i * 4], cells_[i * 4 + 1]);
}

}  // namespace chiso
