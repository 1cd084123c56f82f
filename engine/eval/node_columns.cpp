#include "engine/eval/node_columns.hpp"

#include <utility>

namespace chiso {

NodeColumns::NodeColumns(std::size_t nodes, std::size_t rows, std::int64_t denominator)
    : nodes_(nodes), rows_(rows), denominator_(denominator), points_(nodes * rows, 0), max_(nodes * rows, 0),
      flags_(nodes * rows, 0) {}

void NodeColumns::set_exact(std::size_t row, std::vector<NodeValue> values) {
    if (exact_index_.size() < rows_) exact_index_.resize(rows_, kFixed);
    if (exact_index_[row] == kFixed) {
        exact_index_[row] = static_cast<std::uint32_t>(exact_.size());
        exact_.push_back(std::move(values));
    } else {
        exact_[exact_index_[row]] = std::move(values);
    }
}

void NodeColumns::set_row_denominator(std::size_t row, std::int64_t denominator) {
    if (row_denominator_.size() < rows_) row_denominator_.resize(rows_, 0);
    row_denominator_[row] = denominator;
}

NodeValue NodeColumns::at(std::size_t row, NodeId n) const {
    if (is_exact(row)) return exact_[exact_index_[row]][n];
    const std::size_t cell = n * rows_ + row;
    const std::uint8_t f = flags_[cell];
    NodeValue v;
    v.source = NodeFlags::source(f);
    const std::int64_t d = row_denominator(row);
    v.points = Rational(points_[cell], d);
    v.max = Rational(max_[cell], d);
    v.evaluated = (f & NodeFlags::kEvaluated) != 0;
    v.not_applicable = (f & NodeFlags::kNotApplicable) != 0;
    v.capped = (f & NodeFlags::kCapped) != 0;
    return v;
}

Rational NodeColumns::points(std::size_t row, NodeId n) const {
    if (is_exact(row)) return exact_[exact_index_[row]][n].points;
    return Rational(points_[n * rows_ + row], row_denominator(row));
}

}  // namespace chiso
